package vn.gov.hoso.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import vn.gov.hoso.catalog.Catalog;
import vn.gov.hoso.catalog.CatalogEntry;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.catalog.CccdGenderCentury;
import vn.gov.hoso.catalog.RankOrTitle;
import vn.gov.hoso.catalog.SalaryStep;
import vn.gov.hoso.catalog.SalaryTable;

/**
 * {@link CatalogService} over the CSV files in {@code classpath:catalogs/}: the nine {@link Catalog} files plus
 * {@code salary-scales.csv} (salary steps) and {@code cccd-gender-century.csv}. Everything is read and checked once,
 * in the constructor, into immutable maps; a file that is missing, not UTF-8, lacks a column, has a malformed value or
 * repeats a code that must be unique stops the application at startup.
 *
 * <p>Which columns become {@link CatalogEntry#code()}, {@code name}, {@code validFrom} and {@code validTo} is fixed per
 * catalog in {@link #columnsOf(Catalog)}; every other column goes to {@code attributes} under its header name. Base
 * salary rows get a {@code validTo} derived from the next row's {@code effective_from}.
 */
@Service
class CsvCatalogService implements CatalogService {

  private static final String SALARY_SCALES = "salary-scales";
  private static final String CCCD_GENDER_CENTURY = "cccd-gender-century";

  private final Map<Catalog, List<CatalogEntry>> entries;
  private final Map<Catalog, Map<String, List<CatalogEntry>>> entriesByCode;
  private final Map<String, RankOrTitle> ranksAndTitlesByNormalisedCode;
  private final Set<String> selectableEthnicGroupCodes;
  private final NavigableMap<LocalDate, CatalogEntry> baseSalariesByEffectiveDate;
  private final Map<SalaryTable, Map<String, List<SalaryStep>>> salaryStepsByTableAndGroup;
  private final Map<String, List<SalaryStep>> salaryStepsByUnambiguousGroup;
  private final Map<Integer, CccdGenderCentury> genderCenturiesByDigit;

  CsvCatalogService(ResourceLoader resourceLoader) {
    CatalogCsvReader reader = new CatalogCsvReader(resourceLoader);

    Map<Catalog, List<CatalogEntry>> loaded = new EnumMap<>(Catalog.class);
    for (Catalog catalog : Catalog.values()) {
      loaded.put(catalog, readEntries(reader, catalog));
    }
    this.entries = Collections.unmodifiableMap(loaded);
    this.entriesByCode = indexByCode(loaded);
    this.ranksAndTitlesByNormalisedCode =
        indexRanksAndTitles(loaded.get(Catalog.CIVIL_SERVANT_RANK), loaded.get(Catalog.PROFESSIONAL_TITLE));
    this.selectableEthnicGroupCodes = selectableEthnicGroupCodes(loaded.get(Catalog.ETHNIC_GROUP));
    this.baseSalariesByEffectiveDate = indexByValidFrom(loaded.get(Catalog.BASE_SALARY));
    this.salaryStepsByTableAndGroup = readSalarySteps(reader);
    this.salaryStepsByUnambiguousGroup = unambiguousGroups(salaryStepsByTableAndGroup);
    this.genderCenturiesByDigit = readGenderCenturies(reader);
  }

  @Override
  public List<CatalogEntry> entries(Catalog catalog) {
    return entries.get(catalog);
  }

  @Override
  public Optional<CatalogEntry> find(Catalog catalog, String code) {
    return findAll(catalog, code).stream().findFirst();
  }

  @Override
  public List<CatalogEntry> findAll(Catalog catalog, String code) {
    return entriesByCode.get(catalog).getOrDefault(code.strip(), List.of());
  }

  @Override
  public boolean isValid(Catalog catalog, String code, LocalDate asOf) {
    return findAll(catalog, code).stream().anyMatch(entry -> entry.isValidOn(asOf));
  }

  @Override
  public Optional<RankOrTitle> rankOrTitle(String code) {
    return Optional.ofNullable(ranksAndTitlesByNormalisedCode.get(normaliseRankOrTitleCode(code)));
  }

  @Override
  public Optional<SalaryStep> salaryStep(String salaryGroup, int step) {
    return stepOf(salaryStepsByUnambiguousGroup.get(salaryGroup.strip()), step);
  }

  @Override
  public Optional<SalaryStep> salaryStep(SalaryTable table, String salaryGroup, int step) {
    return stepOf(salaryStepsByTableAndGroup.get(table).get(salaryGroup.strip()), step);
  }

  @Override
  public List<SalaryStep> salarySteps(String salaryGroup) {
    return salaryStepsByUnambiguousGroup.getOrDefault(salaryGroup.strip(), List.of());
  }

  @Override
  public List<SalaryStep> salarySteps(SalaryTable table, String salaryGroup) {
    return salaryStepsByTableAndGroup.get(table).getOrDefault(salaryGroup.strip(), List.of());
  }

  @Override
  public Optional<CatalogEntry> baseSalaryOn(LocalDate day) {
    return Optional.ofNullable(baseSalariesByEffectiveDate.floorEntry(day)).map(Map.Entry::getValue);
  }

  @Override
  public boolean isCccdProvinceCode(String code) {
    return entriesByCode.get(Catalog.CCCD_PROVINCE).containsKey(code.strip());
  }

  @Override
  public Optional<CccdGenderCentury> cccdGenderCentury(int digit) {
    return Optional.ofNullable(genderCenturiesByDigit.get(digit));
  }

  @Override
  public boolean isSelectableEthnicGroup(String code) {
    return selectableEthnicGroupCodes.contains(code.strip());
  }

  /**
   * The form a rank or title code is matched in: trimmed, upper case, and a professional title's {@code V} followed by
   * a dot ({@code V07.04.32} and {@code v.07.04.32} both become {@code V.07.04.32}).
   */
  static String normaliseRankOrTitleCode(String code) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (upper.length() > 1 && upper.charAt(0) == 'V' && Character.isDigit(upper.charAt(1))) {
      return "V." + upper.substring(1);
    }
    return upper;
  }

  // ---- catalogs ---------------------------------------------------------------------------------------------------

  /** Which CSV columns fill an entry's code, name and validity; all other columns become attributes. */
  private record Columns(String code, String name, @Nullable String validFrom, @Nullable String validTo) {

    List<String> mapped() {
      return Stream.of(code, name, validFrom, validTo).filter(Objects::nonNull).distinct().toList();
    }
  }

  private static Columns columnsOf(Catalog catalog) {
    return switch (catalog) {
      case ETHNIC_GROUP, RELIGION, CIVIL_SERVANT_RANK, PROFESSIONAL_TITLE -> new Columns("code", "name", null, null);
      case PROVINCE_2025 -> new Columns("code_2025", "name", null, null);
      case CCCD_PROVINCE -> new Columns("cccd_code", "province_name", null, null);
      case DISCIPLINE_FORM -> new Columns("form", "form", "valid_from", "valid_to");
      case QUALITY_RATING -> new Columns("name", "name", "valid_from", "valid_to");
      case BASE_SALARY -> new Columns("effective_from", "amount_vnd_per_month", "effective_from", null);
    };
  }

  /** Whether a code names one row; discipline forms repeat per applies_to, quality ratings per legal period. */
  private static boolean hasUniqueCodes(Catalog catalog) {
    return switch (catalog) {
      case DISCIPLINE_FORM, QUALITY_RATING -> false;
      case ETHNIC_GROUP, RELIGION, PROVINCE_2025, CCCD_PROVINCE, CIVIL_SERVANT_RANK, PROFESSIONAL_TITLE, BASE_SALARY ->
          true;
    };
  }

  private static List<CatalogEntry> readEntries(CatalogCsvReader reader, Catalog catalog) {
    Columns columns = columnsOf(catalog);
    List<String> mapped = columns.mapped();
    List<CatalogEntry> rows = new ArrayList<>();
    for (CsvRow row : reader.read(catalog.fileStem(), mapped)) {
      Map<String, String> attributes = new HashMap<>(row.values());
      attributes.keySet().removeAll(mapped);
      LocalDate validFrom = columns.validFrom() == null ? null : row.date(columns.validFrom());
      LocalDate validTo = columns.validTo() == null ? null : row.date(columns.validTo());
      if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
        throw row.problem("valid_to " + validTo + " is before valid_from " + validFrom);
      }
      if (catalog == Catalog.BASE_SALARY) {
        row.decimal(columns.name()); // the amount must be a number: fails here with file and line otherwise
      }
      rows.add(
          new CatalogEntry(
              catalog, row.required(columns.code()), row.required(columns.name()), validFrom, validTo, attributes));
    }
    return catalog == Catalog.BASE_SALARY ? withValidToUntilNextRow(rows) : List.copyOf(rows);
  }

  /** Base salary rows stay in force until the day before the next one takes effect; file order is kept. */
  private static List<CatalogEntry> withValidToUntilNextRow(List<CatalogEntry> rows) {
    NavigableMap<LocalDate, CatalogEntry> byStart = new TreeMap<>();
    rows.forEach(row -> byStart.put(requireValidFrom(row), row));
    return rows.stream()
        .map(
            row -> {
              LocalDate next = byStart.higherKey(requireValidFrom(row));
              LocalDate validTo = next == null ? null : next.minusDays(1);
              return new CatalogEntry(
                  row.catalog(), row.code(), row.name(), row.validFrom(), validTo, row.attributes());
            })
        .toList();
  }

  private static LocalDate requireValidFrom(CatalogEntry row) {
    LocalDate validFrom = row.validFrom();
    if (validFrom == null) {
      throw new IllegalStateException(row.catalog().fileStem() + " " + row.code() + ": no validity start");
    }
    return validFrom;
  }

  private static Map<Catalog, Map<String, List<CatalogEntry>>> indexByCode(Map<Catalog, List<CatalogEntry>> loaded) {
    Map<Catalog, Map<String, List<CatalogEntry>>> index = new EnumMap<>(Catalog.class);
    loaded.forEach(
        (catalog, rows) -> {
          Map<String, List<CatalogEntry>> byCode =
              rows.stream()
                  .collect(Collectors.groupingBy(CatalogEntry::code, LinkedHashMap::new, Collectors.toList()));
          byCode.forEach(
              (code, sameCode) -> {
                if (sameCode.size() > 1 && hasUniqueCodes(catalog)) {
                  throw new IllegalStateException(
                      "catalogs/" + catalog.fileStem() + ".csv: code " + code + " appears " + sameCode.size()
                          + " times");
                }
              });
          index.put(catalog, copyOfListValues(byCode));
        });
    return Collections.unmodifiableMap(index);
  }

  private static Map<String, RankOrTitle> indexRanksAndTitles(
      List<CatalogEntry> ranks, List<CatalogEntry> professionalTitles) {
    Map<String, RankOrTitle> index = new HashMap<>();
    Stream.concat(ranks.stream(), professionalTitles.stream())
        .forEach(
            entry -> {
              String salaryGroup = entry.attribute("salary_group");
              RankOrTitle rankOrTitle =
                  new RankOrTitle(
                      entry.code(),
                      entry.name(),
                      salaryGroup == null ? "" : salaryGroup,
                      entry.catalog() == Catalog.PROFESSIONAL_TITLE);
              RankOrTitle clash = index.put(normaliseRankOrTitleCode(entry.code()), rankOrTitle);
              if (clash != null) {
                throw new IllegalStateException(
                    "rank or title codes " + clash.code() + " and " + entry.code() + " are the same code");
              }
            });
    return Map.copyOf(index);
  }

  private static Set<String> selectableEthnicGroupCodes(List<CatalogEntry> ethnicGroups) {
    return ethnicGroups.stream()
        .filter(
            entry ->
                switch (String.valueOf(entry.attribute("is_ethnic_group"))) {
                  case "true" -> true;
                  case "false" -> false;
                  default ->
                      throw new IllegalStateException(
                          "catalogs/"
                              + Catalog.ETHNIC_GROUP.fileStem()
                              + ".csv code "
                              + entry.code()
                              + ": is_ethnic_group must be true or false");
                })
        .map(CatalogEntry::code)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static NavigableMap<LocalDate, CatalogEntry> indexByValidFrom(List<CatalogEntry> rows) {
    NavigableMap<LocalDate, CatalogEntry> index = new TreeMap<>();
    rows.forEach(row -> index.put(requireValidFrom(row), row));
    return Collections.unmodifiableNavigableMap(index);
  }

  // ---- salary scales ----------------------------------------------------------------------------------------------

  private static Map<SalaryTable, Map<String, List<SalaryStep>>> readSalarySteps(CatalogCsvReader reader) {
    Map<SalaryTable, Map<String, List<SalaryStep>>> byTable = new EnumMap<>(SalaryTable.class);
    for (SalaryTable table : SalaryTable.values()) {
      byTable.put(table, new LinkedHashMap<>());
    }
    List<String> columns = List.of("table", "group", "step", "steps_in_group", "coefficient");
    for (CsvRow row : reader.read(SALARY_SCALES, columns)) {
      String tableValue = row.required("table");
      SalaryTable table =
          SalaryTable.fromCsvValue(tableValue).orElseThrow(() -> row.problem("unknown table " + tableValue));
      SalaryStep step;
      try {
        step =
            new SalaryStep(
                row.required("group"), row.integer("step"), row.integer("steps_in_group"), row.decimal("coefficient"));
      } catch (IllegalArgumentException e) {
        throw row.problem(e.getMessage());
      }
      byTable.get(table).computeIfAbsent(step.group(), group -> new ArrayList<>()).add(step);
    }
    Map<SalaryTable, Map<String, List<SalaryStep>>> result = new EnumMap<>(SalaryTable.class);
    byTable.forEach(
        (table, groups) -> {
          groups.forEach((group, steps) -> checkCompleteGroup(table, group, steps));
          result.put(table, copyOfListValues(groups));
        });
    return Collections.unmodifiableMap(result);
  }

  /** Steps of a group must be exactly 1..n, each saying n steps, so that index {@code step - 1} finds a step. */
  private static void checkCompleteGroup(SalaryTable table, String group, List<SalaryStep> steps) {
    steps.sort(Comparator.comparingInt(SalaryStep::step));
    for (int i = 0; i < steps.size(); i++) {
      SalaryStep step = steps.get(i);
      if (step.step() != i + 1 || step.stepsInGroup() != steps.size()) {
        throw new IllegalStateException(
            "catalogs/" + SALARY_SCALES + ".csv: " + table.csvValue() + " group " + group + " has steps "
                + steps.stream().map(SalaryStep::step).toList() + " but says " + step.stepsInGroup() + " steps");
      }
    }
  }

  /** Groups whose steps are the same in every table that lists them, e.g. A1; C2 differs between Bảng 2 and 3. */
  private static Map<String, List<SalaryStep>> unambiguousGroups(
      Map<SalaryTable, Map<String, List<SalaryStep>>> byTable) {
    Map<String, List<SalaryStep>> first = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    byTable.values()
        .forEach(
            groups ->
                groups.forEach(
                    (group, steps) -> {
                      List<SalaryStep> seen = first.putIfAbsent(group, steps);
                      if (seen != null && !sameSteps(seen, steps)) {
                        ambiguous.add(group);
                      }
                    }));
    first.keySet().removeAll(ambiguous);
    return Map.copyOf(first);
  }

  private static boolean sameSteps(List<SalaryStep> some, List<SalaryStep> others) {
    if (some.size() != others.size()) {
      return false;
    }
    for (int i = 0; i < some.size(); i++) {
      if (some.get(i).coefficient().compareTo(others.get(i).coefficient()) != 0) {
        return false;
      }
    }
    return true;
  }

  private static Optional<SalaryStep> stepOf(@Nullable List<SalaryStep> steps, int step) {
    if (steps == null || step < 1 || step > steps.size()) {
      return Optional.empty();
    }
    return Optional.of(steps.get(step - 1));
  }

  // ---- CCCD gender and century ------------------------------------------------------------------------------------

  private static Map<Integer, CccdGenderCentury> readGenderCenturies(CatalogCsvReader reader) {
    List<String> columns = List.of("digit", "gender", "birth_year_from", "birth_year_to");
    Map<Integer, CccdGenderCentury> byDigit = new HashMap<>();
    for (CsvRow row : reader.read(CCCD_GENDER_CENTURY, columns)) {
      CccdGenderCentury meaning;
      try {
        meaning =
            new CccdGenderCentury(
                row.integer("digit"),
                row.required("gender"),
                row.integer("birth_year_from"),
                row.integer("birth_year_to"));
      } catch (IllegalArgumentException e) {
        throw row.problem(e.getMessage());
      }
      if (byDigit.put(meaning.digit(), meaning) != null) {
        throw row.problem("digit " + meaning.digit() + " appears twice");
      }
    }
    return Map.copyOf(byDigit);
  }

  private static <K, V> Map<K, List<V>> copyOfListValues(Map<K, List<V>> map) {
    Map<K, List<V>> copy = new HashMap<>();
    map.forEach((key, values) -> copy.put(key, List.copyOf(values)));
    return Map.copyOf(copy);
  }
}
