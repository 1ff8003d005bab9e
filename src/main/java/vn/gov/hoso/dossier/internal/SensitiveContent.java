package vn.gov.hoso.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.hoso.crypto.DataCipher;
import vn.gov.hoso.crypto.Sealed;
import vn.gov.hoso.dossier.schema.DossierSchema;

/**
 * Splits a dossier document into what is stored in plain JSON and what is stored encrypted (the sensitive top-level
 * fields and tables of {@link DossierSchema#sensitiveKeys()}, as one JSON object sealed by {@link DataCipher}), and
 * joins them back. The associated data bind each envelope to its row: {@code dossier/<id>/draft} for the current
 * content, {@code dossier/<id>/version/<n>} for a version, so an envelope copied into another row does not open.
 */
@Component
public class SensitiveContent {

  private final DataCipher cipher;
  private final DossierSchema schema;
  private final ObjectMapper json;

  public SensitiveContent(DataCipher cipher, DossierSchema schema, ObjectMapper json) {
    this.cipher = cipher;
    this.schema = schema;
    this.json = json;
  }

  public static String draftOf(String dossierId) {
    return "dossier/" + dossierId + "/draft";
  }

  public static String versionOf(String dossierId, int number) {
    return "dossier/" + dossierId + "/version/" + number;
  }

  /** The identifiers of the sensitive fields and tables, in form order. */
  public List<String> sensitiveKeys() {
    return List.copyOf(schema.sensitiveKeys().keySet());
  }

  /** The storage of a full document: always an envelope, also when no sensitive field is filled. */
  public StoredContent seal(ObjectNode full, String row) {
    ObjectNode plain = full.deepCopy();
    ObjectNode sensitive = json.createObjectNode();
    for (String key : schema.sensitiveKeys().keySet()) {
      JsonNode value = plain.remove(key);
      if (value != null) {
        sensitive.set(key, value);
      }
    }
    Sealed sealed = cipher.seal(write(sensitive).getBytes(StandardCharsets.UTF_8), aad(row));
    return new StoredContent(write(plain), sealed.envelope(), sealed.keyId());
  }

  /** The full document (plaintext of the sensitive part included). */
  public ObjectNode open(StoredContent stored, String row) {
    ObjectNode full = read(stored.plain());
    if (!stored.isLegacy()) {
      ObjectNode sensitive = read(new String(cipher.open(stored.sensitive(), aad(row)), StandardCharsets.UTF_8));
      sensitive.properties().forEach(member -> full.set(member.getKey(), member.getValue()));
    }
    return full;
  }

  /** The document without its sensitive fields; nothing is decrypted. */
  public ObjectNode withoutSensitive(StoredContent stored) {
    ObjectNode plain = read(stored.plain());
    plain.remove(schema.sensitiveKeys().keySet()); // a legacy row still holds them in plain
    return plain;
  }

  /** The same document without its sensitive fields. */
  public ObjectNode withoutSensitive(JsonNode full) {
    ObjectNode plain = (ObjectNode) full.deepCopy();
    plain.remove(schema.sensitiveKeys().keySet());
    return plain;
  }

  private static byte[] aad(String row) {
    return row.getBytes(StandardCharsets.UTF_8);
  }

  private String write(ObjectNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise dossier content", e);
    }
  }

  private ObjectNode read(String content) {
    try {
      return (ObjectNode) json.readTree(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored dossier content is not JSON", e);
    }
  }
}
