package vn.gov.hoso.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The tree as it stood on a past (or future) day, rebuilt in memory from today's rows and the events after that day:
 * renames and moves are undone newest first, units not alive that day are left out, and the materialised paths are
 * recomputed from the parents. One pass over the rows, no query per level.
 */
public final class UnitTimeline {

  private UnitTimeline() {}

  /**
   * @param current every unit as stored today (any order)
   * @param events the events with an effective date after {@code day} (any order)
   * @param day the day asked for
   * @return the units alive on {@code day} with that day's name, parent and path, in path order
   */
  public static List<DatedUnit> asOf(List<DatedUnit> current, List<UnitEvent> events, LocalDate day) {
    Map<String, String> names = new HashMap<>();
    Map<String, @Nullable String> parents = new HashMap<>();
    Map<String, DatedUnit> byId = new HashMap<>();
    for (DatedUnit u : current) {
      byId.put(u.id(), u);
      names.put(u.id(), u.unit().name());
      parents.put(u.id(), u.unit().parentId());
    }
    events.stream()
        .filter(e -> e.effectiveDate().isAfter(day))
        .sorted(Comparator.comparing(UnitEvent::effectiveDate).reversed())
        .forEach(e -> {
          if (e.oldName() != null) {
            names.put(e.unitId(), e.oldName());
          }
          if (e.kind() == UnitEventKind.MOVED) {
            parents.put(e.unitId(), e.oldParentId());
          }
        });
    Map<String, String> paths = new HashMap<>();
    List<DatedUnit> result = new ArrayList<>();
    for (DatedUnit u : current) {
      if (!u.existsOn(day)) {
        continue;
      }
      String path = path(u.id(), parents, paths, 0);
      Unit was = u.unit();
      result.add(new DatedUnit(new Unit(was.id(), was.code(), names.get(was.id()), parents.get(was.id()), was.tier(),
          was.kind(), path), u.validFrom(), u.validTo()));
    }
    result.sort(Comparator.comparing(d -> d.unit().path()));
    return result;
  }

  private static String path(String id, Map<String, @Nullable String> parents, Map<String, String> paths, int depth) {
    String known = paths.get(id);
    if (known != null) {
      return known;
    }
    if (depth > 1000) {
      throw new IllegalStateException("unit parents form a cycle at " + id);
    }
    String parent = parents.get(id);
    String path = (parent == null || !parents.containsKey(parent) ? "/" : path(parent, parents, paths, depth + 1))
        + id + "/";
    paths.put(id, path);
    return path;
  }
}
