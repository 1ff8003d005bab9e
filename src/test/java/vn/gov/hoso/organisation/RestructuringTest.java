package vn.gov.hoso.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.common.BusinessException;

/** What each restructuring operation needs, checked before anything is stored. */
class RestructuringTest {

  static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  @Test
  void acceptsMergeOfTwoUnitsIntoAThird() {
    Restructuring merge = new Restructuring(RestructuringOperation.MERGE, List.of("STC-VP", "STC-KH"), "STC-NS",
        null, null, List.of(), DAY, "QĐ 2/QĐ-UBND");

    assertThat(merge.operation().closesUnits()).isTrue();
  }

  @Test
  void refusesMergeIntoOneOfTheMergedUnits() {
    assertThatThrownBy(() -> new Restructuring(RestructuringOperation.MERGE, List.of("STC-VP", "STC-NS"), "STC-NS",
        null, null, List.of(), DAY, "QĐ 2")).isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).args()).isEqualTo(List.of("targetUnitId"));
  }

  @Test
  void refusesSplitIntoFewerThanTwoUnitsAndRenameWithoutName() {
    NewUnit one = new NewUnit("STC-A", "H33.12.09", "Phòng A", null, UnitTier.BASE, "PHONG");
    assertThatThrownBy(() -> new Restructuring(RestructuringOperation.SPLIT, List.of("STC-VP"), null, null, null,
        List.of(one), DAY, "QĐ 3")).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> new Restructuring(RestructuringOperation.RENAME, List.of("STC-VP"), null, null, " ",
        List.of(), DAY, "QĐ 3")).isInstanceOf(BusinessException.class);
  }

  @Test
  void refusesWithoutDecisionNumberOrWithSeveralUnitsOutsideMerge() {
    assertThatThrownBy(() -> new Restructuring(RestructuringOperation.DISSOLVE, List.of("STC-VP"), null, null, null,
        List.of(), DAY, "")).isInstanceOf(BusinessException.class);
    assertThatThrownBy(() -> new Restructuring(RestructuringOperation.MOVE, List.of("STC-VP", "STC-NS"), null, "PH",
        null, List.of(), DAY, "QĐ 4")).isInstanceOf(BusinessException.class);
  }

  @Test
  void keepsPeopleWhereTheyAreOnRenameAndMove() {
    assertThat(RestructuringOperation.RENAME.closesUnits()).isFalse();
    assertThat(RestructuringOperation.MOVE.closesUnits()).isFalse();
  }
}
