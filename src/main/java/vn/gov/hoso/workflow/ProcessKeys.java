package vn.gov.hoso.workflow;

/** Keys of the processes in {@code processes/}; each lives in the file of the same name. */
public final class ProcessKeys {

  public static final String DOSSIER_DECLARATION = "dossier-declaration";
  /** A change of a locked (confirmed) dossier: declared by the employee with evidence, verified, locked again. */
  public static final String DOSSIER_CHANGE = "dossier-change";
  /** The head signs a confirmed version in the signing window; called by other processes (call activity). */
  public static final String SIGNING = "dossier-signing";
  /** A recruitment decision becomes an account (without any default password) and a dossier to declare. */
  public static final String ACCOUNT_PROVISIONING = "account-provisioning";
  /** A decided merge, split, dissolution, renaming or move of a unit, applied on its effective date. */
  public static final String UNIT_RESTRUCTURING = "unit-restructuring";
  /** One person of a closed unit confirms a new unit and position; its focal officer approves. */
  public static final String STAFF_REHOMING = "staff-rehoming";
  /** Sending one signed version to the national database (per record, or one record of a batch). */
  public static final String NATIONAL_SYNC_RECORD = "national-sync-record";
  /** The monthly batch of signed versions (rule set hung-yen-2023). */
  public static final String NATIONAL_SYNC_BATCH = "national-sync-batch";
  /** A declaration campaign of the Sở Nội vụ: starts a declaration for every member, in batches. */
  public static final String DECLARATION_CAMPAIGN = "declaration-campaign";
  /** Message that starts {@link #NATIONAL_SYNC_RECORD} for a version queued for per-record delivery. */
  public static final String SYNC_RECORD_QUEUED_MESSAGE = "SyncRecordQueued";

  private ProcessKeys() {}
}
