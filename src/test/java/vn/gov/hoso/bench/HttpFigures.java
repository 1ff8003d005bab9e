package vn.gov.hoso.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures measured over HTTP against a running node, as a client would see them: the ten typical criteria searches
 * ({@code GET /api/dossiers?…}), the headcount-by-rank report ({@code GET /api/reports/headcount?by=rank&unitId=…})
 * and the campaign start rate ({@code POST /api/campaigns}, then {@code GET /api/campaigns/{id}} until every
 * declaration is started). An endpoint that answers 404 or 400 gives no figure ({@code n/a}, JSON null).
 */
final class HttpFigures {

  /** One search: its label and query string. */
  record Query(String label, String query) {}

  /** p50/p95 of one query, or the HTTP status that made it n/a. */
  record QueryFigure(Query query, int status, double p50, double p95, List<Double> samples) {
    boolean answered() {
      return status / 100 == 2;
    }
  }

  record Campaign(int status, int total, int started, double seconds) {
    Double perSecond() {
      return status / 100 == 2 && seconds > 0 ? started / seconds : null;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String authorization;

  HttpFigures(int port, String user, String password) {
    this.base = "http://127.0.0.1:" + port;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Ten criteria queries a focal officer or the Sở Nội vụ runs every day. The criteria parameters are those of the
   * search contract (issue 8); parameters a server does not know yet are ignored by it, so the figure then measures
   * the unit/status/name search alone (the table says which parameters each query uses).
   */
  static List<Query> typicalQueries(String sampleCccd, String commune, String department) {
    return List.of(
        new Query("name without diacritics", "q=" + enc("nguyen thi")),
        new Query("full name with diacritics", "q=" + enc("Trần Văn Hùng")),
        new Query("CCCD", "q=" + sampleCccd),
        new Query("department subtree + status", "unitId=" + department + "&status=CONFIRMED"),
        new Query("commune subtree, viên chức", "unitId=" + commune + "&personnelCategory=" + enc("Viên chức")),
        new Query("rank code", "rankOrTitleCode=01.003"),
        new Query("women aged 40-49", "gender=" + enc("Nữ") + "&ageFrom=40&ageTo=49"),
        new Query("salary group and step", "salaryGroup=A1&salaryStep=3"),
        new Query("province, awaiting confirmation", "unitId=" + ProvinceGenerator.PROVINCE_ROOT + "&status=SUBMITTED"),
        new Query("active Party members, Kinh", "employmentStatus=ACTIVE&ethnicityCode=01&partyMember=true"));
  }

  List<QueryFigure> search(List<Query> queries, int repetitions) {
    List<QueryFigure> figures = new ArrayList<>();
    for (Query query : queries) {
      get("/api/dossiers?" + query.query()); // warm-up
      List<Double> samples = new ArrayList<>();
      int status = 0;
      for (int i = 0; i < repetitions; i++) {
        long start = System.nanoTime();
        status = get("/api/dossiers?" + query.query()).statusCode();
        samples.add((System.nanoTime() - start) / 1e6);
        if (status / 100 != 2) {
          break;
        }
      }
      figures.add(new QueryFigure(query, status, Samples.percentile(samples, 50), Samples.percentile(samples, 95),
          samples));
    }
    return figures;
  }

  /** Median of three runs of the headcount-by-rank report, or null when the endpoint is not there. */
  Double headcountByRank(String unitId) {
    List<Double> samples = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      long start = System.nanoTime();
      HttpResponse<String> answer = get("/api/reports/headcount?by=rank&unitId=" + unitId);
      double millis = (System.nanoTime() - start) / 1e6;
      if (answer.statusCode() / 100 != 2) {
        System.out.println("bench: headcount report answered " + answer.statusCode());
        return null;
      }
      if (i > 0) {
        samples.add(millis);
      }
    }
    return Samples.percentile(samples, 50);
  }

  /** Launches a campaign for the unit and waits until every declaration is started (at most {@code timeout}). */
  Campaign campaign(String unitId, Duration timeout) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("name", "Rà soát hồ sơ (benchmark)");
    body.put("unitId", unitId);
    body.put("deadline", "2027-01-29");
    long start = System.nanoTime();
    HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/campaigns"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(write(body))));
    if (created.statusCode() != 201) {
      System.out.println("bench: POST /api/campaigns answered " + created.statusCode());
      return new Campaign(created.statusCode(), 0, 0, 0);
    }
    String id = read(created.body()).path("id").asText();
    long deadline = System.currentTimeMillis() + timeout.toMillis();
    while (true) {
      JsonNode progress = read(get("/api/campaigns/" + id).body());
      int total = progress.path("total").asInt();
      int started = progress.path("started").asInt();
      if ((total > 0 && started >= total) || System.currentTimeMillis() > deadline) {
        return new Campaign(201, total, started, (System.nanoTime() - start) / 1e9);
      }
      ApplicationNode.pause(50);
    }
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.header("Authorization", authorization).header("Accept", "application/json")
          .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
