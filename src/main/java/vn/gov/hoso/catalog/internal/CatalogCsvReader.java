package vn.gov.hoso.catalog.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads {@code classpath:catalogs/<stem>.csv}: RFC 4180, strict UTF-8 (a leading byte-order mark is skipped), a header
 * line, values trimmed, blank lines ignored. Fails with the file and line on anything it cannot read, so a broken
 * catalog stops the application at startup instead of answering lookups wrongly.
 */
final class CatalogCsvReader {

  private static final String LOCATION = "classpath:catalogs/";
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final ResourceLoader resourceLoader;
  private final CSVFormat format;

  CatalogCsvReader(ResourceLoader resourceLoader) {
    this.resourceLoader = resourceLoader;
    this.format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(false)
            .get();
  }

  /** All data rows of the file in file order; the header must name every required column. */
  List<CsvRow> read(String fileStem, List<String> requiredColumns) {
    String file = "catalogs/" + fileStem + ".csv";
    Resource resource = resourceLoader.getResource(LOCATION + fileStem + ".csv");
    if (!resource.exists()) {
      throw new IllegalStateException(file + " is missing from the classpath");
    }
    try (Reader reader = openUtf8(resource);
        CSVParser parser = format.parse(reader)) {
      List<String> headers = parser.getHeaderNames();
      for (String column : requiredColumns) {
        if (!headers.contains(column)) {
          throw new IllegalStateException(file + ": header has no column " + column + " (found " + headers + ")");
        }
      }
      List<CsvRow> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (record.size() != headers.size()) {
          throw new IllegalStateException(
              file + " line " + line + ": " + record.size() + " values for " + headers.size() + " columns");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
          values.put(headers.get(i), record.get(i));
        }
        rows.add(new CsvRow(file, line, values));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw unreadable(file, e);
    } catch (UncheckedIOException e) {
      throw unreadable(file, e.getCause());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(file + ": bad header: " + e.getMessage(), e);
    }
  }

  private static IllegalStateException unreadable(String file, IOException cause) {
    return new IllegalStateException(file + ": not readable as UTF-8 CSV: " + cause.getMessage(), cause);
  }

  private static Reader openUtf8(Resource resource) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8.newDecoder()));
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
    return reader;
  }
}
