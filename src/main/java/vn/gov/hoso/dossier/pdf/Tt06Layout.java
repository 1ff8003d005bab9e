package vn.gov.hoso.dossier.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
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
final class Tt06Layout extends FormLayout {

  Tt06Layout(DossierSchema schema, CvValues values, CvSource source) {
    super(schema, values, source);
  }

  @Override
  Document build(String css, boolean draft) {
    Element body = page("Sơ yếu lý lịch cán bộ, công chức, viên chức", css, draft, List.of(identification()));
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
    pair(p, table("stateHonours").labelVi(), honours());
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
    x.add(left, "p", "place-date", placeAndIssueDate());
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

  private void table(Element body, String tableId, String... columns) {
    TableSpec spec = table(tableId);
    if (spec.itemNo().contains(".")) { // a whole item (33) already has its section heading
      subheading(body, spec.itemNo(), spec.labelVi());
    }
    rowsTable(body, spec, r -> true, columns);
  }
}
