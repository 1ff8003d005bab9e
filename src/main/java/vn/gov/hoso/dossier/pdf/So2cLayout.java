package vn.gov.hoso.dossier.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.dossier.schema.TableSpec;

/**
 * The "Sơ yếu lý lịch cán bộ, công chức", Mẫu 2C-BNV/2008 (Quyết định 02/2008/QĐ-BNV), as XHTML: the form code and
 * its legal basis, the two agency lines and the staff number, photo box and title, items 1–32 in the form's order and
 * numbering, its tables (27 training, 28 career, 29 personal history, 30 family, 31 salary progression), item 32 for
 * the agency's assessment and the two signature blocks. Each line is filled from the TT 06/2023 field the "2C" column
 * of {@code dossier-fields.md} names; the 2C lines without a field of their own are derived:
 *
 * <ul>
 *   <li>12 (current positions) joins 23, 25, 26 and 27; 14 prints the rank code as stored ("Mã ngạch");
 *   <li>15.3–15.6 list the certificates of tables 32.2, 32.3, 32.6 (with the language) and 32.5;
 *   <li>21 lists the award forms of table 35.1 with their year, 22 the discipline of 35.2 with kind and year;
 *   <li>27 is the six training tables 32.1–32.6 in one table, by start month; 28 is table 33 with the
 *       professional training of 32.1 (the 2C career summary includes study periods), by start month;
 *   <li>29 holds 34.1–34.3 and the relatives of table 36 marked as living abroad;
 *   <li>31 is table 37.1 across the page (month, code/step, coefficient — or the position-based salary).
 * </ul>
 *
 * <p>A printout of a digitally signed version says on every page that it is not the signed document.
 */
final class So2cLayout extends FormLayout {

  static final String SIGNED_PRINT_NOTE = "Bản in theo mẫu 2C từ phiên bản đã ký số %d — văn bản có chữ ký số là "
      + "bản theo mẫu TT 06/2023";
  private static final int SALARY_COLUMNS = 7;

  private final boolean printOfSignedVersion;

  So2cLayout(DossierSchema schema, CvValues values, CvSource source, boolean printOfSignedVersion) {
    super(schema, values, source);
    this.printOfSignedVersion = printOfSignedVersion;
  }

  @Override
  Document build(String css, boolean draft) {
    List<String> footer = printOfSignedVersion
        ? List.of(identification(), String.format(Locale.ROOT, SIGNED_PRINT_NOTE, source.versionNumber()))
        : List.of(identification());
    Element body = page("Sơ yếu lý lịch cán bộ, công chức (Mẫu 2C-BNV/2008)", css, draft, footer);
    header(body);
    identity(body);
    career(body);
    qualifications(body);
    background(body);
    training(body);
    workHistory(body);
    personalHistory(body);
    family(body);
    salaryProgression(body);
    closing(body);
    return x.document();
  }

  // ------------------------------------------------------------------------------------------------ header, 1–9

  private void header(Element body) {
    Element table = x.add(body, "table", "header");
    Element row = x.add(table, "tr", "");
    Element left = x.add(row, "td", "agencies");
    headerLine(left, "managingAgencyId", "Cơ quan, đơn vị có thẩm quyền quản lý CBCC");
    headerLine(left, "employingUnitId", "Cơ quan, đơn vị sử dụng CBCC");
    Element right = x.add(row, "td", "numbers");
    x.add(right, "p", "form-code", "Mẫu 2C-BNV/2008");
    x.add(right, "p", "form-basis", "(Ban hành kèm theo Quyết định số 02/2008/QĐ-BNV");
    x.add(right, "p", "form-basis", "ngày 06/10/2008 của Bộ trưởng Bộ Nội vụ)");
    headerLine(right, "staffNumber", "Số hiệu cán bộ, công chức");
  }

  private void identity(Element body) {
    Element table = x.add(body, "table", "title-block");
    Element row = x.add(table, "tr", "");
    photo(x.add(row, "td", "photo-cell"));
    Element titleCell = x.add(row, "td", "title-cell");
    x.add(titleCell, "h1", "title-2c", "SƠ YẾU LÝ LỊCH CÁN BỘ, CÔNG CHỨC");

    Element p = item(body, "1");
    pair(p, "Họ và tên khai sinh (viết chữ in hoa)", CvValues.capitals(text("fullName")));
    simple(body, "2", "Tên gọi khác", "otherNames");
    p = item(body, "3");
    pair(p, "Sinh ngày", text("dateOfBirth"));
    pair(p, "Giới tính (nam, nữ)", text("gender"));
    simple(body, "4", "Nơi sinh", "placeOfBirth");
    simple(body, "5", "Quê quán", "hometown");
    p = item(body, "6");
    pair(p, "Dân tộc", text("ethnicityCode"));
    x.add(p, "span", "no inline", "7)");
    pair(p, "Tôn giáo", text("religionCode"));
    simple(body, "8", "Nơi đăng ký hộ khẩu thường trú", "legacyPermanentResidence");
    hint(body, "(Số nhà, đường phố, thành phố, xóm, thôn, xã, huyện, tỉnh)");
    simple(body, "9", "Nơi ở hiện nay", "currentResidence");
    hint(body, "(Số nhà, đường phố, thành phố, xóm, thôn, xã, huyện, tỉnh)");
  }

  // ------------------------------------------------------------------------------------------------ 10–15

  private void career(Element body) {
    simple(body, "10", "Nghề nghiệp khi được tuyển dụng", "occupationBeforeRecruitment");
    Element p = item(body, "11");
    pair(p, "Ngày tuyển dụng", text("firstRecruitmentDate"));
    pair(p, "Cơ quan tuyển dụng", text("recruitingAgency"));
    p = item(body, "12");
    pair(p, "Chức vụ (chức danh) hiện tại", joinAll("; ", text("currentPosition"), text("concurrentPositions"),
        text("currentPartyPosition"), text("concurrentPartyPositions")));
    hint(body, "(Về chính quyền hoặc Đảng, đoàn thể, kể cả chức vụ kiêm nhiệm)");
    simple(body, "13", "Công việc chính được giao", "mainAssignedWork");
    p = item(body, "14");
    pair(p, "Ngạch công chức (viên chức)", text("rankOrTitleName"));
    pair(p, "Mã ngạch", data.path("rankOrTitleCode").asText("").trim());
    pair(p, "Bậc lương", text("salaryStep"));
    pair(p, "Hệ số", text("salaryCoefficient"));
    pair(p, "Ngày hưởng", text("salaryEffectiveDate"));
    pair(p, "Phụ cấp chức vụ", text("positionAllowanceCoefficient"));
    pair(p, "Phụ cấp khác", text("otherAllowances"));
  }

  private void qualifications(Element body) {
    Element p = item(body, "15.1");
    String grade = text("generalEducationGrade");
    String system = text("generalEducationSystem").replace(" năm", "");
    pair(p, "Trình độ giáo dục phổ thông (đã tốt nghiệp lớp mấy/thuộc hệ nào)",
        grade.isEmpty() ? "" : grade + (system.isEmpty() ? "" : "/" + system));
    p = item(body, "15.2");
    JsonNode qualification = data.path("highestQualification");
    pair(p, "Trình độ chuyên môn cao nhất", join(", ", qualification.path("level").asText(""),
        qualification.path("major").asText("")));
    hint(body, "(TSKH, TS, Ths, cử nhân, kỹ sư, cao đẳng, trung cấp, sơ cấp; chuyên ngành)");
    pair(item(body, "15.3"), "Lý luận chính trị", certificates("politicalTheoryTraining"));
    hint(body, "(Cao cấp, trung cấp, sơ cấp và tương đương)");
    pair(item(body, "15.4"), "Quản lý nhà nước", certificates("stateManagementTraining"));
    hint(body, "(chuyên viên cao cấp, chuyên viên chính, chuyên viên, cán sự, …)");
    List<String> languages = new ArrayList<>();
    for (JsonNode row : rows("languageTraining")) {
      languages.add(join(" – ", row.path("languageName").asText("").trim(), row.path("certificate").asText("")
          .trim()));
    }
    pair(item(body, "15.5"), "Ngoại ngữ", distinct(languages));
    hint(body, "(Tên ngoại ngữ + Trình độ A, B, C, D…)");
    pair(item(body, "15.6"), "Tin học", certificates("itTraining"));
    hint(body, "(Trình độ A, B, C, …)");
  }

  // ------------------------------------------------------------------------------------------------ 16–26

  private void background(Element body) {
    Element p = item(body, "16");
    pair(p, "Ngày vào Đảng Cộng sản Việt Nam", text("partyAdmissionDate"));
    pair(p, "Ngày chính thức", text("partyOfficialDate"));
    p = item(body, "17");
    pair(p, "Ngày tham gia tổ chức chính trị - xã hội", join(", ", text("firstSocioPoliticalOrgName"),
        text("firstSocioPoliticalOrgDate")));
    hint(body, "(Ngày tham gia tổ chức: Đoàn, Hội, … và làm việc gì trong tổ chức đó)");
    items(body, "18", "militaryEnlistmentDate", "militaryDischargeDate", "highestMilitaryRank");
    pair(item(body, "19"), "Danh hiệu được phong tặng cao nhất", honours());
    hint(body, "(Anh hùng lao động, anh hùng lực lượng vũ trang; nhà giáo, thầy thuốc, nghệ sĩ nhân dân và ưu tú, …)");
    simple(body, "20", "Sở trường công tác", "workStrengths");
    p = item(body, "21");
    pair(p, "Khen thưởng", awards());
    x.add(p, "span", "no inline", "22)");
    pair(p, "Kỷ luật", discipline());
    hint(body, "(Khen thưởng, kỷ luật: hình thức cao nhất, năm nào; kỷ luật về đảng, chính quyền, đoàn thể)");
    items(body, "23", "healthStatus", "heightCm", "weightKg", "bloodType");
    pair(item(body, "24"), "Là thương binh hạng, là con gia đình chính sách", text("policyBeneficiaryTypes"));
    hint(body, "(Con thương binh, con liệt sĩ, người nhiễm chất độc da cam Dioxin)");
    p = item(body, "25");
    pair(p, "Số chứng minh nhân dân", text("citizenIdNumber"));
    pair(p, "Ngày cấp", text("citizenIdIssueDate"));
    simple(body, "26", "Số sổ BHXH", "socialInsuranceNumber");
  }

  // ------------------------------------------------------------------------------------------------ 27–31

  private void training(Element body) {
    section(body, "27", "ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ, TIN HỌC");
    List<Dated> rows = new ArrayList<>();
    for (String tableId : List.of("professionalTraining", "politicalTheoryTraining", "stateManagementTraining",
        "defenceSecurityTraining", "itTraining", "languageTraining")) {
      TableSpec spec = table(tableId);
      for (JsonNode row : rows(tableId)) {
        String major = tableId.equals("professionalTraining") ? row.path("major").asText("").trim()
            : tableId.equals("languageTraining") ? row.path("languageName").asText("").trim() : spec.labelVi();
        String degree = tableId.equals("professionalTraining") ? row.path("degree").asText("").trim()
            : row.path("certificate").asText("").trim();
        String score = tableId.equals("languageTraining") ? values.format(column(spec, "score"), row) : "";
        rows.add(new Dated(row, List.of(row.path("institution").asText("").trim(), major, CvValues.period(row),
            row.path("trainingForm").asText("").trim(), join(", điểm số: ", degree, score))));
      }
    }
    grid(body, List.of("institution", "major", "period", "trainingForm", "degree"),
        List.of("Tên trường", "Chuyên ngành đào tạo, bồi dưỡng", PERIOD, "Hình thức đào tạo",
            "Văn bằng, chứng chỉ, trình độ gì"), byStartMonth(rows));
    hint(body, "Ghi chú: Hình thức đào tạo: Chính quy, tại chức, chuyên tu, bồi dưỡng …; Văn bằng: TSKH, TS, Ths, "
        + "Cử nhân, Kỹ sư …");
  }

  private void workHistory(Element body) {
    section(body, "28", "TÓM TẮT QUÁ TRÌNH CÔNG TÁC");
    List<Dated> rows = new ArrayList<>();
    for (JsonNode row : rows("workHistory")) {
      rows.add(new Dated(row, List.of(CvValues.period(row), join(", ", row.path("titleOrPosition").asText("").trim(),
          row.path("unit").asText("").trim()))));
    }
    for (JsonNode row : rows("professionalTraining")) {
      String study = join(", ", "Học " + row.path("major").asText("").trim(), row.path("institution").asText("")
          .trim());
      String form = row.path("trainingForm").asText("").trim();
      rows.add(new Dated(row, List.of(CvValues.period(row), form.isEmpty() ? study : study + " (" + form + ")")));
    }
    grid(body, List.of("period", "career"), List.of(PERIOD, "Chức danh, chức vụ, đơn vị công tác (đảng, chính "
        + "quyền, đoàn thể, tổ chức xã hội), kể cả thời gian được đào tạo, bồi dưỡng về chuyên môn, nghiệp vụ"),
        byStartMonth(rows));
  }

  private void personalHistory(Element body) {
    section(body, "29", "ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN");
    pair(x.add(body, "p", "item sub"), "– Khai rõ: bị bắt, bị tù (từ ngày tháng năm nào đến ngày tháng năm nào, ở "
        + "đâu), đã khai báo cho ai, những vấn đề gì", text("detentionHistory"));
    x.add(body, "p", "item sub", "– Bản thân có làm việc trong chế độ cũ (cơ quan, đơn vị nào, địa điểm, chức danh, "
        + "chức vụ, thời gian làm việc …):");
    rowsTable(body, table("formerRegimeService"), r -> true, "period", "description");
    x.add(body, "p", "item sub", "– Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội nào ở nước "
        + "ngoài (làm gì, tổ chức nào, đặt trụ sở ở đâu …):");
    rowsTable(body, table("foreignOrganisationTies"), r -> true, "period", "description");
    List<String> abroad = new ArrayList<>();
    for (JsonNode member : rows("familyMembers")) {
      if (member.path("residesAbroad").asBoolean(false)) {
        abroad.add(join(": ", join(" ", member.path("relationship").asText(""), member.path("fullName").asText("")),
            member.path("details").asText("").trim()));
      }
    }
    pair(x.add(body, "p", "item sub"), "– Có thân nhân (Cha, Mẹ, Vợ, Chồng, con, anh chị em ruột) ở nước ngoài "
        + "(làm gì, địa chỉ …)", String.join("; ", abroad));
  }

  private void family(Element body) {
    section(body, "30", "QUAN HỆ GIA ĐÌNH");
    TableSpec members = table("familyMembers");
    List<String> keys = List.of("relationship", "fullName", "birthYear", "details");
    List<String> headers = List.of("Mối quan hệ", "Họ và tên", "Năm sinh", "Quê quán, nghề nghiệp, chức danh, "
        + "chức vụ, đơn vị công tác, học tập, nơi ở (trong, ngoài nước); thành viên các tổ chức chính trị - xã hội …");
    x.add(body, "h3", "", "a) Về bản thân: Cha, Mẹ, Vợ (hoặc chồng), các con, anh chị em ruột");
    grid(body, keys, headers, cells(members, r -> "SELF".equals(r.path("side").asText()),
        keys.toArray(String[]::new)));
    x.add(body, "h3", "", "b) Về bên vợ (hoặc chồng): Cha, Mẹ, anh chị em ruột");
    grid(body, keys, headers, cells(members, r -> "SPOUSE".equals(r.path("side").asText()),
        keys.toArray(String[]::new)));
  }

  /** Item 31 runs across the page as on the paper form: one column per salary change, several tables if needed. */
  private void salaryProgression(Element body) {
    section(body, "31", "DIỄN BIẾN QUÁ TRÌNH LƯƠNG CỦA CÁN BỘ, CÔNG CHỨC");
    TableSpec spec = table("salaryHistory");
    List<JsonNode> rows = StreamSupport.stream(rows("salaryHistory").spliterator(), false).toList();
    int chunks = Math.max(1, (rows.size() + SALARY_COLUMNS - 1) / SALARY_COLUMNS);
    for (int chunk = 0; chunk < chunks; chunk++) {
      List<JsonNode> part = rows.subList(Math.min(rows.size(), chunk * SALARY_COLUMNS),
          Math.min(rows.size(), (chunk + 1) * SALARY_COLUMNS));
      Element table = x.add(body, "table", "grid salary-2c");
      Element month = x.add(table, "tr", "");
      Element code = x.add(table, "tr", "");
      Element coefficient = x.add(table, "tr", "");
      x.add(month, "th", "", "Tháng/năm");
      x.add(code, "th", "", "Mã ngạch/bậc");
      x.add(coefficient, "th", "", "Hệ số lương");
      for (int i = 0; i < SALARY_COLUMNS; i++) {
        if (i >= part.size()) {
          x.add(month, "td", "", "\u00a0");
          x.add(code, "td", "", "\u00a0");
          x.add(coefficient, "td", "", "\u00a0");
          continue;
        }
        JsonNode row = part.get(i);
        x.add(month, "td", "", row.path("fromMonth").asText("").trim());
        x.add(code, "td", "", join("/", row.path("rankOrTitleCode").asText("").trim(),
            row.path("salaryStep").asText("").trim()));
        String value = values.format(column(spec, "salaryCoefficient"), row);
        x.add(coefficient, "td", "", value.isEmpty() ? values.format(column(spec, "positionBasedSalary"), row)
            : value);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ 32, signatures

  private void closing(Element body) {
    section(body, "32", "NHẬN XÉT, ĐÁNH GIÁ CỦA CƠ QUAN, ĐƠN VỊ QUẢN LÝ VÀ SỬ DỤNG CÁN BỘ, CÔNG CHỨC");
    for (int i = 0; i < 4; i++) {
      x.add(body, "p", "dots", "");
    }
    Element table = x.add(body, "table", "signatures");
    Element row = x.add(table, "tr", "");
    Element left = x.add(row, "td", "");
    x.add(left, "p", "place-date", placeAndIssueDate());
    x.add(left, "p", "sign-title", "Người khai");
    x.add(left, "p", "sign-note", "Tôi xin cam đoan những lời khai trên đây là đúng sự thật");
    x.add(left, "p", "sign-hint", "(Ký tên, ghi rõ họ tên)");
    x.add(left, "p", "sign-name", text("fullName"));
    Element right = x.add(row, "td", "");
    x.add(right, "p", "place-date", "……, Ngày …… tháng …… năm 20……");
    x.add(right, "p", "sign-title", "Thủ trưởng cơ quan, đơn vị quản lý và sử dụng CBCC");
    x.add(right, "p", "sign-hint", "(Ký tên, đóng dấu)");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** The printed value of a top-level field. */
  private String text(String fieldId) {
    return values.format(field(fieldId), data);
  }

  private void hint(Element body, String text) {
    x.add(body, "p", "hint", text);
  }

  /** The distinct certificates of a training table, in the order declared, separated by "; ". */
  private String certificates(String tableId) {
    List<String> certificates = new ArrayList<>();
    for (JsonNode row : rows(tableId)) {
      certificates.add(row.path("certificate").asText("").trim());
    }
    return distinct(certificates);
  }

  /** The award forms of the annual records with their year, "Giấy khen … (2024)", separated by "; ". */
  private String awards() {
    List<String> awards = new ArrayList<>();
    for (JsonNode row : rows("annualRecords")) {
      String forms = row.path("awardForms").asText("").trim();
      if (!forms.isEmpty()) {
        awards.add(forms + " (" + row.path("year").asText() + ")");
      }
    }
    return String.join("; ", awards);
  }

  /** Each discipline as "form (kind, year)", separated by "; ". */
  private String discipline() {
    List<String> records = new ArrayList<>();
    for (JsonNode row : rows("disciplineRecords")) {
      String from = row.path("fromMonth").asText("").trim();
      String year = from.length() >= 4 ? from.substring(from.length() - 4) : from;
      records.add(row.path("form").asText("").trim() + " (" + join(", ", row.path("disciplineKind").asText(""), year)
          + ")");
    }
    return String.join("; ", records);
  }

  private static String distinct(List<String> texts) {
    return String.join("; ", texts.stream().filter(t -> !t.isEmpty()).distinct().toList());
  }

  private static String joinAll(String separator, String... parts) {
    return String.join(separator, List.of(parts).stream().filter(p -> !p.isEmpty()).toList());
  }

  /** Rows of several tables in one, ordered by start month; rows without a readable month keep their place last. */
  private static List<List<String>> byStartMonth(List<Dated> rows) {
    return rows.stream().sorted(Comparator.comparingInt(Dated::startMonth)).map(Dated::cells).toList();
  }

  /** The printed cells of a row and the row it came from. */
  private record Dated(JsonNode row, List<String> cells) {

    /** yyyymm of "mm/yyyy", or the largest int when the month cannot be read. */
    int startMonth() {
      String from = row.path("fromMonth").asText("").trim();
      if (!from.matches("\\d{1,2}/\\d{4}")) {
        return Integer.MAX_VALUE;
      }
      String[] parts = from.split("/");
      return Integer.parseInt(parts[1]) * 100 + Integer.parseInt(parts[0]);
    }
  }
}
