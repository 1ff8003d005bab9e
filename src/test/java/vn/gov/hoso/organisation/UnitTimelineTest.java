package vn.gov.hoso.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The tree of a past day rebuilt from today's rows and the later events: Phòng Kế hoạch was renamed on 1 March 2026,
 * Văn phòng merged into Phòng Quản lý ngân sách on 1 July 2026 (its sub-unit Tổ văn thư moved there), and the new
 * Phòng Tin học exists from 1 July 2026.
 */
class UnitTimelineTest {

  static final LocalDate RENAMED = LocalDate.of(2026, 3, 1);
  static final LocalDate MERGED = LocalDate.of(2026, 7, 1);

  static final List<DatedUnit> TODAY = List.of(
      unit("HY", null, "/HY/", "UBND tỉnh Hưng Yên", null, null),
      unit("STC", "HY", "/HY/STC/", "Sở Tài chính", null, null),
      unit("STC-VP", "STC", "/HY/STC/STC-VP/", "Văn phòng Sở Tài chính", null, MERGED),
      unit("STC-NS", "STC", "/HY/STC/STC-NS/", "Phòng Quản lý ngân sách", null, null),
      unit("STC-VT", "STC-NS", "/HY/STC/STC-NS/STC-VT/", "Tổ văn thư", null, null),
      unit("STC-KH", "STC", "/HY/STC/STC-KH/", "Phòng Kế hoạch – Đầu tư", null, null),
      unit("STC-TH", "STC", "/HY/STC/STC-TH/", "Phòng Tin học", MERGED, null));

  static final List<UnitEvent> EVENTS = List.of(
      new UnitEvent("STC-KH", UnitEventKind.RENAMED, RENAMED, "QĐ 1", "Phòng Kế hoạch", "Phòng Kế hoạch – Đầu tư",
          null, null, null),
      new UnitEvent("STC-VT", UnitEventKind.MOVED, MERGED, "QĐ 2", null, null, "STC-VP", "STC-NS", null),
      new UnitEvent("STC-VP", UnitEventKind.MERGED_INTO, MERGED, "QĐ 2", null, null, null, null, "STC-NS"),
      new UnitEvent("STC-TH", UnitEventKind.CREATED, MERGED, "QĐ 2", null, "Phòng Tin học", null, "STC", null));

  @Test
  void showsOldNameParentAndPathAndClosedUnitWhenAskedBeforeTheEvents() {
    List<DatedUnit> then = UnitTimeline.asOf(TODAY, EVENTS, LocalDate.of(2026, 1, 15));

    assertThat(then).extracting(DatedUnit::id)
        .containsExactly("HY", "STC", "STC-KH", "STC-NS", "STC-VP", "STC-VT");
    assertThat(byId(then, "STC-KH").unit().name()).isEqualTo("Phòng Kế hoạch");
    assertThat(byId(then, "STC-VT").unit().parentId()).isEqualTo("STC-VP");
    assertThat(byId(then, "STC-VT").unit().path()).isEqualTo("/HY/STC/STC-VP/STC-VT/");
  }

  @Test
  void keepsNewNameButOldStructureBetweenTheEvents() {
    List<DatedUnit> then = UnitTimeline.asOf(TODAY, EVENTS, MERGED.minusDays(1));

    assertThat(byId(then, "STC-KH").unit().name()).isEqualTo("Phòng Kế hoạch – Đầu tư");
    assertThat(byId(then, "STC-VT").unit().path()).isEqualTo("/HY/STC/STC-VP/STC-VT/");
    assertThat(then).extracting(DatedUnit::id).contains("STC-VP").doesNotContain("STC-TH");
  }

  @Test
  void showsTodaysTreeWithoutClosedUnitWhenAskedOnTheEffectiveDate() {
    List<DatedUnit> then = UnitTimeline.asOf(TODAY, EVENTS, MERGED);

    assertThat(then).extracting(DatedUnit::id).doesNotContain("STC-VP").contains("STC-TH");
    assertThat(byId(then, "STC-VT").unit().path()).isEqualTo("/HY/STC/STC-NS/STC-VT/");
    assertThat(then).extracting(d -> d.unit().path())
        .containsExactlyElementsOf(TODAY.stream().filter(d -> d.existsOn(MERGED)).map(d -> d.unit().path())
            .sorted().toList());
  }

  private static DatedUnit byId(List<DatedUnit> units, String id) {
    return units.stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
  }

  private static DatedUnit unit(String id, @Nullable String parent, String path, String name,
      @Nullable LocalDate from, @Nullable LocalDate to) {
    return new DatedUnit(new Unit(id, id, name, parent, UnitTier.BASE, "PHONG", path), from, to);
  }
}
