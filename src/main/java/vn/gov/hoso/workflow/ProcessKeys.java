package vn.gov.hoso.workflow;

/** Keys of the processes in {@code processes/}; each lives in the file of the same name. */
public final class ProcessKeys {

  public static final String DOSSIER_DECLARATION = "dossier-declaration";
  /** Sending one signed version to the national database (per record, or one record of a batch). */
  public static final String NATIONAL_SYNC_RECORD = "national-sync-record";
  /** The monthly batch of signed versions (rule set hung-yen-2023). */
  public static final String NATIONAL_SYNC_BATCH = "national-sync-batch";
  /** Message that starts {@link #NATIONAL_SYNC_RECORD} for a version queued for per-record delivery. */
  public static final String SYNC_RECORD_QUEUED_MESSAGE = "SyncRecordQueued";

  private ProcessKeys() {}
}
