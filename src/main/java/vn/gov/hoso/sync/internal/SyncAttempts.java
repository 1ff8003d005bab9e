package vn.gov.hoso.sync.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a delivery attempt in its own transaction, before the request leaves: when the delivery then fails (5xx,
 * timeout) and the job's transaction rolls back, the record still says SENT with the number of attempts.
 */
@Component
public class SyncAttempts {

  private final SyncRecordRepository records;
  private final Clock clock;

  SyncAttempts(SyncRecordRepository records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /** Whether the record was still waiting for an answer (and is now SENT). */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean mark(String recordId) {
    return records.markAttempt(recordId, clock.instant()) == 1;
  }
}
