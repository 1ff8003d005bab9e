package vn.gov.hoso.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.gov.hoso.calendar.DayOff;
import vn.gov.hoso.calendar.DayOffKind;
import vn.gov.hoso.calendar.YearSchedule;

/**
 * Reads {@code official-days-off.csv} ({@code date,kind,note}) into one {@link YearSchedule} per announced year.
 *
 * <p>A year is announced when the file lists a {@code holiday} dated in it. A row dated in a year that is not
 * announced belongs to the nearest announced year (31/12/2018 belongs to the 2019 New Year arrangement).
 *
 * <p>The file's notes are English; the Vietnamese names are derived from them: a holiday note starts with the
 * holiday's Vietnamese name ("Tết Âm lịch" is named "Tết Nguyên đán"), a compensatory note reads "for NAME on …"
 * and becomes "Nghỉ bù NAME", and the first ISO date in a swap note is the make-up day (or the day made up for).
 */
final class OfficialDaysOffCsv {

  private static final List<String> HOLIDAY_NAMES =
      List.of("Tết Dương lịch", "Giỗ Tổ Hùng Vương", "Ngày Chiến thắng", "Ngày Quốc tế Lao động", "Quốc khánh");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern COMPENSATES = Pattern.compile("^for (.+?) on .*$");
  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private OfficialDaysOffCsv() {}

  static List<YearSchedule> readClasspath(String resource) {
    ClassLoader loader = OfficialDaysOffCsv.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<YearSchedule> read(Reader reader) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    List<DayOff> rows = new ArrayList<>();
    for (CSVRecord record : format.parse(reader)) {
      LocalDate date = LocalDate.parse(record.get("date"));
      DayOffKind kind = DayOffKind.valueOf(record.get("kind").toUpperCase(Locale.ROOT));
      rows.add(new DayOff(date, kind, name(kind, record.get("note"))));
    }
    Set<Integer> announced = rows.stream()
        .filter(row -> row.kind() == DayOffKind.HOLIDAY)
        .map(row -> row.date().getYear())
        .collect(Collectors.toSet());
    Map<Integer, List<DayOff>> byYear = new TreeMap<>();
    for (DayOff row : rows) {
      byYear.computeIfAbsent(arrangementYear(row.date(), announced), year -> new ArrayList<>()).add(row);
    }
    return byYear.entrySet().stream().map(e -> new YearSchedule(e.getKey(), e.getValue())).toList();
  }

  private static int arrangementYear(LocalDate date, Set<Integer> announced) {
    int year = date.getYear();
    return announced.stream()
        .min(Comparator.comparingInt((Integer candidate) -> Math.abs(candidate - year)))
        .orElseThrow(() -> new IllegalArgumentException("no holiday listed, cannot place " + date));
  }

  static String name(DayOffKind kind, String note) {
    return switch (kind) {
      case HOLIDAY -> holidayName(note);
      case COMPENSATORY -> {
        Matcher matcher = COMPENSATES.matcher(note);
        yield "Nghỉ bù " + holidayName(matcher.matches() ? matcher.group(1) : note);
      }
      case SWAPPED_OFF -> firstDate(note).map(d -> "Nghỉ hoán đổi (làm bù ngày " + d + ")").orElse("Nghỉ hoán đổi");
      case SWAPPED_WORKDAY -> firstDate(note).map(d -> "Làm bù cho ngày " + d).orElse("Ngày làm bù");
    };
  }

  private static String holidayName(String text) {
    String trimmed = text.strip();
    if (trimmed.startsWith("Tết Âm lịch") || trimmed.startsWith("Tết Nguyên đán")) {
      return "Tết Nguyên đán";
    }
    for (String name : HOLIDAY_NAMES) {
      if (trimmed.startsWith(name)) {
        return name;
      }
    }
    int cut = trimmed.length();
    for (char stop : new char[] {'(', ','}) {
      int at = trimmed.indexOf(stop);
      if (at > 0) {
        cut = Math.min(cut, at);
      }
    }
    return trimmed.substring(0, cut).strip();
  }

  private static Optional<String> firstDate(String note) {
    Matcher matcher = ISO_DATE.matcher(note);
    return matcher.find()
        ? Optional.of(LocalDate.parse(matcher.group()).format(VIETNAMESE_DATE))
        : Optional.empty();
  }
}
