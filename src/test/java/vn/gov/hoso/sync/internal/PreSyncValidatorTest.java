package vn.gov.hoso.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.gov.hoso.catalog.internal.Catalogs;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.dossier.ViolationReport;
import vn.gov.hoso.dossier.schema.DossierSchema;

/** The national checks before sending, on the fixture dossier of Bùi Thị Thủy with the real code lists. */
class PreSyncValidatorTest {

  final PreSyncValidator validator = new PreSyncValidator(new DossierSchema(), Catalogs.real(), messages());

  @Test
  void passesWhenEveryCodeIsNationalAndEveryAddressHasItsProvinceCode() {
    assertThat(validator.check(DossierFixtures.aCivilServantDossier())).isEmpty();
  }

  @Test
  void stopsFreeTextWhereTheEthnicGroupCodeIsExpected() {
    ObjectNode dossier = DossierFixtures.aCivilServantDossier();
    dossier.put("ethnicityCode", "Kinh");

    List<ViolationReport> problems = validator.check(dossier);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("ethnicityCode");
      assertThat(p.code()).isEqualTo("syncCodeNotNational");
      assertThat(p.blocking()).isTrue();
      assertThat(p.messageVi()).isEqualTo("6. Dân tộc: \"Kinh\" không phải là mã trong danh mục quốc gia. "
          + "CSDL quốc gia chỉ nhận mã, không nhận chữ tự nhập; chọn giá trị từ danh mục.");
      assertThat(p.messageEn()).isEqualTo("6. Ethnicity: \"Kinh\" is not a code of the national list. "
          + "The national database accepts codes only, not free text; choose a value from the list.");
    });
  }

  @Test
  void stopsAnAddressWrittenAsTextWithoutItsProvinceCode() {
    ObjectNode dossier = DossierFixtures.aCivilServantDossier();
    ((ObjectNode) dossier.get("currentResidence")).remove("provinceCode");

    List<ViolationReport> problems = validator.check(dossier);

    assertThat(problems).extracting(ViolationReport::path).containsExactly("currentResidence.provinceCode");
    assertThat(problems.get(0).messageVi()).startsWith("10. Nơi ở hiện nay: thiếu mã tỉnh, thành phố");
    assertThat(problems.get(0).messageEn()).startsWith("10. Current residence: the province code");
  }

  @Test
  void stopsAProvinceNameTypedIntoTheProvinceCode() {
    ObjectNode dossier = DossierFixtures.aCivilServantDossier();
    ((ObjectNode) dossier.get("hometown")).put("provinceCode", "Thanh Hóa");

    assertThat(validator.check(dossier)).extracting(ViolationReport::path, ViolationReport::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("hometown.provinceCode", "syncCodeNotNational"));
  }

  @Test
  void stopsUnknownRankCodesInTableRowsWithTheirRow() {
    ObjectNode dossier = DossierFixtures.aCivilServantDossier();
    ((ObjectNode) dossier.withArray("salaryHistory").get(1)).put("rankOrTitleCode", "chuyên viên");

    assertThat(validator.check(dossier)).extracting(ViolationReport::path)
        .containsExactly("salaryHistory[1].rankOrTitleCode");
  }

  @Test
  void asksForTheRankCodeWhenOnlyTheRankNameIsGiven() {
    ObjectNode dossier = DossierFixtures.aCivilServantDossier();
    dossier.remove("rankOrTitleCode");

    assertThat(validator.check(dossier)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("syncRankCodeMissing");
      assertThat(p.messageVi()).contains("\"Chuyên viên\"").contains("thiếu mã số");
    });
  }

  static Messages messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new Messages(source);
  }
}
