package vn.gov.hoso.workflow.delegate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.dossier.schema.FieldType;

/**
 * Converts between dossier JSON values and the variables Camunda Forms read and write: scalars as plain values,
 * objects and arrays (path groups, dynamic lists) as Spin {@code Json} values, which is how Tasklist submits them.
 * form-js 1.8 has no free-text list component, so a list of strings ({@link FieldType#STRING_LIST}) is edited as a
 * dynamic list of rows {@code {"value": "…"}}: converted here in both directions.
 */
@Component
class FormVariables {

  static final String ROW_VALUE = "value";

  private final ObjectMapper json;
  private final DossierSchema schema;

  FormVariables(ObjectMapper json, DossierSchema schema) {
    this.json = json;
    this.schema = schema;
  }

  /**
   * The form variable for a top-level dossier field. Tables, objects and lists are typed {@code Json} even when empty:
   * Tasklist submits a field with the type of the variable it was prefilled from, and an untyped null would make it
   * send the whole address or table as type {@code Null}, which the engine refuses.
   */
  TypedValue toForm(String key, @Nullable JsonNode value) {
    if ((value == null || value.isNull()) && isStructured(key)) {
      return emptyJson();
    }
    if (value != null && value.isArray() && isStringList(key)) {
      ArrayNode rows = json.createArrayNode();
      value.forEach(item -> rows.addObject().set(ROW_VALUE, item));
      return toVariable(rows);
    }
    return toVariable(value);
  }

  /**
   * Whether the form needs a variable for the field: always for tables, objects and lists (typed {@code Json}, see
   * {@link #toForm}); for a scalar only when it has a value.
   */
  boolean needsPrefill(String key, @Nullable JsonNode value) {
    return isStructured(key) || (value != null && !value.isNull() && !value.isMissingNode());
  }

  /** The dossier value of a submitted form variable for a top-level field. */
  JsonNode fromForm(String key, @Nullable Object variable) {
    JsonNode value = fromVariable(variable);
    if (value.isArray() && isStringList(key)) {
      ArrayNode items = json.createArrayNode();
      for (JsonNode row : value) {
        JsonNode item = row.isObject() ? row.get(ROW_VALUE) : row;
        if (item != null && !item.isNull() && !(item.isTextual() && item.asText().isBlank())) {
          items.add(item);
        }
      }
      return items;
    }
    return value;
  }

  /** An empty {@code Json} variable, for form values that are lists or objects (see {@link #toForm}). */
  TypedValue emptyJson() {
    return SpinValues.jsonValue((String) null).create();
  }

  private boolean isStructured(String key) {
    return schema.table(key).isPresent() || schema.field(key)
        .map(f -> f.type() == FieldType.OBJECT || f.type() == FieldType.STRING_LIST).orElse(false);
  }

  private boolean isStringList(String key) {
    return schema.field(key).map(f -> f.type() == FieldType.STRING_LIST).orElse(false);
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
