package vn.gov.hoso.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.workflow.identity.IdentityAdministration;

/**
 * Dossiers with sensitive values nobody else has (a health status and a relative's details marked with a random
 * number), readers without the right to them, and the raw stored rows, for the tests of encryption at rest.
 */
@TestComponent
public class SensitiveDossiers {

  private final TestEmployees employees;
  private final DeclarationDriver driver;
  private final OrganisationService organisation;
  private final IdentityAdministration identity;
  private final TransactionTemplate transaction;
  private final JdbcClient jdbc;

  public SensitiveDossiers(TestEmployees employees, DeclarationDriver driver, OrganisationService organisation,
      IdentityAdministration identity, TransactionTemplate transaction, JdbcClient jdbc) {
    this.employees = employees;
    this.driver = driver;
    this.organisation = organisation;
    this.identity = identity;
    this.transaction = transaction;
    this.jdbc = jdbc;
  }

  /** A value no other row holds, for searching the raw tables. */
  public static String marker(String prefix) {
    return prefix + " " + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
  }

  /** A Sở Tài chính employee who submitted the fixture dossier with these sensitive values (version 1). */
  public String submittedWith(String healthStatus, String relativeDetails) {
    String cccd = employees.recruitWoman1985("STC-NS", "Bùi Thị Thủy");
    declare(cccd, healthStatus, relativeDetails, "0912345678");
    return cccd;
  }

  /** The employee declares the fixture dossier with these values and submits it. */
  public void declare(String cccd, String healthStatus, String relativeDetails, String phone) {
    ObjectNode dossier = DossierFixtures.aCivilServantDossier();
    dossier.put("citizenIdNumber", cccd);
    dossier.put("dossierId", cccd);
    dossier.put("healthStatus", healthStatus);
    dossier.put("contactPhone", phone);
    ((ObjectNode) dossier.withArray("familyMembers").get(0)).put("details", relativeDetails);
    Map<String, Object> values = DeclarationDriver.formValues(dossier);
    values.put("action", "submit");
    driver.declare(cccd, values);
  }

  /** A new account of Sở Tài chính with only the given role (e.g. a specialist), password {@link TestEmployees}. */
  public String officer(Role role) {
    String username = "stc.test-" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    transaction.executeWithoutResult(s -> {
      Account account = new Account(username, "Cán bộ kiểm thử", "STC", Set.of(role));
      organisation.addAccount(account);
      identity.provision(account, TestEmployees.PASSWORD);
    });
    return username;
  }

  /** Every stored text of the dossier's rows (current content and versions, plain and encrypted columns). */
  public List<String> rawRows(String cccd) {
    List<String> current = jdbc.sql("select content, sensitive_content, sensitive_key_id from dossier where id = ?")
        .param(cccd).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list();
    List<String> versions = jdbc.sql(
            "select content, sensitive_content, sensitive_key_id from dossier_version where dossier_id = ?")
        .param(cccd).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).list();
    return java.util.stream.Stream.concat(current.stream(), versions.stream()).toList();
  }

  /** The key ids of the dossier's rows: its current content first, then its versions by number. */
  public List<String> keyIds(String cccd) {
    List<String> ids = new java.util.ArrayList<>(jdbc.sql("select sensitive_key_id from dossier where id = ?")
        .param(cccd).query(String.class).list());
    ids.addAll(jdbc.sql("select sensitive_key_id from dossier_version where dossier_id = ? order by number")
        .param(cccd).query(String.class).list());
    return ids;
  }

  /** Overwrites the stored current content (or version {@code number} > 0) with the given columns. */
  public void overwrite(String cccd, int number, String plain, @org.jspecify.annotations.Nullable String sensitive,
      @org.jspecify.annotations.Nullable String keyId) {
    if (number == 0) {
      jdbc.sql("update dossier set content = ?, sensitive_content = ?, sensitive_key_id = ? where id = ?")
          .params(plain, sensitive, keyId, cccd).update();
    } else {
      jdbc.sql("update dossier_version set content = ?, sensitive_content = ?, sensitive_key_id = ?"
          + " where dossier_id = ? and number = ?").params(plain, sensitive, keyId, cccd, number).update();
    }
  }
}
