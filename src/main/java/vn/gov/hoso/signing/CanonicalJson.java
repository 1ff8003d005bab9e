package vn.gov.hoso.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The bytes a data signature covers: the dossier version's JSON with object members sorted by name (Java
 * {@code String} order, i.e. UTF-16 code units as in RFC 8785), no insignificant whitespace, strings not escaped beyond
 * JSON's requirements, encoded in UTF-8. Numbers are written as stored (the dossier keeps decimals such as salary
 * coefficients as JSON numbers with their scale). The same content gives the same bytes whatever the order its
 * members were written in.
 */
public final class CanonicalJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
      .build();

  private CanonicalJson() {}

  public static byte[] bytes(JsonNode data) {
    try {
      return MAPPER.writeValueAsBytes(data);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialise the dossier data", e);
    }
  }
}
