package vn.gov.hoso.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import vn.gov.hoso.sync.NationalAnswer;
import vn.gov.hoso.sync.NationalRecord;
import vn.gov.hoso.sync.NationalRegistry;
import vn.gov.hoso.sync.NationalRegistryUnavailableException;
import vn.gov.hoso.sync.NationalSubmission;

/**
 * The HTTP/JSON adapter of {@link NationalRegistry}: {@code POST <base>/api/v1/records} with the envelope as body and
 * the header {@code Idempotency-Key}. Answers (see {@code docs/national-sync.md}): 201 accepted, 200 accepted earlier
 * (duplicate), 422 rejected with {@code errors[]}, 409 the key was accepted with another payload (a rejection too);
 * 5xx, 429, timeouts and connection failures mean "no answer" and are thrown as {@link
 * NationalRegistryUnavailableException} so the engine retries. Any other 4xx (400 unreadable, 401/403 bad client
 * certificate or signature) is a configuration error, thrown as {@link IllegalStateException}: it becomes an incident.
 *
 * <p>Inbound pull: {@code GET <base>/api/v1/persons/<cccd>/record}: 200 with the latest accepted record ({@code
 * citizenId, versionNumber, provinceCode, signedAt, fields}), 404 when the nation holds none; "no answer" as above.
 * The answer is signed by the national side (detached JAdES over the body's canonical JSON in the header {@value
 * NationalAnswerVerifier#SIGNATURE_HEADER}); an answer whose signature is missing or does not validate against the
 * national trust anchors is refused as {@link vn.gov.hoso.sync.NationalAnswerUnverifiedException} (see {@code
 * docs/national-sync.md}).
 *
 * <p>The {@link RestClient} runs on the JDK's {@code HttpClient} (Spring's {@code JdkClientHttpRequestFactory}): mutual
 * TLS comes from a Spring Boot SSL bundle's {@code SSLContext} and timeouts from the settings, without another
 * dependency.
 */
public final class HttpNationalRegistry implements NationalRegistry {

  static final String RECORDS = "/api/v1/records";
  static final String PERSON_RECORD = "/api/v1/persons/{citizenId}/record";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final RestClient http;
  private final Supplier<URI> baseUrl;
  private final NationalAnswerVerifier answers;

  /**
   * The HTTP client of the adapter: the JDK's {@code HttpClient} (HTTP/1.1) with the timeouts and, when given, the SSL
   * bundle's {@code SSLContext} (the client key pair the Ministry issues and the truststore of its server: mutual TLS).
   */
  public static RestClient client(Duration connectTimeout, Duration readTimeout, @Nullable SslBundle sslBundle) {
    ClientHttpRequestFactorySettings settings = ClientHttpRequestFactorySettings.defaults()
        .withTimeouts(connectTimeout, readTimeout);
    if (sslBundle != null) {
      settings = settings.withSslBundle(sslBundle);
    }
    return RestClient.builder()
        // HTTP/1.1: no h2c upgrade attempt on plain HTTP (the simulator, test labs); TLS negotiates by ALPN anyway
        .requestFactory(ClientHttpRequestFactoryBuilder.jdk()
            .withHttpClientCustomizer(builder -> builder.version(HttpClient.Version.HTTP_1_1)).build(settings))
        .build();
  }

  /**
   * @param answers checks the national side's signature on the answers of {@link #pull} (deliveries are answered
   *     with a status and a national id only; their authenticity rests on the mutual TLS connection)
   */
  public HttpNationalRegistry(RestClient http, Supplier<URI> baseUrl, NationalAnswerVerifier answers) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.answers = answers;
  }

  @Override
  public NationalAnswer deliver(NationalSubmission submission) {
    URI target = URI.create(baseUrl.get().toString().replaceAll("/+$", "") + RECORDS);
    try {
      var response = http.post().uri(target)
          .contentType(MediaType.APPLICATION_JSON)
          .accept(MediaType.APPLICATION_JSON)
          .header(IDEMPOTENCY_KEY, submission.idempotencyKey())
          .body(submission.envelope())
          .retrieve()
          .toEntity(JsonNode.class);
      JsonNode body = response.getBody();
      String nationalId = body == null ? "" : body.path("nationalId").asText("");
      return NationalAnswer.accepted(nationalId, response.getStatusCode().value() == 200
          || (body != null && body.path("duplicate").asBoolean(false)));
    } catch (RestClientResponseException e) {
      return answerOf(e.getStatusCode(), e.getResponseBodyAs(JsonNode.class), submission.idempotencyKey());
    } catch (ResourceAccessException e) {
      throw noAnswer("for " + submission.idempotencyKey(), target.toString(), e);
    }
  }

  /**
   * "No answer" (the engine retries, then an incident): a TLS failure says so, since it usually means the client
   * certificate or the truststore of {@code hoso.sync.ssl-bundle} is wrong, missing or expired.
   */
  static NationalRegistryUnavailableException noAnswer(String what, String target, ResourceAccessException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SSLException) {
        return new NationalRegistryUnavailableException("TLS connection to the national database failed " + what
            + " (check the client certificate and truststore of hoso.sync.ssl-bundle): " + cause.getMessage(), e);
      }
    }
    // TLS 1.3: a server refusing the client certificate closes the connection after the client's side of the
    // handshake, so the client only sees a connection closed without an answer
    String tls = target.startsWith("https:") ? " over TLS (a connection closed without an answer may be the national"
        + " side refusing the client certificate: check hoso.sync.ssl-bundle)" : "";
    return new NationalRegistryUnavailableException("no answer from the national database " + what + tls + ": "
        + e.getMessage(), e);
  }

  private static NationalAnswer answerOf(HttpStatusCode status, JsonNode body, String key) {
    int code = status.value();
    if (status.is5xxServerError() || code == 429) {
      throw new NationalRegistryUnavailableException("national database answered " + code + " for " + key);
    }
    if (code == 422 || code == 409) {
      JsonNode error = body == null ? null : body.path("errors").path(0);
      String errorCode = error == null || error.isMissingNode() ? (code == 409 ? "KEY_CONFLICT" : "REJECTED")
          : error.path("code").asText("REJECTED");
      String message = error == null || error.isMissingNode() ? "HTTP " + code
          : error.path("message").asText("") + (error.hasNonNull("field") ? " (" + error.path("field").asText() + ")"
              : "");
      return NationalAnswer.rejected(errorCode, message);
    }
    throw new IllegalStateException("national database refused the request for " + key + " with HTTP " + code
        + (body == null ? "" : ": " + body.path("errors").path(0).path("code").asText("")));
  }

  @Override
  public Optional<NationalRecord> pull(String citizenId) {
    String target = baseUrl.get().toString().replaceAll("/+$", "") + PERSON_RECORD;
    try {
      ResponseEntity<JsonNode> answer = http.get().uri(target, citizenId).accept(MediaType.APPLICATION_JSON)
          .retrieve().toEntity(JsonNode.class);
      answers.verify(answer.getBody(), answer.getHeaders().getFirst(NationalAnswerVerifier.SIGNATURE_HEADER),
          "for the record of " + citizenId);
      return Optional.of(recordOf(answer.getBody(), citizenId));
    } catch (RestClientResponseException e) {
      int code = e.getStatusCode().value();
      if (code == 404) {
        return Optional.empty();
      }
      if (e.getStatusCode().is5xxServerError() || code == 429) {
        throw new NationalRegistryUnavailableException("national database answered " + code + " for the record of "
            + citizenId);
      }
      throw new IllegalStateException("national database refused the read of " + citizenId + " with HTTP " + code);
    } catch (ResourceAccessException e) {
      throw noAnswer("for the record of " + citizenId, target, e);
    }
  }

  /**
   * The national answer as a {@link NationalRecord}.
   *
   * @throws IllegalStateException when the answer is not the record asked for (another CCCD, no fields)
   */
  static NationalRecord recordOf(JsonNode body, String citizenId) {
    if (body == null || !citizenId.equals(body.path("citizenId").asText()) || !body.path("fields").isObject()) {
      throw new IllegalStateException("the national database answered something else than the record of "
          + citizenId);
    }
    String signedAt = body.path("signedAt").asText("");
    return new NationalRecord(citizenId, body.path("versionNumber").asInt(), body.path("provinceCode").asText(""),
        signedAt.isBlank() ? null : Instant.parse(signedAt), ((ObjectNode) body.path("fields")).deepCopy());
  }
}
