package vn.gov.hoso.dossier.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Conventions for the JSON values of a dossier's content, shared by validation and version comparison. */
public final class DossierValues {

  private DossierValues() {}

  /**
   * Whether a value counts as not filled: absent ({@code null} or missing), JSON {@code null}, a blank string, an empty
   * array, or an object whose members are all empty.
   */
  public static boolean isEmpty(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return true;
    }
    if (node.isTextual()) {
      return node.textValue().isBlank();
    }
    if (node.isArray()) {
      return node.isEmpty();
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (!isEmpty(member.getValue())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
