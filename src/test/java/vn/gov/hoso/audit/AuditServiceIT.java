package vn.gov.hoso.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.support.IntegrationTest;

/**
 * Which transaction an audit row is written in: a granted read joins the caller's writable transaction (no second
 * connection, recorded exactly when the caller commits), a refusal and any event inside a read-only transaction get
 * their own (on PostgreSQL an insert in a read-only transaction fails).
 */
@IntegrationTest
class AuditServiceIT {

  @Autowired AuditService audit;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void writesAGrantedReadInTheCallersTransactionSoItGoesWithItsRollback() {
    String dossier = dossierId();
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      audit.record("tester", AuditService.DOSSIER_READ, dossier, "test");
      status.setRollbackOnly();
    });

    assertThat(audit.eventsOf(dossier)).isEmpty();
  }

  @Test
  void keepsARefusalWhenTheCallersTransactionRollsBack() {
    String dossier = dossierId();
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      audit.record("tester", AuditService.DOSSIER_READ_DENIED, dossier, "test");
      status.setRollbackOnly();
    });

    assertThat(audit.eventsOf(dossier)).extracting(AuditEvent::action)
        .containsExactly(AuditService.DOSSIER_READ_DENIED);
  }

  @Test
  void recordsAReadInsideAReadOnlyTransaction() {
    String dossier = dossierId();
    TransactionTemplate readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    readOnly.executeWithoutResult(status -> audit.record("tester", AuditService.DOSSIER_READ, dossier, "test"));

    assertThat(audit.eventsOf(dossier)).extracting(AuditEvent::action).containsExactly(AuditService.DOSSIER_READ);
  }

  /** A 12-character id of this test only (the column holds a CCCD). */
  private static String dossierId() {
    return ("9" + Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 12);
  }
}
