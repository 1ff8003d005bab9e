package vn.gov.hoso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.gov.hoso.dossier.DossierFixtures.aCivilServantDossier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.dossier.schema.DossierSchema;

class DossierDiffTest {

  private final DossierDiff diff = new DossierDiff(new DossierSchema());
  private final ObjectNode before = aCivilServantDossier();
  private final ObjectNode after = aCivilServantDossier();

  @Test
  void findsNoChangeWhenVersionsAreEqual() {
    assertThat(diff.compare(before, after)).isEmpty();
  }

  @Test
  void reportsChangedScalarWithBothValuesAndLabels() {
    after.put("contactPhone", "0987 654 321");

    assertThat(diff.compare(before, after)).containsExactly(new FieldChange("contactPhone", "SĐT liên hệ",
        "Contact phone", ChangeKind.CHANGED, TextNode.valueOf("0912 345 678"), TextNode.valueOf("0987 654 321")));
  }

  @Test
  void reportsAddedAndRemovedWhenFieldIsFilledOrEmptied() {
    after.put("otherNames", "Thủy Bùi");
    after.remove("workStrengths");

    assertThat(diff.compare(before, after)).extracting(FieldChange::path, FieldChange::kind).containsExactly(
        tuple("otherNames", ChangeKind.ADDED), tuple("workStrengths", ChangeKind.REMOVED));
  }

  @Test
  void treatsBlankAndAbsentAsTheSameWhenComparing() {
    before.remove("otherNames");
    after.put("otherNames", "");
    after.putNull("academicTitle");
    after.putArray("formerRegimeService");

    assertThat(diff.compare(before, after)).isEmpty();
  }

  @Test
  void comparesNumbersByValueWhenScaleDiffers() {
    before.put("salaryStep", 6);
    after.put("salaryStep", 6.0);
    after.put("salaryCoefficient", new java.math.BigDecimal("3.990"));

    assertThat(diff.compare(before, after)).isEmpty();
  }

  @Test
  void reportsObjectMembersByPathWhenAddressChanges() {
    ((ObjectNode) after.get("currentResidence")).put("communeName", "Phường Đông Sơn").put("communeCode", "16000");

    assertThat(diff.compare(before, after))
        .extracting(FieldChange::path, FieldChange::labelVi, FieldChange::kind)
        .containsExactly(
            tuple("currentResidence.communeCode", "Nơi ở hiện nay › Mã xã, phường", ChangeKind.ADDED),
            tuple("currentResidence.communeName", "Nơi ở hiện nay › Xã, phường", ChangeKind.CHANGED));
  }

  @Test
  void reportsNestedObjectMembersWhenHouseholdPropertyChanges() {
    ((ObjectNode) after.get("householdEconomy").get("housingOwned")).put("areaM2", 200.0);

    assertThat(diff.compare(before, after)).extracting(FieldChange::path)
        .containsExactly("householdEconomy.housingOwned.areaM2");
  }

  @Test
  void reportsChangedCellsByRowIndexWhenTableRowIsEdited() {
    ((ObjectNode) after.get("workHistory").get(1)).put("titleOrPosition", "Trưởng phòng");

    assertThat(diff.compare(before, after)).extracting(FieldChange::path, FieldChange::labelEn, FieldChange::kind)
        .containsExactly(tuple("workHistory[1].titleOrPosition", "Career summary › Title / position",
            ChangeKind.CHANGED));
  }

  @Test
  void reportsWholeRowsWhenRowsAreAppendedOrDropped() {
    ((ObjectNode) after.get("workHistory").get(1)).put("toMonth", "02/2026");
    ObjectNode newRow = ((ArrayNode) after.get("workHistory")).addObject()
        .put("fromMonth", "03/2026").put("unit", "Sở Nội vụ tỉnh Thanh Hóa").put("titleOrPosition", "Trưởng phòng");
    ((ArrayNode) after.get("annualRecords")).remove(2);

    List<FieldChange> changes = diff.compare(before, after);

    assertThat(changes).extracting(FieldChange::path, FieldChange::kind).containsExactly(
        tuple("workHistory[1].toMonth", ChangeKind.ADDED),
        tuple("workHistory[2]", ChangeKind.ADDED),
        tuple("annualRecords[2]", ChangeKind.REMOVED));
    assertThat(changes.get(1).after()).isEqualTo(newRow);
    assertThat(changes.get(1).before()).isNull();
    assertThat(changes.get(2).before()).isEqualTo(before.get("annualRecords").get(2));
    assertThat(changes.get(2).after()).isNull();
  }

  @Test
  void listsChangesInSchemaOrderWhateverTheEditOrder() {
    after.put("declarantCommitment", false);
    ((ObjectNode) after.get("familyMembers").get(0)).put("birthYear", 1957);
    after.put("salaryStep", 7);
    after.put("fullName", "Bùi Thị Thuỷ");

    assertThat(diff.compare(before, after)).extracting(FieldChange::path).containsExactly(
        "fullName", "salaryStep", "familyMembers[0].birthYear", "declarantCommitment");
  }

  @Test
  void comparesStringListsAsWholeValues() {
    ((ArrayNode) after.get("plannedTitles")).add("Phó Giám đốc Sở Nội vụ");

    assertThat(diff.compare(before, after)).extracting(FieldChange::path, FieldChange::kind)
        .containsExactly(tuple("plannedTitles", ChangeKind.CHANGED));
  }

  @Test
  void reportsEverythingAddedWhenThereIsNoPreviousVersion() {
    List<FieldChange> changes = diff.compare(MissingNode.getInstance(), after);

    assertThat(changes).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.ADDED));
    assertThat(changes).extracting(FieldChange::path).startsWith("managingAgencyId", "employingUnitId")
        .contains("placeOfBirth.communeName", "workHistory[0]", "workHistory[1]").last().isEqualTo(
            "declarantCommitment");
  }

  @Test
  void ignoresKeysOutsideTheSchemaWhenComparing() {
    after.put("nickname", "Thủy");

    assertThat(diff.compare(before, after)).isEmpty();
  }
}
