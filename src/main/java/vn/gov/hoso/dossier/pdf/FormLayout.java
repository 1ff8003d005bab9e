package vn.gov.hoso.dossier.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.dossier.schema.FieldSpec;
import vn.gov.hoso.dossier.schema.TableSpec;

/**
 * What the printed forms share: the XHTML page with its metadata, running footer and draft mark, the photo box, the
 * numbered "label: value" lines, headings and bordered tables. Labels come from {@link DossierSchema}; a layout writes
 * the form's own wording where it differs from a field's label.
 */
abstract class FormLayout {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String WATERMARK = "BẢN NHÁP";
  static final String PERIOD = "Từ tháng, năm – đến tháng, năm";

  final DossierSchema schema;
  final CvValues values;
  final CvSource source;
  final JsonNode data;
  final Xhtml x = new Xhtml();

  FormLayout(DossierSchema schema, CvValues values, CvSource source) {
    this.schema = schema;
    this.values = values;
    this.source = source;
    this.data = source.data();
  }

  /** The XHTML document of the form. */
  abstract Document build(String css, boolean draft);

  /**
   * The html, head and body of the document: title, subject, author, the style sheet, the running footer (its lines
   * in order) and, on a draft, the diagonal "BẢN NHÁP" on every page.
   *
   * @return the body, to which the layout appends the form
   */
  Element page(String title, String css, boolean draft, List<String> footerLines) {
    Element html = x.element("html", "");
    html.setAttribute("lang", "vi");
    x.document().appendChild(html);
    Element head = x.add(html, "head", "");
    x.add(head, "title", "", title);
    meta(head, "subject", "Mã số định danh " + source.dossierId() + ", " + versionLabel());
    meta(head, "author", "Hồ sơ CBCCVC");
    x.add(head, "style", "", css);
    Element body = x.add(html, "body", "");
    Element footer = x.add(body, "div", "footer");
    for (int i = 0; i < footerLines.size(); i++) {
      if (i > 0) {
        x.add(footer, "br", "");
      }
      x.text(footer, footerLines.get(i));
    }
    if (draft) {
      x.add(body, "div", "watermark", WATERMARK);
    }
    return body;
  }

  /** "Mã số định danh … – phiên bản n" (or "– bản đang khai"): the first footer line of every form. */
  String identification() {
    return "Mã số định danh " + source.dossierId() + " – " + versionLabel();
  }

  String versionLabel() {
    return source.versionNumber() == 0 ? "bản đang khai" : "phiên bản " + source.versionNumber();
  }

  /** "……, ngày dd tháng mm năm yyyy" of the day the version was issued, in Vietnam. */
  String placeAndIssueDate() {
    LocalDate declared = source.issuedAt().atZone(VIETNAM).toLocalDate();
    return String.format("……, ngày %02d tháng %02d năm %d", declared.getDayOfMonth(), declared.getMonthValue(),
        declared.getYear());
  }

  void photo(Element cell) {
    byte[] photo = source.photo();
    if (photo == null || !isReadableImage(photo)) {
      x.add(cell, "div", "photo-box", "Ảnh màu (4 x 6 cm)");
      return;
    }
    Element img = x.add(cell, "img", "photo");
    img.setAttribute("src", "data:" + source.photoType() + ";base64," + Base64.getEncoder().encodeToString(photo));
    img.setAttribute("alt", "Ảnh");
  }

  /** A damaged upload prints the empty photo box instead of failing the whole CV. */
  private static boolean isReadableImage(byte[] photo) {
    try {
      return ImageIO.read(new ByteArrayInputStream(photo)) != null;
    } catch (IOException e) {
      return false;
    }
  }

  void meta(Element head, String name, String content) {
    Element meta = x.add(head, "meta", "");
    meta.setAttribute("name", name);
    meta.setAttribute("content", content);
  }

  void headerLine(Element cell, String fieldId, String label) {
    pair(x.add(cell, "p", "item"), field(fieldId), values.format(field(fieldId), data), label);
  }

  Element item(Element body, String number) {
    Element p = x.add(body, "p", number.contains(".") ? "item sub" : "item");
    x.add(p, "span", "no", number + (number.contains(".") ? "-" : ")"));
    return p;
  }

  /** One numbered line with one field, labelled as in the schema or with the form's wording. */
  void simple(Element body, String number, String label, String fieldId) {
    Element p = item(body, number);
    pair(p, field(fieldId), values.format(field(fieldId), data), label);
  }

  void simple(Element body, String number, String fieldId) {
    simple(body, number, "", fieldId);
  }

  /** One numbered line with several fields, each "label: value". */
  void items(Element body, String number, String... fieldIds) {
    Element p = item(body, number);
    for (String id : fieldIds) {
      pair(p, field(id), values.format(field(id), data), "");
    }
  }

  void pair(Element p, FieldSpec field, String value, String label) {
    pair(p, label.isEmpty() ? field.labelVi() : label, value);
  }

  void pair(Element p, String label, String value) {
    Element pair = x.add(p, "span", "pair");
    x.add(pair, "span", "label", label + ": ");
    x.add(pair, "span", value.isEmpty() ? "value blank" : "value", value.isEmpty() ? "\u00a0" : value);
  }

  void section(Element body, String number, String title) {
    Element h = x.add(body, "h2", "");
    x.add(h, "span", "no", number + ")");
    x.text(h, title);
  }

  void subheading(Element body, String number, String title) {
    Element h = x.add(body, "h3", "");
    x.add(h, "span", "no", number + "-");
    x.text(h, title);
  }

  /**
   * A table of the form: the named columns of the spec, {@code period} standing for the "Từ tháng, năm – đến tháng,
   * năm" column made of fromMonth and toMonth. With no rows, the header and one empty row, as on the paper form.
   */
  void rowsTable(Element body, TableSpec spec, Predicate<JsonNode> filter, String... columns) {
    List<String> headers = new ArrayList<>();
    for (String column : columns) {
      headers.add(column.equals("period") ? PERIOD : column(spec, column).labelVi());
    }
    grid(body, List.of(columns), headers, cells(spec, filter, columns));
  }

  /** The printed cells of the rows of a table that pass the filter, one list per row, in the given column order. */
  List<List<String>> cells(TableSpec spec, Predicate<JsonNode> filter, String... columns) {
    List<List<String>> cells = new ArrayList<>();
    for (JsonNode row : StreamSupport.stream(rows(spec.id()).spliterator(), false).filter(filter).toList()) {
      List<String> line = new ArrayList<>();
      for (String column : columns) {
        line.add(column.equals("period") ? CvValues.period(row) : values.format(column(spec, column), row));
      }
      cells.add(line);
    }
    return cells;
  }

  /** The state honours "title (year)", separated by "; ". */
  String honours() {
    List<String> honours = new ArrayList<>();
    for (JsonNode h : rows("stateHonours")) {
      honours.add(join(" ", h.path("title").asText(""), h.path("year").isMissingNode() ? "" : "(" + h.path("year")
          .asText() + ")"));
    }
    return String.join("; ", honours);
  }

  /**
   * A bordered table: one header row, then the given cells; column {@code i} gets the CSS class {@code col-<key i>}.
   * With no rows, one empty row, as on the paper form.
   */
  void grid(Element body, List<String> keys, List<String> headers, List<List<String>> cells) {
    Element table = x.add(body, "table", "grid");
    Element head = x.add(x.add(table, "thead", ""), "tr", "");
    for (int i = 0; i < keys.size(); i++) {
      x.add(head, "th", "col-" + keys.get(i), headers.get(i));
    }
    Element tbody = x.add(table, "tbody", "");
    if (cells.isEmpty()) {
      Element tr = x.add(tbody, "tr", "");
      for (int i = 0; i < keys.size(); i++) {
        x.add(tr, "td", "", "\u00a0");
      }
    }
    for (List<String> line : cells) {
      Element tr = x.add(tbody, "tr", "");
      for (int i = 0; i < keys.size(); i++) {
        x.add(tr, "td", "col-" + keys.get(i), line.get(i));
      }
    }
  }

  JsonNode rows(String tableId) {
    JsonNode rows = data.path(tableId);
    return rows.isArray() ? rows : MissingNode.getInstance();
  }

  FieldSpec field(String id) {
    return schema.field(id).orElseThrow(() -> new IllegalStateException("no dossier field " + id));
  }

  TableSpec table(String id) {
    return schema.table(id).orElseThrow(() -> new IllegalStateException("no dossier table " + id));
  }

  static FieldSpec column(TableSpec table, String id) {
    return table.columns().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no column " + id + " in " + table.id()));
  }

  static String join(String separator, String first, String second) {
    if (first.isEmpty() || second.isEmpty()) {
      return first.isEmpty() ? second : first;
    }
    return first + separator + second;
  }
}
