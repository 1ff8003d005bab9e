package vn.gov.hoso.sync.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gov.hoso.catalog.Catalog;
import vn.gov.hoso.catalog.CatalogService;
import vn.gov.hoso.common.Messages;
import vn.gov.hoso.dossier.ViolationReport;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.dossier.schema.DossierValues;
import vn.gov.hoso.dossier.schema.FieldSpec;
import vn.gov.hoso.dossier.schema.FieldType;

/**
 * What the national database demands beyond the provincial form, checked before anything is sent: the national
 * record has a code wherever the nation keeps a code list, so
 * <ul>
 *   <li>every address sent (place of birth, hometown, current residence) carries a {@code provinceCode} from the
 *       2025 province list, not only the place names typed as text;</li>
 *   <li>every code field that is filled holds a code of its national list (no free text such as "Kinh" where the
 *       ethnic group code {@code 01} is expected);</li>
 *   <li>a rank or professional title given by name also has its code.</li>
 * </ul>
 * The rules of the field specification itself (mandatory fields, formats, codes valid at the date) are checked again
 * by the dossier module ({@code DossierService.checkVersion}); both lists go to the focal officer, in Vietnamese and
 * English.
 */
@Component
public class PreSyncValidator {

  static final List<String> ADDRESSES_WITH_PROVINCE_CODE = List.of("placeOfBirth", "hometown", "currentResidence");

  private final DossierSchema schema;
  private final CatalogService catalogs;
  private final Messages messages;

  public PreSyncValidator(DossierSchema schema, CatalogService catalogs, Messages messages) {
    this.schema = schema;
    this.catalogs = catalogs;
    this.messages = messages;
  }

  /** The national problems of a version's data; empty when it may be sent. */
  public List<ViolationReport> check(JsonNode data) {
    List<ViolationReport> problems = new ArrayList<>();
    for (String address : ADDRESSES_WITH_PROVINCE_CODE) {
      FieldSpec spec = schema.field(address).orElseThrow();
      JsonNode code = data.path(address).path("provinceCode");
      if (DossierValues.isEmpty(code)) {
        problems.add(problem(address + ".provinceCode", "syncProvinceCodeMissing", spec));
      }
    }
    for (FieldSpec spec : schema.allFields()) {
      checkCodes(spec, data.get(spec.id()), spec.id(), problems);
    }
    for (var table : schema.allTables()) {
      JsonNode rows = data.get(table.id());
      if (rows == null || !rows.isArray()) {
        continue;
      }
      for (int i = 0; i < rows.size(); i++) {
        for (FieldSpec column : table.columns()) {
          checkCodes(column, rows.get(i).get(column.id()), table.id() + "[" + i + "]." + column.id(), problems);
        }
      }
    }
    if (!DossierValues.isEmpty(data.get("rankOrTitleName")) && DossierValues.isEmpty(data.get("rankOrTitleCode"))) {
      problems.add(problem("rankOrTitleCode", "syncRankCodeMissing", schema.field("rankOrTitleCode").orElseThrow(),
          data.get("rankOrTitleName").asText()));
    }
    return problems;
  }

  private void checkCodes(FieldSpec spec, JsonNode value, String path, List<ViolationReport> problems) {
    if (DossierValues.isEmpty(value)) {
      return;
    }
    if (spec.type() == FieldType.OBJECT) {
      for (FieldSpec component : spec.components()) {
        checkCodes(component, value.get(component.id()), path + "." + component.id(), problems);
      }
      return;
    }
    if (spec.type() != FieldType.CATALOG_REF) {
      return;
    }
    String code = value.asText().strip();
    Catalog catalog = spec.catalog();
    boolean known = catalog == Catalog.CIVIL_SERVANT_RANK || catalog == Catalog.PROFESSIONAL_TITLE
        ? catalogs.rankOrTitle(code).isPresent()
        : catalog != null && catalogs.find(catalog, code).isPresent();
    if (!known) {
      problems.add(problem(path, "syncCodeNotNational", spec, code));
    }
  }

  private ViolationReport problem(String path, String code, FieldSpec spec, Object... extra) {
    List<Object> args = new ArrayList<>();
    args.add(Optional.of(spec.itemNo()).filter(s -> !s.isEmpty()).map(s -> s + ". ").orElse(""));
    List<Object> vi = new ArrayList<>(args);
    vi.add(spec.labelVi());
    List<Object> en = new ArrayList<>(args);
    en.add(spec.labelEn());
    vi.addAll(List.of(extra));
    en.addAll(List.of(extra));
    return new ViolationReport(path, code, true, messages.vi("sync." + code, vi), messages.en("sync." + code, en));
  }
}
