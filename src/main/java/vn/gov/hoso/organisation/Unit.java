package vn.gov.hoso.organisation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A unit of the organisation tree.
 *
 * @param path materialised path of ids from the root, e.g. {@code /HY/STC/STC-NS/}; a unit's subtree is every unit
 *     whose path starts with this one's
 */
public record Unit(String id, String code, String name, @Nullable String parentId, UnitTier tier, String kind, String path) {

  public Unit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/") || !path.endsWith("/" + id + "/")) {
      throw new IllegalArgumentException("path " + path + " does not end with unit " + id);
    }
  }

  public boolean contains(Unit other) {
    return other.path.startsWith(path);
  }
}
