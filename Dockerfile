# Build: docker build -t hoso-cbccvc .   (used by docker-compose.yml)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 hoso
USER hoso
WORKDIR /app
COPY --from=build /src/target/hoso-cbccvc-*.jar /app/hoso-cbccvc.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/hoso-cbccvc.jar"]
