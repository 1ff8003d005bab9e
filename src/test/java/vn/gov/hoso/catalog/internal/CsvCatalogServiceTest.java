package vn.gov.hoso.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import vn.gov.hoso.catalog.Catalog;
import vn.gov.hoso.catalog.CatalogEntry;
import vn.gov.hoso.catalog.CccdGenderCentury;
import vn.gov.hoso.catalog.RankOrTitle;
import vn.gov.hoso.catalog.SalaryStep;
import vn.gov.hoso.catalog.SalaryTable;

/** Reads the real catalog files from {@code src/main/resources/catalogs}; expected values are taken from them. */
class CsvCatalogServiceTest {

  private static final String HA_BAC_LUONG = "Hạ bậc lương (công chức không giữ chức vụ lãnh đạo, quản lý)";

  private final CsvCatalogService catalogs = new CsvCatalogService(new DefaultResourceLoader());

  // ---- every file loads completely ----------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "ETHNIC_GROUP, 56",
    "RELIGION, 15",
    "PROVINCE_2025, 34",
    "CCCD_PROVINCE, 63",
    "CIVIL_SERVANT_RANK, 11",
    "PROFESSIONAL_TITLE, 64",
    "DISCIPLINE_FORM, 14",
    "QUALITY_RATING, 13",
    "BASE_SALARY, 16"
  })
  void loadsEveryDataRowWhenReadingCatalogFile(Catalog catalog, int rowsInCsv) {
    assertThat(catalogs.entries(catalog))
        .hasSize(rowsInCsv)
        .allSatisfy(entry -> assertThat(entry.catalog()).isEqualTo(catalog));
  }

  @Test
  void loadsAllSalaryStepsWhenReadingSalaryScales() {
    Map<SalaryTable, List<String>> groups =
        Map.of(
            SalaryTable.SENIOR_EXPERTS, List.of("Chuyên gia cao cấp"),
            SalaryTable.CIVIL_SERVANTS, List.of("A3.1", "A3.2", "A2.1", "A2.2", "A1", "A0", "B", "C1", "C2", "C3"),
            SalaryTable.PUBLIC_EMPLOYEES, List.of("A3.1", "A3.2", "A2.1", "A2.2", "A1", "A0", "B", "C1", "C2"));

    int steps =
        groups.entrySet().stream()
            .flatMap(table -> table.getValue().stream().map(group -> catalogs.salarySteps(table.getKey(), group)))
            .mapToInt(List::size)
            .sum();

    assertThat(steps).isEqualTo(181);
    assertThat(catalogs.salarySteps(SalaryTable.PUBLIC_EMPLOYEES, "C3")).isEmpty();
  }

  @Test
  void knowsAllTenDigitsWhenReadingCccdGenderCentury() {
    for (int digit = 0; digit <= 9; digit++) {
      assertThat(catalogs.cccdGenderCentury(digit)).as("digit %d", digit).isPresent();
    }
  }

  @ParameterizedTest
  @EnumSource(Catalog.class)
  void keepsUnmappedColumnsAsAttributesWhenMappingEntries(Catalog catalog) {
    CatalogEntry first = catalogs.entries(catalog).get(0);

    assertThat(first.attributes()).isNotEmpty().doesNotContainKeys("code", "code_2025", "cccd_code", "form");
  }

  @Test
  void mapsProvinceColumnsWhenReadingProvinces2025() {
    CatalogEntry tuyenQuang = catalogs.find(Catalog.PROVINCE_2025, "08").orElseThrow();

    assertThat(tuyenQuang.name()).isEqualTo("Tuyên Quang");
    assertThat(tuyenQuang.attribute("formed_by_merger")).isEqualTo("true");
    assertThat(tuyenQuang.attribute("old_cccd_codes")).isEqualTo("002; 008");
    assertThat(tuyenQuang.attribute("name")).isNull();
    assertThat(tuyenQuang.validFrom()).isNull();
  }

  @Test
  void refusesChangesWhenCallerModifiesReturnedLists() {
    List<CatalogEntry> religions = catalogs.entries(Catalog.RELIGION);

    assertThatThrownBy(religions::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> catalogs.salarySteps("A1").clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  // ---- ethnic groups, religions, CCCD -------------------------------------------------------------------------------

  @Test
  void selectsKinhWhenCodeIs01() {
    assertThat(catalogs.isSelectableEthnicGroup("01")).isTrue();
    assertThat(catalogs.isSelectableEthnicGroup(" 01 ")).isTrue();
    assertThat(catalogs.find(Catalog.ETHNIC_GROUP, "01")).map(CatalogEntry::name).hasValue("Kinh");
  }

  @Test
  void refusesExtensionCodesWhenTheyAreNoEthnicGroup() {
    assertThat(catalogs.find(Catalog.ETHNIC_GROUP, "55")).map(e -> e.attribute("is_ethnic_group")).hasValue("false");
    assertThat(catalogs.find(Catalog.ETHNIC_GROUP, "56")).map(e -> e.attribute("is_ethnic_group")).hasValue("false");

    assertThat(catalogs.isSelectableEthnicGroup("55")).isFalse();
    assertThat(catalogs.isSelectableEthnicGroup("56")).isFalse();
    assertThat(catalogs.isSelectableEthnicGroup("54")).isTrue();
    assertThat(catalogs.isSelectableEthnicGroup("1")).isFalse();
  }

  @Test
  void findsNoReligionWhenCodeIs00() {
    assertThat(catalogs.find(Catalog.RELIGION, "00")).map(CatalogEntry::name).hasValue("Không");
    assertThat(catalogs.isValid(Catalog.RELIGION, "00", LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(catalogs.find(Catalog.RELIGION, "99")).isEmpty();
  }

  @Test
  void acceptsCccdProvinceCodeWhenThanhHoa038() {
    assertThat(catalogs.isCccdProvinceCode("038")).isTrue();
    assertThat(catalogs.find(Catalog.CCCD_PROVINCE, "038")).map(CatalogEntry::name).hasValue("Thanh Hóa");
  }

  @Test
  void rejectsCccdProvinceCodeWhenUnassignedOrShort() {
    assertThat(catalogs.isCccdProvinceCode("003")).isFalse();
    assertThat(catalogs.isCccdProvinceCode("38")).isFalse();
  }

  @Test
  void readsFemaleTwentiethCenturyWhenDigitIs1() {
    assertThat(catalogs.cccdGenderCentury(1)).hasValue(new CccdGenderCentury(1, "Nữ", 1900, 1999));
    assertThat(catalogs.cccdGenderCentury(2)).hasValue(new CccdGenderCentury(2, "Nam", 2000, 2099));
    assertThat(catalogs.cccdGenderCentury(10)).isEmpty();
  }

  // ---- ranks and professional titles --------------------------------------------------------------------------------

  @Test
  void findsChuyenVienInGroupA1WhenRankCodeIs01003() {
    assertThat(catalogs.rankOrTitle("01.003")).hasValue(new RankOrTitle("01.003", "Chuyên viên", "A1", false));
  }

  @Test
  void findsSameTitleWhenCodeIsWrittenWithOrWithoutDotAfterV() {
    RankOrTitle expected = new RankOrTitle("V.07.03.29", "Giáo viên tiểu học hạng III", "A1", true);

    assertThat(catalogs.rankOrTitle("V.07.03.29")).hasValue(expected);
    assertThat(catalogs.rankOrTitle("V07.03.29")).hasValue(expected);
    assertThat(catalogs.rankOrTitle("  v07.03.29 ")).hasValue(expected);
  }

  @Test
  void findsTitleWrittenWithoutDotInCsvWhenAskedWithDot() {
    assertThat(catalogs.rankOrTitle("V.11.05.10")).map(RankOrTitle::code).hasValue("V11.05.10");
  }

  @Test
  void givesEmptySalaryGroupWhenCsvStatesNone() {
    assertThat(catalogs.rankOrTitle("06.033")).map(RankOrTitle::salaryGroup).hasValue("");
  }

  @Test
  void findsNothingWhenRankCodeIsUnknown() {
    assertThat(catalogs.rankOrTitle("01.999")).isEmpty();
    assertThat(catalogs.rankOrTitle("")).isEmpty();
  }

  // ---- salary steps -------------------------------------------------------------------------------------------------

  @Test
  void givesCoefficient234OfNineStepsWhenGroupA1Step1() {
    SalaryStep step = catalogs.salaryStep("A1", 1).orElseThrow();

    assertThat(step.coefficient()).isEqualByComparingTo("2.34");
    assertThat(step.stepsInGroup()).isEqualTo(9);
    assertThat(catalogs.salaryStep("A1", 9)).map(SalaryStep::coefficient).hasValue(new BigDecimal("4.98"));
  }

  @Test
  void findsNoStepWhenBeyondTheGroup() {
    assertThat(catalogs.salaryStep("A1", 10)).isEmpty();
    assertThat(catalogs.salaryStep("A1", 0)).isEmpty();
    assertThat(catalogs.salaryStep("Z9", 1)).isEmpty();
  }

  @Test
  void listsStepsInOrderWhenAskedForGroup() {
    assertThat(catalogs.salarySteps("A1")).extracting(SalaryStep::step).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(catalogs.salarySteps("Chuyên gia cao cấp"))
        .extracting(SalaryStep::coefficient)
        .containsExactly(new BigDecimal("8.80"), new BigDecimal("9.40"), new BigDecimal("10.00"));
  }

  @Test
  void needsTheTableWhenGroupC2DiffersBetweenTables() {
    assertThat(catalogs.salaryStep("C2", 1)).isEmpty();
    assertThat(catalogs.salarySteps("C2")).isEmpty();

    assertThat(catalogs.salaryStep(SalaryTable.CIVIL_SERVANTS, "C2", 1))
        .map(SalaryStep::coefficient)
        .hasValue(new BigDecimal("1.50"));
    assertThat(catalogs.salaryStep(SalaryTable.PUBLIC_EMPLOYEES, "C2", 1))
        .map(SalaryStep::coefficient)
        .hasValue(new BigDecimal("2.00"));
  }

  // ---- validity -----------------------------------------------------------------------------------------------------

  @Test
  void acceptsAbolishedDisciplineFormWhenDayIsBeforeItEnded() {
    assertThat(catalogs.isValid(Catalog.DISCIPLINE_FORM, HA_BAC_LUONG, LocalDate.of(2025, 6, 1))).isTrue();
    assertThat(catalogs.isValid(Catalog.DISCIPLINE_FORM, HA_BAC_LUONG, LocalDate.of(2025, 6, 30))).isTrue();
  }

  @Test
  void rejectsAbolishedDisciplineFormWhenDayIsAfterItEnded() {
    assertThat(catalogs.isValid(Catalog.DISCIPLINE_FORM, HA_BAC_LUONG, LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(catalogs.isValid(Catalog.DISCIPLINE_FORM, HA_BAC_LUONG, LocalDate.of(2025, 7, 2))).isFalse();
  }

  @Test
  void keepsEveryRowWhenDisciplineFormRepeatsPerGroupOfStaff() {
    List<CatalogEntry> khienTrach = catalogs.findAll(Catalog.DISCIPLINE_FORM, "Khiển trách");

    assertThat(khienTrach)
        .extracting(e -> e.attribute("applies_to"))
        .containsExactly("cán bộ", "công chức", "viên chức");
    assertThat(catalogs.find(Catalog.DISCIPLINE_FORM, "Khiển trách")).hasValue(khienTrach.get(0));
    assertThat(khienTrach.get(1).validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void findsRatingRowsOfEveryPeriodWhenNameRepeats() {
    assertThat(catalogs.findAll(Catalog.QUALITY_RATING, "Hoàn thành tốt nhiệm vụ")).hasSize(3)
        .extracting(e -> e.attribute("level")).containsOnly("2");
    assertThat(catalogs.isValid(Catalog.QUALITY_RATING, "Hoàn thành tốt nhiệm vụ", LocalDate.of(2021, 1, 1))).isTrue();
    assertThat(catalogs.isValid(Catalog.QUALITY_RATING, "Xuất sắc", LocalDate.of(2021, 1, 1))).isFalse();
  }

  @Test
  void endsEachBaseSalaryTheDayBeforeTheNextWhenReadingHistory() {
    List<CatalogEntry> history = catalogs.entries(Catalog.BASE_SALARY);
    CatalogEntry latest = history.get(history.size() - 1);
    CatalogEntry previous = history.get(history.size() - 2);

    assertThat(latest.code()).isEqualTo("2026-07-01");
    assertThat(latest.name()).isEqualTo("2530000");
    assertThat(latest.validFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(latest.validTo()).isNull();
    assertThat(latest.attribute("kind")).isEqualTo("lương cơ sở");
    assertThat(previous.validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
  }

  @Test
  void givesBaseSalaryInForceWhenAskedForDay() {
    assertThat(catalogs.baseSalaryOn(LocalDate.of(2025, 1, 1))).map(CatalogEntry::name).hasValue("2340000");
    assertThat(catalogs.baseSalaryOn(LocalDate.of(2026, 6, 30))).map(CatalogEntry::name).hasValue("2340000");
    assertThat(catalogs.baseSalaryOn(LocalDate.of(2026, 7, 1))).map(CatalogEntry::name).hasValue("2530000");
    assertThat(catalogs.baseSalaryOn(LocalDate.of(2004, 9, 30))).isEmpty();
  }

  // ---- broken files stop the start --------------------------------------------------------------------------------

  @Test
  void failsAtStartupWhenRankCodeIsDuplicated() {
    String ranks =
        """
        code,name,salary_group,coefficient_min,coefficient_max,history_note,legal_basis,confidence
        01.003,Chuyên viên,A1,2.34,4.98,,Thông tư 02/2021/TT-BNV,high
        01.003,Chuyên viên,A1,2.34,4.98,,Thông tư 02/2021/TT-BNV,high
        """;

    assertThatThrownBy(() -> new CsvCatalogService(replacing("civil-servant-ranks", ranks)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("civil-servant-ranks.csv")
        .hasMessageContaining("01.003");
  }

  @Test
  void failsAtStartupWithLineWhenDateIsMalformed() {
    String forms =
        """
        applies_to,form,valid_from,valid_to,legal_basis,confidence
        cán bộ,Khiển trách,2025-07-01,,Nghị định 172/2025/NĐ-CP,high
        công chức,Cảnh cáo,01/07/2025,,Nghị định 172/2025/NĐ-CP,high
        """;

    assertThatThrownBy(() -> new CsvCatalogService(replacing("discipline-forms", forms)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("discipline-forms.csv line 3")
        .hasMessageContaining("01/07/2025");
  }

  @Test
  void failsAtStartupWhenSalaryGroupMissesAStep() {
    String scales =
        """
        table,table_scope,group,step,steps_in_group,coefficient,step_interval_months,\
        months_at_last_step_before_seniority_allowance
        Bảng 2,công chức,A1,1,9,2.34,36,36
        Bảng 2,công chức,A1,3,9,3.00,36,36
        """;

    assertThatThrownBy(() -> new CsvCatalogService(replacing("salary-scales", scales)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("A1");
  }

  /** The real catalogs, except that one file has the given content. */
  private static DefaultResourceLoader replacing(String fileStem, String content) {
    return new DefaultResourceLoader() {
      @Override
      public Resource getResource(String location) {
        if (location.endsWith("catalogs/" + fileStem + ".csv")) {
          return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8));
        }
        return super.getResource(location);
      }
    };
  }
}
