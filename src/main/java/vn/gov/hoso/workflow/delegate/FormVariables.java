package vn.gov.hoso.workflow.delegate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Converts between dossier JSON values and the variables Camunda Forms read and write: scalars as plain values,
 * objects and arrays (path groups, dynamic lists) as Spin {@code Json} values, which is how Tasklist submits them.
 */
@Component
class FormVariables {

  private final ObjectMapper json;

  FormVariables(ObjectMapper json) {
    this.json = json;
  }

  TypedValue toVariable(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Variables.untypedNullValue();
    }
    if (node.isContainerNode()) {
      return SpinValues.jsonValue(node.toString()).create();
    }
    if (node.isBoolean()) {
      return Variables.booleanValue(node.booleanValue());
    }
    if (node.isIntegralNumber()) {
      return Variables.longValue(node.longValue());
    }
    if (node.isNumber()) {
      return Variables.doubleValue(node.doubleValue());
    }
    return Variables.stringValue(node.asText());
  }

  JsonNode fromVariable(@Nullable Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    if (value instanceof SpinJsonNode spin) {
      return parse(spin.toString());
    }
    if (value instanceof String text) {
      String trimmed = text.trim();
      if ((trimmed.startsWith("[") && trimmed.endsWith("]")) || (trimmed.startsWith("{") && trimmed.endsWith("}"))) {
        try {
          return json.readTree(trimmed);
        } catch (JsonProcessingException e) {
          return json.getNodeFactory().textNode(text);
        }
      }
      return json.getNodeFactory().textNode(text);
    }
    return json.valueToTree(value);
  }

  private JsonNode parse(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("form value is not JSON", e);
    }
  }
}
