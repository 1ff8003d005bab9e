package vn.gov.hoso.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the national payload of one signed version (see {@code docs/national-sync.md}): the {@code record} that the
 * Sở Nội vụ signs, and the envelope around it. Fields keep the identifiers of the field specification and values the
 * codes of the national code lists the dossier stores; fields that mean something only inside the province (the
 * photo's attachment id, the local unit ids) stay home.
 */
public final class PayloadBuilder {

  /** Identifier of the payload format. */
  public static final String SCHEMA = "hoso-cbccvc/national-record/1";

  /** Fields of the dossier that are not sent. */
  static final Set<String> LOCAL_ONLY = Set.of("photo", "dossierId", "employingUnitId", "managingAgencyId");

  private PayloadBuilder() {}

  /** {@code <cccd>-v<version>}: one key per dossier version, the same for every delivery of it. */
  public static String idempotencyKey(String dossierId, int versionNumber) {
    return dossierId + "-v" + versionNumber;
  }

  /** The signed part: who, which version, when signed, the fields, the head's data signature. */
  public static ObjectNode record(String dossierId, int versionNumber, Instant signedAt, JsonNode versionData,
      @Nullable String headSignature) {
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.put("citizenId", dossierId);
    record.put("versionNumber", versionNumber);
    record.put("signedAt", signedAt.toString());
    ObjectNode fields = record.putObject("fields");
    versionData.properties().forEach(field -> {
      if (!LOCAL_ONLY.contains(field.getKey())) {
        fields.set(field.getKey(), field.getValue().deepCopy());
      }
    });
    if (headSignature == null) {
      record.putNull("headSignature");
    } else {
      record.put("headSignature", headSignature);
    }
    return record;
  }

  /** The request body: the record, who sends it, and the Sở Nội vụ's detached JAdES over the record. */
  public static ObjectNode envelope(String idempotencyKey, String provinceCode, String senderName, ObjectNode record,
      String signature) {
    ObjectNode envelope = JsonNodeFactory.instance.objectNode();
    envelope.put("schema", SCHEMA);
    envelope.put("idempotencyKey", idempotencyKey);
    ObjectNode sender = envelope.putObject("sender");
    sender.put("provinceCode", provinceCode);
    sender.put("agency", senderName);
    envelope.set("record", record);
    envelope.put("signature", signature);
    return envelope;
  }

  /**
   * Adds the batch a record belongs to (monthly mode): the manifest the Sở Nội vụ director signed and their detached
   * JAdES over its canonical JSON. The national side checks the signature and that the record's key is listed.
   */
  public static ObjectNode withBatch(ObjectNode envelope, ObjectNode manifest, String directorSignature) {
    ObjectNode batch = envelope.putObject("batch");
    batch.set("manifest", manifest);
    batch.put("signature", directorSignature);
    return envelope;
  }
}
