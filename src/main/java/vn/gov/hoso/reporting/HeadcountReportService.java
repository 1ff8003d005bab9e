package vn.gov.hoso.reporting;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.catalog.Catalog;
import vn.gov.hoso.catalog.CatalogEntry;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.catalog.RankOrTitle;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.TableWriter;
import vn.gov.hoso.dossier.DossierSearch;
import vn.gov.hoso.dossier.HeadcountCell;
import vn.gov.hoso.dossier.HeadcountDimension;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;

/**
 * Headcounts as of a day ({@code GET /api/reports/headcount}): who was counted is exact for that day (dossiers created
 * by then and not archived by then), the unit tree is the one of that day (names and order; {@code GET
 * /api/units?asOf=}), but each person's rank, position, education … is the current one and the person is counted in
 * their current unit, because the dossier keeps these as current columns only (its versions hold the content as
 * submitted; reading every version is not feasible for a province-wide report). One grouped query per report.
 */
@Service
@Transactional(readOnly = true)
public class HeadcountReportService {

  /** Age bands in years on the report's day. */
  public static final List<String> AGE_BANDS = List.of("Dưới 30", "30 - 39", "40 - 49", "50 - 59", "Từ 60");
  /** Key and label of a value not declared. */
  public static final String UNDECLARED = "";
  static final String UNDECLARED_LABEL = "Chưa khai";

  private final DossierSearch search;
  private final OrganisationService organisation;
  private final CatalogService catalogs;

  public HeadcountReportService(DossierSearch search, OrganisationService organisation, CatalogService catalogs) {
    this.search = search;
    this.organisation = organisation;
    this.catalogs = catalogs;
  }

  /**
   * @param unitId the subtree; null: the caller's whole scope
   * @param asOf the day; null: today
   * @throws BusinessException {@code badParameter} (400), {@code unitNotFound} (404), {@code unitOutOfScope} (403)
   */
  public HeadcountReport report(@Nullable String unitId, HeadcountDimension by, @Nullable LocalDate asOf,
      String actor) {
    LocalDate day = asOf == null ? organisation.today() : asOf;
    String rootId = unitId == null ? scopeRoot(actor) : unitId;
    return build(rootId, by, day, search.headcount(rootId, by, day, actor));
  }

  /** The same report for a system process (statutory reports): no reader's scope applies. */
  public HeadcountReport systemReport(String unitId, HeadcountDimension by, LocalDate asOf) {
    return build(unitId, by, asOf, search.systemHeadcount(unitId, by, asOf));
  }

  private HeadcountReport build(String rootId, HeadcountDimension by, LocalDate day, List<HeadcountCell> cells) {
    Map<String, String> names = new LinkedHashMap<>();
    organisation.tree(day, rootId).forEach(u -> names.put(u.id(), u.unit().name()));
    Map<String, Map<String, Long>> perUnit = new LinkedHashMap<>();
    Map<String, Long> perKey = new HashMap<>();
    for (HeadcountCell cell : cells) {
      String key = key(by, cell, day);
      perUnit.computeIfAbsent(cell.unitId(), u -> new HashMap<>()).merge(key, cell.count(), Long::sum);
      perKey.merge(key, cell.count(), Long::sum);
    }
    List<String> keys = new ArrayList<>(perKey.keySet());
    keys.sort(keyOrder(by, perKey));
    Map<String, String> labels = new HashMap<>();
    keys.forEach(k -> labels.put(k, label(by, k)));
    List<String> unitOrder = new ArrayList<>(names.keySet());
    perUnit.keySet().stream().filter(u -> !names.containsKey(u)).sorted().forEach(unitOrder::add);
    List<HeadcountRow> rows = new ArrayList<>();
    for (String unit : unitOrder) {
      Map<String, Long> counts = perUnit.getOrDefault(unit, Map.of());
      for (String key : keys) {
        Long count = counts.get(key);
        if (count != null) {
          rows.add(new HeadcountRow(unit, unitName(names, unit), key, labels.get(key), count));
        }
      }
    }
    List<HeadcountTotal> totals = keys.stream().map(k -> new HeadcountTotal(k, labels.get(k), perKey.get(k)))
        .toList();
    return new HeadcountReport(rootId, unitName(names, rootId), by.parameter(), day, rows, totals,
        perKey.values().stream().mapToLong(Long::longValue).sum());
  }

  /** The report as an .xlsx sheet: one row per unit of the tree, one column per value, totals right and below. */
  public void writeExcel(HeadcountReport report, OutputStream out) {
    try (TableWriter table = TableWriter.xlsx(out, "Số lượng")) {
      writeSheet(report, table);
    }
  }

  /** Writes the report on the current sheet of {@code table}. */
  public void writeSheet(HeadcountReport report, TableWriter table) {
    List<String> header = new ArrayList<>(List.of("STT", "Đơn vị"));
    report.totals().forEach(t -> header.add(t.label()));
    header.add("Tổng số");
    Map<String, Map<String, Long>> perUnit = new LinkedHashMap<>();
    Map<String, String> unitNames = new LinkedHashMap<>();
    report.rows().forEach(r -> {
      perUnit.computeIfAbsent(r.unitId(), u -> new HashMap<>()).put(r.key(), r.count());
      unitNames.put(r.unitId(), r.unitName());
    });
    table.row(List.of("Báo cáo số lượng theo " + dimensionTitle(report.by()) + " — " + report.unitName()
        + " — tính đến ngày " + TableWriter.csvText(report.asOf())));
    table.header(header);
    int number = 0;
    for (Map.Entry<String, Map<String, Long>> unit : perUnit.entrySet()) {
      List<Object> row = new ArrayList<>(List.of(++number, unitNames.get(unit.getKey())));
      long sum = 0;
      for (HeadcountTotal t : report.totals()) {
        long count = unit.getValue().getOrDefault(t.key(), 0L);
        row.add(count);
        sum += count;
      }
      row.add(sum);
      table.row(row);
    }
    List<Object> totals = new ArrayList<>(List.of("", "Tổng cộng"));
    report.totals().forEach(t -> totals.add(t.count()));
    totals.add(report.total());
    table.row(totals);
  }

  /** Vietnamese name of a dimension, for titles. */
  public static String dimensionTitle(String by) {
    return switch (HeadcountDimension.of(by)) {
      case RANK -> "ngạch";
      case TITLE -> "chức danh nghề nghiệp";
      case POSITION -> "vị trí việc làm";
      case AGE_BAND -> "độ tuổi";
      case GENDER -> "giới tính";
      case ETHNICITY -> "dân tộc";
      case EDUCATION -> "trình độ chuyên môn";
      case POLITICAL_THEORY -> "trình độ lý luận chính trị";
    };
  }

  private String scopeRoot(String actor) {
    String path = organisation.scopeOf(actor).subtree()
        .orElseThrow(() -> new BusinessException("unitOutOfScope", ErrorKind.FORBIDDEN, "-"));
    return organisation.units().stream().filter(u -> u.path().equals(path)).map(Unit::id).findFirst()
        .orElseThrow(() -> new BusinessException("unitOutOfScope", ErrorKind.FORBIDDEN, path));
  }

  private static String unitName(Map<String, String> names, String unitId) {
    return names.getOrDefault(unitId, unitId);
  }

  private static String key(HeadcountDimension by, HeadcountCell cell, LocalDate day) {
    if (by == HeadcountDimension.AGE_BAND) {
      if (cell.dateOfBirth() == null) {
        return UNDECLARED;
      }
      int age = Period.between(cell.dateOfBirth(), day).getYears();
      return AGE_BANDS.get(age < 30 ? 0 : Math.min(4, age / 10 - 2));
    }
    return cell.key() == null ? UNDECLARED : cell.key();
  }

  private static Comparator<String> keyOrder(HeadcountDimension by, Map<String, Long> perKey) {
    Comparator<String> undeclaredLast = Comparator.comparing(UNDECLARED::equals);
    if (by == HeadcountDimension.AGE_BAND) {
      return undeclaredLast.thenComparing(AGE_BANDS::indexOf);
    }
    return undeclaredLast.thenComparing(Comparator.comparing((String k) -> perKey.get(k)).reversed())
        .thenComparing(Comparator.naturalOrder());
  }

  private String label(HeadcountDimension by, String key) {
    if (key.isEmpty()) {
      return UNDECLARED_LABEL;
    }
    return switch (by) {
      case RANK, TITLE -> catalogs.rankOrTitle(key).map(RankOrTitle::name).map(n -> n + " (" + key + ")")
          .orElse(key);
      case ETHNICITY -> catalogs.find(Catalog.ETHNIC_GROUP, key).map(CatalogEntry::name).orElse(key);
      default -> key;
    };
  }
}
