package vn.gov.hoso.dossier.schema;

/**
 * How a field's value is written in the dossier's JSON content (and in the Camunda Form that edits it).
 *
 * <ul>
 *   <li>{@code STRING}, {@code TEXT}: JSON string (TEXT is multi-line).
 *   <li>{@code DATE}: ISO string {@code yyyy-MM-dd} (what form-js' date picker submits).
 *   <li>{@code MONTH_YEAR}: string {@code MM/yyyy}, the form's "Tháng/năm".
 *   <li>{@code YEAR}: integer, 4 digits.
 *   <li>{@code INT}, {@code PERCENT} (0–100), {@code MONEY_VND} (whole đồng): JSON integer.
 *   <li>{@code DECIMAL}: JSON number.
 *   <li>{@code ENUM}: JSON string, one of {@link FieldSpec#enumValues()}.
 *   <li>{@code CATALOG_REF}: JSON string, a code of {@link FieldSpec#catalog()}.
 *   <li>{@code UNIT_REF}: JSON string, an organisation unit id.
 *   <li>{@code BOOLEAN}: JSON boolean.
 *   <li>{@code STRING_LIST}: JSON array of strings.
 *   <li>{@code OBJECT}: JSON object whose members are {@link FieldSpec#components()} (addresses and small blocks).
 *   <li>{@code IMAGE}: JSON string, the id of an uploaded attachment.
 * </ul>
 */
public enum FieldType {
  STRING,
  TEXT,
  DATE,
  MONTH_YEAR,
  YEAR,
  INT,
  DECIMAL,
  PERCENT,
  MONEY_VND,
  ENUM,
  CATALOG_REF,
  UNIT_REF,
  BOOLEAN,
  STRING_LIST,
  OBJECT,
  IMAGE
}
