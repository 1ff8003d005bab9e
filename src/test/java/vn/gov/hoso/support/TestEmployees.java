package vn.gov.hoso.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.OpenDossier;
import vn.gov.hoso.organisation.Account;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Role;
import vn.gov.hoso.workflow.identity.IdentityAdministration;

/**
 * Recruits a new employee the way the system does: account, identity, and an opened dossier (which starts the
 * declaration). Each call makes a fresh, valid CCCD so tests never share state, also on a reused PostgreSQL.
 */
@TestComponent
public class TestEmployees {

  public static final String PASSWORD = "Kiem-thu@2026";

  private final OrganisationService organisation;
  private final DossierService dossiers;
  private final IdentityAdministration identity;
  private final TransactionTemplate transaction;

  public TestEmployees(OrganisationService organisation, DossierService dossiers, IdentityAdministration identity,
      TransactionTemplate transaction) {
    this.organisation = organisation;
    this.dossiers = dossiers;
    this.identity = identity;
    this.transaction = transaction;
  }

  /** A female công chức born 14/03/1985 (the shape of the dossier fixture), in the given unit. */
  public String recruitWoman1985(String unitId, String fullName) {
    return recruit(unitId, fullName, "Nữ", LocalDate.of(1985, 3, 14), "Công chức");
  }

  public String recruit(String unitId, String fullName, String gender, LocalDate born, String category) {
    return recruit(newCccd(gender, born), unitId, fullName, gender, born, category);
  }

  /** Recruits the person with this CCCD (which must be valid for the gender and birth year). */
  public String recruit(String cccd, String unitId, String fullName, String gender, LocalDate born, String category) {
    transaction.executeWithoutResult(s -> {
      Account account = new Account(cccd, fullName, unitId, Set.of(Role.EMPLOYEE));
      organisation.addAccount(account);
      identity.provision(account, PASSWORD);
      dossiers.open(new OpenDossier(cccd, fullName, gender, born, unitId, category), "admin");
    });
    return cccd;
  }

  /** A valid CCCD: Thanh Hóa registration (038), gender/century digit, year digits, six random digits. */
  public String newCccd(String gender, LocalDate born) {
    int century = born.getYear() / 100 - 19;
    int digit = century * 2 + ("Nữ".equals(gender) ? 1 : 0);
    while (true) {
      String cccd = String.format("038%d%02d%06d", digit, born.getYear() % 100,
          ThreadLocalRandom.current().nextInt(1_000_000));
      if (organisation.account(cccd).isEmpty()) {
        return cccd;
      }
    }
  }
}
