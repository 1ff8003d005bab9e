package vn.gov.hoso.workflow;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.gov.hoso.sync.DeliveryMode;
import vn.gov.hoso.sync.SyncRecordQueued;

/**
 * Starts {@code national-sync-record} (message start {@code SyncRecordQueued}) for a version queued for per-record
 * delivery, in the transaction that wrote the outbox row: either both exist or neither, and the asynchronous send job
 * survives a crash after the commit. Batch records wait for {@code national-sync-batch}. Business key: the dossier id.
 * {@code syncGenerated} tells the model which deadline applies ({@code syncGenerated} or {@code sync}).
 */
@Component
class SyncStarter {

  private final RuntimeService runtime;

  SyncStarter(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @EventListener
  void on(SyncRecordQueued queued) {
    if (queued.mode() != DeliveryMode.PER_RECORD) {
      return;
    }
    runtime.createMessageCorrelation(ProcessKeys.SYNC_RECORD_QUEUED_MESSAGE)
        .processInstanceBusinessKey(queued.dossierId())
        .setVariables(Map.of(
            ProcessVariables.SYNC_RECORD_ID, queued.recordId(),
            ProcessVariables.DOSSIER_ID, queued.dossierId(),
            ProcessVariables.UNIT_ID, queued.unitId(),
            ProcessVariables.SYNC_VERSION_NUMBER, queued.versionNumber(),
            ProcessVariables.SYNC_GENERATED, queued.generated()))
        .correlateStartMessage();
  }
}
