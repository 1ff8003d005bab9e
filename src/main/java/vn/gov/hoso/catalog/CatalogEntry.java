package vn.gov.hoso.catalog;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of a catalog. {@code code} is the row's code as the law writes it (for discipline forms and quality
 * ratings, which have no code of their own, the form or rating name); {@code attributes} keeps every other CSV column
 * by its header name.
 */
public record CatalogEntry(
    Catalog catalog,
    String code,
    String name,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo,
    Map<String, String> attributes) {

  public CatalogEntry {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    attributes = Map.copyOf(attributes);
  }

  /** Whether the row is in force on the given day (no dates = always). */
  public boolean isValidOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }

  public @Nullable String attribute(String column) {
    return attributes.get(column);
  }
}
