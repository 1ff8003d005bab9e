package vn.gov.hoso.simulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.catalog.Catalog;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.signing.CanonicalJson;
import vn.gov.hoso.signing.SignatureValidation;
import vn.gov.hoso.signing.SigningService;

/**
 * The rules of the simulated national database for one delivery (faults aside): the envelope's shape and key, the
 * Sở Nội vụ signature, idempotency (an accepted key answers every later delivery of the same payload with the first
 * acceptance, and refuses another payload), the national code lists, the persons registered elsewhere.
 */
@Component
public class SimulatedNationalDatabase {

  /** Outcome of one delivery: HTTP status and body. */
  public record Answer(int status, Map<String, Object> body) {}

  private final SimulatedRecordRepository records;
  private final CatalogService catalogs;
  private final ObjectMapper json;
  private final Clock clock;

  SimulatedNationalDatabase(SimulatedRecordRepository records, CatalogService catalogs, ObjectMapper json,
      Clock clock) {
    this.records = records;
    this.catalogs = catalogs;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public Answer receive(@Nullable String key, JsonNode envelope, SigningService verifier,
      java.util.Set<String> rejectedCitizenIds) {
    JsonNode record = envelope.path("record");
    if (key == null || key.isBlank() || !key.equals(envelope.path("idempotencyKey").asText())
        || !record.isObject() || !record.path("citizenId").asText().matches("\\d{12}")) {
      return error(400, "MALFORMED", "Idempotency-Key header, idempotencyKey and record.citizenId are required", null);
    }
    SignatureValidation signature = verifier.validateDetached(CanonicalJson.bytes(record),
        envelope.path("signature").asText("").getBytes(StandardCharsets.UTF_8));
    if (!signature.isValid()) {
      return error(401, "SIGNATURE_INVALID", "signature of the sender: " + signature.indication()
          + (signature.subIndication() == null ? "" : " / " + signature.subIndication()), null);
    }
    JsonNode batch = envelope.path("batch");
    if (!batch.isMissingNode() && !batch.isNull()) {
      SignatureValidation director = verifier.validateDetached(CanonicalJson.bytes(batch.path("manifest")),
          batch.path("signature").asText("").getBytes(StandardCharsets.UTF_8));
      if (!director.isValid()) {
        return error(401, "BATCH_SIGNATURE_INVALID", "signature of the batch manifest: " + director.indication()
            + (director.subIndication() == null ? "" : " / " + director.subIndication()), "batch.signature");
      }
      boolean listed = false;
      for (JsonNode listedKey : batch.path("manifest").path("idempotencyKeys")) {
        listed |= key.equals(listedKey.asText());
      }
      if (!listed) {
        return error(400, "NOT_IN_BATCH", "the record's key is not in the signed batch manifest", "batch.manifest");
      }
    }
    String payload = CanonicalJson.bytes(record).length > 0 ? new String(CanonicalJson.bytes(record),
        StandardCharsets.UTF_8) : "{}";
    String sha = sha256(payload);
    SimulatedRecordEntity row = records.findById(key).orElseGet(() -> new SimulatedRecordEntity(key,
        record.path("citizenId").asText(), record.path("versionNumber").asInt(),
        envelope.path("sender").path("provinceCode").asText(""), clock.instant()));
    row.delivered();
    if (row.isAccepted()) {
      records.save(row);
      if (row.getPayloadSha256().equals(sha)) {
        return new Answer(200, Map.of("status", "ACCEPTED", "duplicate", true, "nationalId", nationalId(key)));
      }
      return error(409, "KEY_CONFLICT", "this idempotency key was accepted with another payload", null);
    }
    List<Map<String, Object>> errors = new ArrayList<>();
    JsonNode fields = record.path("fields");
    if (rejectedCitizenIds.contains(record.path("citizenId").asText())) {
      errors.add(errorEntry("CITIZEN_ID_CONFLICT",
          "số định danh đã được một tỉnh khác đăng ký / registered by another province", "citizenId"));
    }
    code(fields, "ethnicityCode", Catalog.ETHNIC_GROUP, errors);
    code(fields, "religionCode", Catalog.RELIGION, errors);
    for (String address : List.of("placeOfBirth", "hometown", "currentResidence")) {
      code(fields.path(address), "provinceCode", Catalog.PROVINCE_2025, errors, address + ".provinceCode");
    }
    String rank = fields.path("rankOrTitleCode").asText("");
    if (!rank.isBlank() && catalogs.rankOrTitle(rank).isEmpty()) {
      errors.add(errorEntry("CODE_NOT_IN_NATIONAL_LIST", "mã không có trong danh mục quốc gia: " + rank,
          "rankOrTitleCode"));
    }
    if (!errors.isEmpty()) {
      Map<String, Object> first = errors.get(0);
      row.reject(payload, sha, (String) first.get("code"), (String) first.get("message"), clock.instant());
      records.save(row);
      return new Answer(422, Map.of("status", "REJECTED", "errors", errors));
    }
    row.accept(payload, sha, clock.instant());
    records.save(row);
    return new Answer(201, Map.of("status", "ACCEPTED", "duplicate", false, "nationalId", nationalId(key)));
  }

  @Transactional(readOnly = true)
  public List<SimulatedRecordEntity> all() {
    return records.findAll();
  }

  @Transactional(readOnly = true)
  public List<SimulatedRecordEntity> ofCitizen(String citizenId) {
    return records.findByCitizenIdOrderByVersionNumberAsc(citizenId);
  }

  /**
   * The latest accepted record of a person as the inbound pull reads it: {@code citizenId, versionNumber,
   * provinceCode, signedAt, fields}; empty when nothing of this person was accepted.
   */
  @Transactional(readOnly = true)
  public Optional<ObjectNode> latestAccepted(String citizenId) {
    List<SimulatedRecordEntity> held = records.findByCitizenIdOrderByVersionNumberAsc(citizenId);
    for (int i = held.size() - 1; i >= 0; i--) {
      SimulatedRecordEntity row = held.get(i);
      if (row.isAccepted()) {
        JsonNode record = read(row.getPayload());
        ObjectNode answer = json.createObjectNode();
        answer.put("citizenId", row.getCitizenId());
        answer.put("versionNumber", record.path("versionNumber").asInt(row.getVersionNumber()));
        answer.put("provinceCode", row.getProvinceCode());
        answer.set("signedAt", record.path("signedAt").isMissingNode() ? null : record.path("signedAt"));
        answer.set("fields", record.path("fields").deepCopy());
        return Optional.of(answer);
      }
    }
    return Optional.empty();
  }

  /**
   * Stores {@code record} (the {@code record} member of an envelope) as accepted from {@code provinceCode}, as if
   * that province had delivered it: how tests and the demo put a person of another province into the simulator.
   */
  @Transactional
  public void seed(String provinceCode, JsonNode record) {
    String citizenId = record.path("citizenId").asText();
    int version = record.path("versionNumber").asInt();
    String key = citizenId + "-v" + version;
    String payload = new String(CanonicalJson.bytes(record), StandardCharsets.UTF_8);
    SimulatedRecordEntity row = records.findById(key).orElseGet(() -> new SimulatedRecordEntity(key, citizenId,
        version, provinceCode, clock.instant()));
    row.delivered();
    row.accept(payload, sha256(payload), clock.instant());
    records.save(row);
  }

  private JsonNode read(String payload) {
    try {
      return json.readTree(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored national record is not JSON", e);
    }
  }

  @Transactional
  public void clear() {
    records.deleteAllInBatch();
  }

  private void code(JsonNode fields, String field, Catalog catalog, List<Map<String, Object>> errors) {
    code(fields, field, catalog, errors, field);
  }

  private void code(JsonNode fields, String field, Catalog catalog, List<Map<String, Object>> errors, String path) {
    JsonNode value = fields.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    if (catalogs.find(catalog, value.asText().strip()).isEmpty()) {
      errors.add(errorEntry("CODE_NOT_IN_NATIONAL_LIST",
          "mã không có trong danh mục quốc gia " + catalog.fileStem() + ": " + value.asText(), path));
    }
  }

  static String nationalId(String key) {
    return "QG-" + sha256(key).substring(0, 16).toUpperCase(java.util.Locale.ROOT);
  }

  static Answer error(int status, String code, String message, @Nullable String field) {
    return new Answer(status, Map.of("status", "ERROR", "errors", List.of(errorEntry(code, message, field))));
  }

  private static Map<String, Object> errorEntry(String code, String message, @Nullable String field) {
    return field == null ? Map.of("code", code, "message", message)
        : Map.of("code", code, "message", message, "field", field);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
