package vn.gov.hoso.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.catalog.Catalog;
import vn.gov.hoso.catalog.CatalogEntry;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.catalog.CccdGenderCentury;
import vn.gov.hoso.catalog.RankOrTitle;
import vn.gov.hoso.catalog.SalaryStep;

/**
 * A small in-memory {@link CatalogService} with only the codes the dossier tests need, copied from
 * {@code src/main/resources/catalogs/*.csv} (same codes, names, validity dates and the attributes the validator reads).
 * The real implementation loads the CSV files; this fake keeps the dossier tests independent of it.
 */
public final class FakeCatalogService implements CatalogService {

  private static final String NAM = "Nam";
  private static final String NU = "Nữ";

  private final List<CatalogEntry> entries = new ArrayList<>();
  private final List<RankOrTitle> ranks = List.of(
      new RankOrTitle("01.002", "Chuyên viên chính", "A2.1", false),
      new RankOrTitle("01.003", "Chuyên viên", "A1", false),
      new RankOrTitle("01.005", "Nhân viên", "B", false),
      new RankOrTitle("V.07.04.32", "Giáo viên trung học cơ sở hạng III", "A1", true));
  private final List<SalaryStep> steps = new ArrayList<>();
  private final Set<String> cccdProvinces = Set.of("001", "036", "037", "038");

  public FakeCatalogService() {
    add(Catalog.ETHNIC_GROUP, "01", "Kinh", null, null, Map.of("is_ethnic_group", "true"));
    add(Catalog.ETHNIC_GROUP, "03", "Thái", null, null, Map.of("is_ethnic_group", "true"));
    add(Catalog.ETHNIC_GROUP, "06", "Mường", null, null, Map.of("is_ethnic_group", "true"));
    add(Catalog.ETHNIC_GROUP, "55", "Người nước ngoài", null, null, Map.of("is_ethnic_group", "false"));
    add(Catalog.ETHNIC_GROUP, "56", "Không rõ", null, null, Map.of("is_ethnic_group", "false"));
    add(Catalog.RELIGION, "00", "Không", null, null, Map.of());
    add(Catalog.RELIGION, "01", "Phật giáo", null, null, Map.of());
    add(Catalog.RELIGION, "02", "Công giáo", null, null, Map.of());
    add(Catalog.PROVINCE_2025, "01", "Hà Nội", null, null, Map.of());
    add(Catalog.PROVINCE_2025, "37", "Ninh Bình", null, null, Map.of());
    add(Catalog.PROVINCE_2025, "38", "Thanh Hóa", null, null, Map.of());
    for (String code : cccdProvinces) {
      add(Catalog.CCCD_PROVINCE, code, code, null, null, Map.of());
    }
    LocalDate nd90 = LocalDate.of(2020, 8, 20);
    LocalDate nd335 = LocalDate.of(2026, 1, 1);
    rating("Hoàn thành xuất sắc nhiệm vụ", "cán bộ, công chức, viên chức", nd90);
    rating("Hoàn thành tốt nhiệm vụ", "cán bộ, công chức, viên chức", nd90);
    rating("Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực", "cán bộ, công chức", nd90);
    rating("Hoàn thành nhiệm vụ", "viên chức", nd90);
    rating("Không hoàn thành nhiệm vụ", "cán bộ, công chức, viên chức", nd90);
    rating("Hoàn thành nhiệm vụ", "công chức", nd335);
    LocalDate nd172 = LocalDate.of(2025, 7, 1);
    LocalDate endOfNd112 = LocalDate.of(2025, 6, 30);
    discipline("công chức", "Khiển trách", nd172, null);
    discipline("công chức", "Cảnh cáo", nd172, null);
    discipline("công chức", "Buộc thôi việc", nd172, null);
    discipline("công chức", "Hạ bậc lương (công chức không giữ chức vụ lãnh đạo, quản lý)", null, endOfNd112);
    discipline("viên chức", "Khiển trách", null, null);
    discipline("viên chức", "Cảnh cáo", null, null);
    scale("A2.1", "4.40", "4.74", "5.08", "5.42", "5.76", "6.10", "6.44", "6.78");
    scale("A1", "2.34", "2.67", "3.00", "3.33", "3.66", "3.99", "4.32", "4.65", "4.98");
    scale("B", "1.86", "2.06", "2.26", "2.46", "2.66", "2.86", "3.06", "3.26", "3.46", "3.66", "3.86", "4.06");
  }

  @Override
  public List<CatalogEntry> entries(Catalog catalog) {
    return entries.stream().filter(e -> e.catalog() == catalog).toList();
  }

  @Override
  public Optional<CatalogEntry> find(Catalog catalog, String code) {
    return entries(catalog).stream().filter(e -> e.code().equals(code.strip())).findFirst();
  }

  @Override
  public boolean isValid(Catalog catalog, String code, LocalDate asOf) {
    return entries(catalog).stream().anyMatch(e -> e.code().equals(code.strip()) && e.isValidOn(asOf));
  }

  @Override
  public Optional<RankOrTitle> rankOrTitle(String code) {
    String normalised = code.strip();
    if (normalised.startsWith("V") && !normalised.startsWith("V.")) {
      normalised = "V." + normalised.substring(1);
    }
    String wanted = normalised;
    return ranks.stream().filter(r -> r.code().equals(wanted)).findFirst();
  }

  @Override
  public Optional<SalaryStep> salaryStep(String salaryGroup, int step) {
    return steps.stream().filter(s -> s.group().equals(salaryGroup) && s.step() == step).findFirst();
  }

  @Override
  public boolean isCccdProvinceCode(String code) {
    return cccdProvinces.contains(code);
  }

  @Override
  public Optional<CccdGenderCentury> cccdGenderCentury(int digit) {
    if (digit < 0 || digit > 9) {
      return Optional.empty();
    }
    int from = 1900 + 100 * (digit / 2);
    return Optional.of(new CccdGenderCentury(digit, digit % 2 == 0 ? NAM : NU, from, from + 99));
  }

  @Override
  public boolean isSelectableEthnicGroup(String code) {
    return find(Catalog.ETHNIC_GROUP, code).map(e -> "true".equals(e.attribute("is_ethnic_group"))).orElse(false);
  }

  private void add(Catalog catalog, String code, String name, @Nullable LocalDate from, @Nullable LocalDate to,
      Map<String, String> attributes) {
    entries.add(new CatalogEntry(catalog, code, name, from, to, attributes));
  }

  private void rating(String name, String appliesTo, LocalDate from) {
    add(Catalog.QUALITY_RATING, name, name, from, null, Map.of("applies_to", appliesTo));
  }

  private void discipline(String appliesTo, String form, @Nullable LocalDate from, @Nullable LocalDate to) {
    add(Catalog.DISCIPLINE_FORM, form, form, from, to, Map.of("applies_to", appliesTo));
  }

  private void scale(String group, String... coefficients) {
    for (int i = 0; i < coefficients.length; i++) {
      steps.add(new SalaryStep(group, i + 1, coefficients.length, new BigDecimal(coefficients[i])));
    }
  }
}
