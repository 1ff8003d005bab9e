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
  /** A person moves between departments (sub-units) of one unit. */
  public static final String TRANSFER_INTERNAL = "transfer-internal";
  /** A person moves between units of the province on a decision: hand-over, acceptance, account and dossier move. */
  public static final String TRANSFER_BETWEEN_UNITS = "transfer-between-units";
  /** A person arrives from another province: the national record is pulled, the receiving unit verifies. */
  public static final String TRANSFER_INTO_PROVINCE = "transfer-into-province";
  /** Daily forecast of retirements; one notice task per person a configurable time before the retirement date. */
  public static final String RETIREMENT_FORECAST = "retirement-forecast";
  /** Message that starts the notice path of {@link #RETIREMENT_FORECAST} for one person. */
  public static final String RETIREMENT_NOTICE_DUE_MESSAGE = "RetirementNoticeDue";

  /** Retirement, resignation, dismissal, death (the dossier is archived) or secondment (with a return timer). */
  public static final String EXIT = "exit";
  /** Transfer to another province: final version signed (and thereby queued for the national database), archive. */
  public static final String TRANSFER_OUT_OF_PROVINCE = "transfer-out-of-province";

  /** The annual statutory report (10 – 20 January), a task per reporting unit, consolidated at the Sở Nội vụ. */
  public static final String ANNUAL_REPORT = "annual-report";
  /** The half-year report on dossier management (before 15 June and 15 December). */
  public static final String HALF_YEAR_REPORT = "half-year-report";

  private ProcessKeys() {}
}
