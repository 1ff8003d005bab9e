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
 * The "Mẫu sơ yếu lý lịch" of Thông tư 06/2023/TT-BNV as XHTML: header, photo box, items 1–38 in the form's order with
 * their numbers, the tables of items 32–37, the commitment and the two signature blocks. Labels come from
 * {@link DossierSchema}; where the form words a line differently from the field's own label the form's wording is
 * written here.
 */
final class Tt06Layout {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String WATERMARK = "BẢN NHÁP";

  private final DossierSchema schema;
  private final CvValues values;
  private final CvSource source;
  private final JsonNode data;
  private final Xhtml x = new Xhtml();

  Tt06Layout(DossierSchema schema, CvValues values, CvSource source) {
    this.schema = schema;
    this.values = values;
    this.source = source;
    this.data = source.data();
  }

  Document build(String css, boolean draft) {
    Element html = x.element("html", "");
    html.setAttribute("lang", "vi");
    x.document().appendChild(html);
    Element head = x.add(html, "head", "");
    x.add(head, "title", "", "Sơ yếu lý lịch cán bộ, công chức, viên chức");
    meta(head, "subject", "Mã số định danh " + source.dossierId()
        + (source.versionNumber() == 0 ? ", bản đang khai" : ", phiên bản " + source.versionNumber()));
    meta(head, "author", "Hồ sơ CBCCVC");
    x.add(head, "style", "", css);
    Element body = x.add(html, "body", "");
    x.add(body, "div", "footer", "Mã số định danh " + source.dossierId() + " – "
        + (source.versionNumber() == 0 ? "bản đang khai" : "phiên bản " + source.versionNumber()));
    if (draft) {
      x.add(body, "div", "watermark", WATERMARK);
    }
    header(body);
    identity(body);
    career(body);
    salary(body);
    training(body);
    history(body);
    family(body);
    closing(body);
    return x.document();
  }

  // ------------------------------------------------------------------------------------------------ header, 1–11

  private void header(Element body) {
    x.add(body, "p", "legal", "Mẫu sơ yếu lý lịch ban hành kèm theo Thông tư số 06/2023/TT-BNV ngày 04/5/2023 "
        + "của Bộ trưởng Bộ Nội vụ");
    Element table = x.add(body, "table", "header");
    Element row = x.add(table, "tr", "");
    Element left = x.add(row, "td", "agencies");
    headerLine(left, "managingAgencyId", "Cơ quan quản lý CBCCVC");
    headerLine(left, "employingUnitId", "Cơ quan, đơn vị sử dụng CBCCVC");
    Element right = x.add(row, "td", "numbers");
    headerLine(right, "staffNumber", "");
    headerLine(right, "dossierId", "");
  }

  private void identity(Element body) {
    Element table = x.add(body, "table", "title-block");
    Element row = x.add(table, "tr", "");
    Element photoCell = x.add(row, "td", "photo-cell");
    photo(photoCell);
    Element titleCell = x.add(row, "td", "title-cell");
    x.add(titleCell, "h1", "", "SƠ YẾU LÝ LỊCH");
    x.add(titleCell, "p", "subtitle", "CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC");

    Element p = item(body, "1");
    pair(p, field("fullName"), CvValues.capitals(values.format(field("fullName"), data)), "");
    pair(p, field("gender"), values.format(field("gender"), data), "");
    simple(body, "2", "otherNames");
    simple(body, "3", "Sinh ngày", "dateOfBirth");
    simple(body, "4", "placeOfBirth");
    simple(body, "5", "Quê quán (xã, phường; huyện, quận; tỉnh, thành phố)", "hometown");
    p = item(body, "6");
    pair(p, field("ethnicityCode"), values.format(field("ethnicityCode"), data), "");
    x.add(p, "span", "no inline", "7)");
    pair(p, field("religionCode"), values.format(field("religionCode"), data), "");
    items(body, "8", "citizenIdNumber", "citizenIdIssueDate", "contactPhone");
    items(body, "9", "socialInsuranceNumber", "healthInsuranceCardNumber");
    simple(body, "10", "currentResidence");
    simple(body, "11", "familyBackground");
  }

  private void photo(Element cell) {
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

  // ------------------------------------------------------------------------------------------------ 12–29

  private void career(Element body) {
    simple(body, "12", "occupationBeforeRecruitment");
    items(body, "13", "firstRecruitmentDate", "recruitingAgency");
    simple(body, "14", "currentAgencyJoinDate");
    items(body, "15", "partyAdmissionDate", "partyOfficialDate");
    Element p = item(body, "16");
    String org = join(", ", values.format(field("firstSocioPoliticalOrgName"), data),
        values.format(field("firstSocioPoliticalOrgDate"), data));
    pair(p, field("firstSocioPoliticalOrgDate"), org, "Ngày tham gia tổ chức chính trị - xã hội đầu tiên (ngày vào "
        + "Đoàn TNCSHCM, Công đoàn, Hội…)");
    items(body, "17", "militaryEnlistmentDate", "militaryDischargeDate", "highestMilitaryRank");
    simple(body, "18", "policyBeneficiaryTypes");
    p = item(body, "19");
    String grade = values.format(field("generalEducationGrade"), data);
    String system = values.format(field("generalEducationSystem"), data).replace(" năm", "");
    pair(p, field("generalEducationGrade"), grade.isEmpty() ? "" : grade + (system.isEmpty() ? "" : "/" + system),
        "Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào)");
    p = item(body, "20");
    JsonNode qualification = data.path("highestQualification");
    pair(p, field("highestQualification"), join(", ", qualification.path("level").asText(""),
        qualification.path("major").asText("")), "");
    p = item(body, "21");
    pair(p, field("academicTitle"), join(", năm ", values.format(field("academicTitle"), data),
        values.format(field("academicTitleYear"), data)), "");
    p = item(body, "22");
    List<String> honours = new ArrayList<>();
    for (JsonNode h : rows("stateHonours")) {
      honours.add(join(" ", h.path("title").asText(""), h.path("year").isMissingNode() ? "" : "(" + h.path("year")
          .asText() + ")"));
    }
    pair(p, table("stateHonours").labelVi(), String.join("; ", honours));
    items(body, "23", "currentPosition", "positionAppointedDate", "positionReappointedDate");
    simple(body, "24", "plannedTitles");
    simple(body, "25", "concurrentPositions");
    simple(body, "26", "currentPartyPosition");
    simple(body, "27", "concurrentPartyPositions");
    simple(body, "28", "mainAssignedWork");
    items(body, "29", "workStrengths", "longestHeldWork");
  }

  // ------------------------------------------------------------------------------------------------ 30–31

  private void salary(Element body) {
    Element p = item(body, "30");
    x.add(p, "span", "label", "Tiền lương");
    items(body, "30.1", "rankOrTitleName", "rankOrTitleCode", "rankAppointedDate", "salaryStep", "salaryCoefficient",
        "salaryEffectiveDate", "salaryPercent", "seniorityAllowancePercent", "seniorityAllowanceDate");
    items(body, "30.2", "positionAllowanceCoefficient", "concurrentPositionAllowance", "otherAllowances");
    items(body, "30.3", "jobPositionName", "jobPositionCode", "jobPositionSalaryStep", "jobPositionSalaryAmount",
        "jobPositionSalaryDate", "jobPositionSalaryPercent", "jobPositionSeniorityPercent",
        "jobPositionSeniorityDate");
    items(body, "31", "healthStatus", "heightCm", "weightKg", "bloodType");
  }

  // ------------------------------------------------------------------------------------------------ 32–37

  private void training(Element body) {
    section(body, "32", "QUÁ TRÌNH ĐÀO TẠO, BỒI DƯỠNG");
    table(body, "professionalTraining", "institution", "major", "period", "trainingForm", "degree");
    table(body, "politicalTheoryTraining", "institution", "period", "trainingForm", "certificate");
    table(body, "stateManagementTraining", "institution", "period", "certificate");
    table(body, "defenceSecurityTraining", "institution", "period", "certificate");
    table(body, "itTraining", "institution", "period", "certificate");
    table(body, "languageTraining", "institution", "languageName", "period", "certificate", "score");
  }

  private void history(Element body) {
    section(body, "33", "TÓM TẮT QUÁ TRÌNH CÔNG TÁC");
    table(body, "workHistory", "period", "unit", "titleOrPosition");
    section(body, "34", "ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN");
    simple(body, "34.1", "detentionHistory");
    table(body, "formerRegimeService", "period", "description");
    table(body, "foreignOrganisationTies", "period", "description");
    section(body, "35", "KHEN THƯỞNG, KỶ LUẬT");
    table(body, "annualRecords", "year", "qualityRating", "emulationTitle", "awardForms");
    table(body, "disciplineRecords", "period", "disciplineKind", "form", "mainViolation", "decidingAuthority");
  }

  private void family(Element body) {
    section(body, "36", "QUAN HỆ GIA ĐÌNH");
    TableSpec members = table("familyMembers");
    subheading(body, "36.1", "Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột");
    rowsTable(body, members, r -> "SELF".equals(r.path("side").asText()), "relationship", "fullName", "birthYear",
        "details");
    subheading(body, "36.2", "Về bên vợ (hoặc chồng): Cha, Mẹ, anh chị em ruột");
    rowsTable(body, members, r -> "SPOUSE".equals(r.path("side").asText()), "relationship", "fullName", "birthYear",
        "details");

    section(body, "37", "HOÀN CẢNH KINH TẾ GIA ĐÌNH");
    table(body, "salaryHistory", "period", "rankOrTitleCode", "salaryStep", "salaryCoefficient", "positionBasedSalary");
    table(body, "allowanceHistory", "period", "allowanceType", "percent", "coefficient", "paymentForm", "amountVnd");
    FieldSpec economy = field("householdEconomy");
    subheading(body, "37.3", economy.labelVi());
    JsonNode household = data.path("householdEconomy");
    for (FieldSpec member : economy.components()) {
      Element p = x.add(body, "p", "item sub");
      x.add(p, "span", "", "– ");
      String text = member.components().isEmpty() ? values.format(member, household)
          : values.object(member, household.path(member.id()));
      pair(p, member.labelVi(), text);
    }
  }

  // ------------------------------------------------------------------------------------------------ 38, signatures

  private void closing(Element body) {
    section(body, "38", "NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, TỔ CHỨC, ĐƠN VỊ SỬ DỤNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC");
    for (int i = 0; i < 3; i++) {
      x.add(body, "p", "dots", "");
    }
    Element table = x.add(body, "table", "signatures");
    Element row = x.add(table, "tr", "");
    Element left = x.add(row, "td", "");
    LocalDate declared = source.issuedAt().atZone(VIETNAM).toLocalDate();
    x.add(left, "p", "place-date", String.format("……, ngày %02d tháng %02d năm %d", declared.getDayOfMonth(),
        declared.getMonthValue(), declared.getYear()));
    x.add(left, "p", "sign-title", "NGƯỜI KHAI");
    x.add(left, "p", "sign-note", field("declarantCommitment").labelVi());
    x.add(left, "p", "sign-hint", "(Ký tên, ghi rõ họ tên)");
    x.add(left, "p", "sign-name", values.format(field("fullName"), data));
    Element right = x.add(row, "td", "");
    x.add(right, "p", "place-date", "……, ngày …… tháng …… năm ……");
    x.add(right, "p", "sign-title", "XÁC NHẬN CỦA CƠ QUAN, TỔ CHỨC, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC, "
        + "VIÊN CHỨC");
    x.add(right, "p", "sign-hint", "(Ký tên, đóng dấu)");
  }

  // ------------------------------------------------------------------------------------------------ building blocks

  private void meta(Element head, String name, String content) {
    Element meta = x.add(head, "meta", "");
    meta.setAttribute("name", name);
    meta.setAttribute("content", content);
  }

  private void headerLine(Element cell, String fieldId, String label) {
    pair(x.add(cell, "p", "item"), field(fieldId), values.format(field(fieldId), data), label);
  }

  private Element item(Element body, String number) {
    Element p = x.add(body, "p", number.contains(".") ? "item sub" : "item");
    x.add(p, "span", "no", number + (number.contains(".") ? "-" : ")"));
    return p;
  }

  /** One numbered line with one field, labelled as in the schema or with the form's wording. */
  private void simple(Element body, String number, String label, String fieldId) {
    Element p = item(body, number);
    pair(p, field(fieldId), values.format(field(fieldId), data), label);
  }

  private void simple(Element body, String number, String fieldId) {
    simple(body, number, "", fieldId);
  }

  /** One numbered line with several fields, each "label: value". */
  private void items(Element body, String number, String... fieldIds) {
    Element p = item(body, number);
    for (String id : fieldIds) {
      pair(p, field(id), values.format(field(id), data), "");
    }
  }

  private void pair(Element p, FieldSpec field, String value, String label) {
    pair(p, label.isEmpty() ? field.labelVi() : label, value);
  }

  private void pair(Element p, String label, String value) {
    Element pair = x.add(p, "span", "pair");
    x.add(pair, "span", "label", label + ": ");
    x.add(pair, "span", value.isEmpty() ? "value blank" : "value", value.isEmpty() ? "\u00a0" : value);
  }

  private void section(Element body, String number, String title) {
    Element h = x.add(body, "h2", "");
    x.add(h, "span", "no", number + ")");
    x.text(h, title);
  }

  private void subheading(Element body, String number, String title) {
    Element h = x.add(body, "h3", "");
    x.add(h, "span", "no", number + "-");
    x.text(h, title);
  }

  private void table(Element body, String tableId, String... columns) {
    TableSpec spec = table(tableId);
    if (spec.itemNo().contains(".")) { // a whole item (33) already has its section heading
      subheading(body, spec.itemNo(), spec.labelVi());
    }
    rowsTable(body, spec, r -> true, columns);
  }

  /**
   * A table of the form: the named columns of the spec, {@code period} standing for the "Từ tháng, năm – đến tháng,
   * năm" column made of fromMonth and toMonth. With no rows, the header and one empty row, as on the paper form.
   */
  private void rowsTable(Element body, TableSpec spec, Predicate<JsonNode> filter, String... columns) {
    Element table = x.add(body, "table", "grid");
    Element head = x.add(x.add(table, "thead", ""), "tr", "");
    for (String column : columns) {
      x.add(head, "th", "col-" + column, column.equals("period") ? "Từ tháng, năm – đến tháng, năm"
          : column(spec, column).labelVi());
    }
    Element tbody = x.add(table, "tbody", "");
    List<JsonNode> rows = StreamSupport.stream(rows(spec.id()).spliterator(), false).filter(filter).toList();
    if (rows.isEmpty()) {
      Element tr = x.add(tbody, "tr", "");
      for (String column : columns) {
        x.add(tr, "td", "", "\u00a0");
      }
    }
    for (JsonNode row : rows) {
      Element tr = x.add(tbody, "tr", "");
      for (String column : columns) {
        String text = column.equals("period") ? CvValues.period(row) : values.format(column(spec, column), row);
        x.add(tr, "td", "col-" + column, text);
      }
    }
  }

  private JsonNode rows(String tableId) {
    JsonNode rows = data.path(tableId);
    return rows.isArray() ? rows : MissingNode.getInstance();
  }

  private FieldSpec field(String id) {
    return schema.field(id).orElseThrow(() -> new IllegalStateException("no dossier field " + id));
  }

  private TableSpec table(String id) {
    return schema.table(id).orElseThrow(() -> new IllegalStateException("no dossier table " + id));
  }

  private static FieldSpec column(TableSpec table, String id) {
    return table.columns().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no column " + id + " in " + table.id()));
  }

  private static String join(String separator, String first, String second) {
    if (first.isEmpty() || second.isEmpty()) {
      return first.isEmpty() ? second : first;
    }
    return first + separator + second;
  }
}
