package vn.gov.hoso.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes a table row by row, as .xlsx (Apache POI SXSSF: only the last {@value #WINDOW} rows stay in memory, the rest
 * is flushed to a temporary file) or as CSV (UTF-8 with a byte-order mark so Excel shows Vietnamese correctly).
 * Values: text, numbers, {@link LocalDate} (written dd/MM/yyyy), booleans ("Có"/"Không"), null (empty cell).
 */
public abstract class TableWriter implements AutoCloseable {

  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String CSV = "text/csv";

  private static final int WINDOW = 200;

  /** Starts a workbook with one sheet; {@link #close} writes it to {@code out}. */
  public static TableWriter xlsx(OutputStream out, String sheetName) {
    return new Xlsx(out, sheetName);
  }

  public static TableWriter csv(OutputStream out) {
    return new Csv(out);
  }

  /** Starts another sheet (.xlsx); in CSV an empty line and the name. */
  public abstract void sheet(String name);

  /** A header row (bold in .xlsx). */
  public abstract void header(List<String> titles);

  public abstract void row(List<?> values);

  @Override
  public abstract void close();

  /** A value as text: dates dd/MM/yyyy, booleans Có/Không, null empty. */
  public static String csvText(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof LocalDate day) {
      return String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
    if (value instanceof Boolean yes) {
      return yes ? "Có" : "Không";
    }
    return value.toString();
  }

  private static final class Xlsx extends TableWriter {
    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private Sheet sheet;
    private final CellStyle bold;
    private int next;

    Xlsx(OutputStream out, String sheetName) {
      this.out = out;
      this.sheet = workbook.createSheet(sheetName);
      Font font = workbook.createFont();
      font.setBold(true);
      this.bold = workbook.createCellStyle();
      bold.setFont(font);
    }

    @Override
    public void sheet(String name) {
      sheet = workbook.createSheet(name);
      next = 0;
    }

    @Override
    public void header(List<String> titles) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < titles.size(); i++) {
        row.createCell(i).setCellValue(titles.get(i));
        row.getCell(i).setCellStyle(bold);
      }
    }

    @Override
    public void row(List<?> values) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (value instanceof Number number) {
          row.createCell(i).setCellValue(number.doubleValue());
        } else if (value != null) {
          row.createCell(i).setCellValue(csvText(value));
        }
      }
    }

    @Override
    public void close() {
      try {
        workbook.write(out);
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        workbook.dispose();
        try {
          workbook.close();
        } catch (IOException e) {
          // the temporary files are gone already (dispose)
        }
      }
    }
  }

  private static final class Csv extends TableWriter {
    private final Writer writer;
    private final CSVPrinter printer;

    Csv(OutputStream out) {
      try {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void sheet(String name) {
      row(List.of());
      row(List.of(name));
    }

    @Override
    public void header(List<String> titles) {
      row(titles);
    }

    @Override
    public void row(List<?> values) {
      try {
        printer.printRecord(values.stream().map(TableWriter::csvText).toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        printer.flush();
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
