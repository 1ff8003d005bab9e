package vn.gov.hoso.workflow;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.hoso.sync.SyncService;

/**
 * Bean {@code syncBatchRecords} for a multi-instance collection and the call's input mappings: the outbox record ids of a batch, read when the
 * multi-instance starts, so the list itself is never a process variable.
 *
 * <pre>camunda:collection="${syncBatchRecords.of(batchId)}" camunda:elementVariable="syncRecordId"</pre>
 */
@Component("syncBatchRecords")
public class SyncBatchRecords {

  private final SyncService sync;

  public SyncBatchRecords(SyncService sync) {
    this.sync = sync;
  }

  public List<String> of(String batchId) {
    return sync.recordsOf(batchId);
  }

  /** The dossier of a record: the called instance's business key and {@code dossierId}. */
  public String dossierOf(String syncRecordId) {
    return sync.record(syncRecordId).dossierId();
  }

  /** The employing unit of a record at signing: the called instance's {@code unitId}. */
  public String unitOf(String syncRecordId) {
    return sync.record(syncRecordId).unitId();
  }
}
