package vn.gov.hoso.organisation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Command to add a unit under a parent (null parent = the province root). */
public record NewUnit(String id, String code, String name, @Nullable String parentId, UnitTier tier, String kind) {

  public NewUnit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(kind, "kind");
    if (!id.matches("[A-Za-z0-9-]{1,40}")) {
      throw new IllegalArgumentException("unit id must be 1-40 letters, digits or hyphens: " + id);
    }
  }
}
