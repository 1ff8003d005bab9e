package vn.gov.hoso.support;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.simulator.NationalDatabaseSimulator;

/** People of another province in the simulated national database, for the inbound-pull tests. */
public final class NationalRecords {

  private NationalRecords() {}

  /**
   * Stores the fixture dossier of a new person (a fresh CCCD, woman born 1985) as accepted from Hà Nội (province 01)
   * in {@code nationalVersion}; returns the CCCD.
   */
  public static String seedPersonOfAnotherProvince(NationalDatabaseSimulator simulator, TestEmployees employees,
      String fullName, int nationalVersion) {
    String cccd = employees.newCccd("Nữ", LocalDate.of(1985, 3, 14));
    ObjectNode fields = DossierFixtures.aCivilServantDossier();
    fields.put("citizenIdNumber", cccd);
    fields.put("fullName", fullName);
    ObjectNode record = JsonNodeFactory.instance.objectNode();
    record.put("citizenId", cccd);
    record.put("versionNumber", nationalVersion);
    record.put("signedAt", "2026-10-20T03:00:00Z");
    record.set("fields", fields);
    simulator.seed("01", record);
    return cccd;
  }
}
