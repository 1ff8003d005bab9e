package vn.gov.hoso.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import vn.gov.hoso.dossier.validation.UnitHierarchy;
import vn.gov.hoso.dossier.validation.ValidationContext;

/**
 * Dossiers and their surroundings that speak the domain. {@link #aCivilServantDossier()} is complete and valid (zero
 * errors, zero warnings) on {@link #fixedClock()}; tests change one thing and look for the one violation it causes.
 */
public final class DossierFixtures {

  /** Bùi Thị Thủy's CCCD: birth registered in Thanh Hóa (038), female born in the 20th century (1), 1985 (85). */
  public static final String BUI_THI_THUY_CCCD = "038185011234";

  /** Sở Nội vụ tỉnh Thanh Hóa, the managing agency. */
  public static final String SO_NOI_VU_THANH_HOA = "TH-SNV";

  /** Phòng Tổ chức, biên chế of the Sở Nội vụ, the employing unit. */
  public static final String PHONG_TO_CHUC_BIEN_CHE = "TH-SNV-TCBC";

  /** Sở Y tế tỉnh Thanh Hóa: a unit outside the Sở Nội vụ's subtree. */
  public static final String SO_Y_TE_THANH_HOA = "TH-SYT";

  /** UBND tỉnh Thanh Hóa, root of the province's tree. */
  public static final String UBND_THANH_HOA = "TH-UBND";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private DossierFixtures() {}

  /** Monday 16 March 2026, 09:00 in Hà Nội. */
  public static Clock fixedClock() {
    return Clock.fixed(Instant.parse("2026-03-16T02:00:00Z"), VIETNAM);
  }

  /** UBND tỉnh Thanh Hóa → Sở Nội vụ → Phòng Tổ chức, biên chế; UBND tỉnh → Sở Y tế. */
  public static UnitHierarchy thanhHoaUnits() {
    Map<String, String> parents = Map.of(
        SO_NOI_VU_THANH_HOA, UBND_THANH_HOA,
        PHONG_TO_CHUC_BIEN_CHE, SO_NOI_VU_THANH_HOA,
        SO_Y_TE_THANH_HOA, UBND_THANH_HOA);
    return new UnitHierarchy() {
      @Override
      public boolean isSameOrAncestor(String ancestorUnitId, String unitId) {
        for (String unit = unitId; unit != null; unit = parents.get(unit)) {
          if (unit.equals(ancestorUnitId)) {
            return true;
          }
        }
        return false;
      }

      @Override
      public boolean exists(String unitId) {
        return UBND_THANH_HOA.equals(unitId) || parents.containsKey(unitId);
      }
    };
  }

  /** Validation context of Bùi Thị Thủy's dossier. */
  public static ValidationContext buiThiThuyContext() {
    return new ValidationContext(BUI_THI_THUY_CCCD, thanhHoaUnits());
  }

  /**
   * The complete, valid dossier of Bùi Thị Thủy: công chức, ngạch Chuyên viên (01.003, group A1) at step 6 (3.99) since
   * 09/2023, Phó Trưởng phòng Tổ chức, biên chế of the Sở Nội vụ tỉnh Thanh Hóa. A fresh copy on every call.
   */
  public static ObjectNode aCivilServantDossier() {
    return parse("""
        {
          "managingAgencyId": "TH-SNV",
          "employingUnitId": "TH-SNV-TCBC",
          "staffNumber": "TH-SNV-00123",
          "dossierId": "038185011234",
          "photo": "att-6f1c2a90-photo",
          "fullName": "Bùi Thị Thủy",
          "gender": "Nữ",
          "dateOfBirth": "1985-03-14",
          "placeOfBirth": {
            "provinceCode": "38",
            "districtName": "Huyện Hoằng Hóa",
            "communeName": "Xã Hoằng Lộc",
            "asOfDate": "1985-03-14"
          },
          "hometown": {
            "provinceCode": "38",
            "districtName": "Huyện Hoằng Hóa",
            "communeName": "Xã Hoằng Lộc"
          },
          "ethnicityCode": "01",
          "religionCode": "00",
          "citizenIdNumber": "038185011234",
          "citizenIdIssueDate": "2021-04-20",
          "contactPhone": "0912 345 678",
          "socialInsuranceNumber": "3808012345",
          "healthInsuranceCardNumber": "DN4383821012345",
          "currentResidence": {
            "provinceCode": "38",
            "communeName": "Phường Hạc Thành",
            "detail": "Số 12 đường Lê Hoàn"
          },
          "familyBackground": "Nông dân",

          "occupationBeforeRecruitment": "Sinh viên",
          "firstRecruitmentDate": "2008-09-01",
          "recruitingAgency": "Sở Nội vụ tỉnh Thanh Hóa",
          "currentAgencyJoinDate": "2008-09-01",
          "mainAssignedWork": "Thẩm định đề án vị trí việc làm và biên chế công chức của các cơ quan hành chính cấp tỉnh",
          "workStrengths": "Tổng hợp, xây dựng văn bản quy phạm pháp luật về tổ chức bộ máy",
          "longestHeldWork": "Chuyên viên Phòng Tổ chức, biên chế",
          "personnelCategory": "Công chức",
          "employmentStatus": "Đang công tác",

          "partyAdmissionDate": "2012-05-19",
          "partyOfficialDate": "2013-05-19",
          "firstSocioPoliticalOrgDate": "2000-03-26",
          "firstSocioPoliticalOrgName": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",

          "generalEducationGrade": 12,
          "generalEducationSystem": "12 năm",
          "highestQualification": { "level": "ThS", "major": "Quản lý công" },

          "currentPosition": "Phó Trưởng phòng Tổ chức, biên chế và tổ chức phi chính phủ",
          "positionAppointedDate": "2020-10-01",
          "plannedTitles": ["Trưởng phòng Tổ chức, biên chế và tổ chức phi chính phủ"],
          "currentPartyPosition": "Chi ủy viên Chi bộ Phòng Tổ chức, biên chế",

          "rankOrTitleName": "Chuyên viên",
          "rankOrTitleCode": "01.003",
          "rankAppointedDate": "2009-09-01",
          "salaryStep": 6,
          "salaryCoefficient": 3.99,
          "salaryEffectiveDate": "2023-09-01",
          "salaryPercent": 100,
          "positionAllowanceCoefficient": 0.30,
          "salaryHistory": [
            { "fromMonth": "09/2008", "toMonth": "08/2011", "rankOrTitleCode": "01.003", "salaryStep": 1, "salaryCoefficient": 2.34 },
            { "fromMonth": "09/2011", "toMonth": "08/2014", "rankOrTitleCode": "01.003", "salaryStep": 2, "salaryCoefficient": 2.67 },
            { "fromMonth": "09/2014", "toMonth": "08/2017", "rankOrTitleCode": "01.003", "salaryStep": 3, "salaryCoefficient": 3.00 },
            { "fromMonth": "09/2017", "toMonth": "08/2020", "rankOrTitleCode": "01.003", "salaryStep": 4, "salaryCoefficient": 3.33 },
            { "fromMonth": "09/2020", "toMonth": "08/2023", "rankOrTitleCode": "01.003", "salaryStep": 5, "salaryCoefficient": 3.66 },
            { "fromMonth": "09/2023", "rankOrTitleCode": "01.003", "salaryStep": 6, "salaryCoefficient": 3.99 }
          ],
          "allowanceHistory": [
            { "fromMonth": "05/2011", "allowanceType": "Phụ cấp công vụ", "percent": 25, "paymentForm": "Theo tỷ lệ phần trăm lương" },
            { "fromMonth": "10/2020", "allowanceType": "Phụ cấp chức vụ lãnh đạo", "coefficient": 0.30, "paymentForm": "Theo hệ số" }
          ],

          "healthStatus": "Tốt",
          "heightCm": 158,
          "weightKg": 52,
          "bloodType": "O",

          "professionalTraining": [
            { "fromMonth": "09/2003", "toMonth": "06/2007", "institution": "Học viện Hành chính Quốc gia", "major": "Hành chính học", "trainingForm": "Chính quy", "degree": "Cử nhân" },
            { "fromMonth": "10/2015", "toMonth": "10/2017", "institution": "Học viện Hành chính Quốc gia", "major": "Quản lý công", "trainingForm": "Vừa làm vừa học", "degree": "Thạc sĩ" }
          ],
          "politicalTheoryTraining": [
            { "fromMonth": "03/2018", "toMonth": "12/2018", "institution": "Trường Chính trị tỉnh Thanh Hóa", "trainingForm": "Tại chức", "certificate": "Trung cấp lý luận chính trị - hành chính" }
          ],
          "stateManagementTraining": [
            { "fromMonth": "05/2016", "toMonth": "07/2016", "institution": "Trường Chính trị tỉnh Thanh Hóa", "certificate": "Chứng chỉ bồi dưỡng ngạch chuyên viên" }
          ],
          "defenceSecurityTraining": [
            { "fromMonth": "09/2019", "toMonth": "10/2019", "institution": "Bộ Chỉ huy Quân sự tỉnh Thanh Hóa", "certificate": "Giấy chứng nhận bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4" }
          ],
          "itTraining": [
            { "fromMonth": "06/2017", "toMonth": "08/2017", "institution": "Trường Đại học Hồng Đức", "certificate": "Chứng chỉ ứng dụng công nghệ thông tin cơ bản" }
          ],
          "languageTraining": [
            { "fromMonth": "01/2016", "toMonth": "05/2016", "institution": "Trường Đại học Hồng Đức", "languageName": "Tiếng Anh", "certificate": "Chứng chỉ tiếng Anh bậc 3 (B1)", "score": 6.5 }
          ],

          "workHistory": [
            { "fromMonth": "09/2008", "toMonth": "09/2020", "unit": "Phòng Tổ chức, biên chế và tổ chức phi chính phủ - Sở Nội vụ tỉnh Thanh Hóa", "titleOrPosition": "Chuyên viên" },
            { "fromMonth": "10/2020", "unit": "Phòng Tổ chức, biên chế và tổ chức phi chính phủ - Sở Nội vụ tỉnh Thanh Hóa", "titleOrPosition": "Phó Trưởng phòng" }
          ],
          "detentionHistory": "Không",

          "annualRecords": [
            { "year": 2023, "qualityRating": "Hoàn thành tốt nhiệm vụ", "emulationTitle": "Lao động tiên tiến" },
            { "year": 2024, "qualityRating": "Hoàn thành xuất sắc nhiệm vụ", "emulationTitle": "Chiến sĩ thi đua cơ sở", "awardForms": "Giấy khen của Giám đốc Sở Nội vụ" },
            { "year": 2025, "qualityRating": "Hoàn thành tốt nhiệm vụ", "emulationTitle": "Lao động tiên tiến" }
          ],

          "familyMembers": [
            { "side": "SELF", "relationship": "Cha", "fullName": "Bùi Văn Hùng", "birthYear": 1958, "details": "Quê quán: xã Hoằng Lộc, tỉnh Thanh Hóa; nông dân, đã nghỉ; ở tại quê" },
            { "side": "SELF", "relationship": "Mẹ", "fullName": "Lê Thị Lan", "birthYear": 1960, "details": "Quê quán: xã Hoằng Lộc, tỉnh Thanh Hóa; nông dân; ở tại quê" },
            { "side": "SELF", "relationship": "Chồng", "fullName": "Nguyễn Văn Nam", "birthYear": 1983, "details": "Giáo viên Trường THPT Hàm Rồng, đảng viên; ở phường Hạc Thành, tỉnh Thanh Hóa", "occupation": "Giáo viên" },
            { "side": "SELF", "relationship": "Con", "fullName": "Nguyễn Bảo Anh", "birthYear": 2012, "details": "Học sinh Trường THCS Trần Mai Ninh" },
            { "side": "SPOUSE", "relationship": "Cha", "fullName": "Nguyễn Văn Thành", "birthYear": 1955, "details": "Quê quán: xã Quảng Xương, tỉnh Thanh Hóa; cán bộ hưu trí" },
            { "side": "SPOUSE", "relationship": "Mẹ", "fullName": "Trịnh Thị Hoa", "birthYear": 1957, "details": "Quê quán: xã Quảng Xương, tỉnh Thanh Hóa; nội trợ", "deceased": false }
          ],
          "householdEconomy": {
            "salaryIncome": "Khoảng 260 triệu đồng/năm",
            "housingOwned": { "type": "Nhà ống 3 tầng", "areaM2": 180.5, "ownershipCertificate": "Giấy chứng nhận số CS 01234" },
            "residentialLandBought": { "areaM2": 72.0, "landUseCertificate": "Giấy chứng nhận số CS 01234" }
          },
          "declarantCommitment": true
        }
        """);
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) Objects.requireNonNull(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
