package vn.gov.hoso.workflow;

import java.util.Set;

/**
 * The catalogue of process variable names. Nothing else spells them. Process variables carry ids and small scalars
 * only; dossier data live in the dossier tables and reach the forms as task-local variables that die with the task
 * (and are not written to history, see {@code CatalogueHistoryLevel}).
 */
public final class ProcessVariables {

  /** The dossier's id: the employee's 12-digit CCCD. Also the business key. */
  public static final String DOSSIER_ID = "dossierId";
  /** Id of the unit that employs the person; decides who verifies. */
  public static final String UNIT_ID = "unitId";
  /** Declaration task outcome: {@code save} (store the draft and come back) or {@code submit}. */
  public static final String ACTION = "action";
  /** Verification outcome: {@code approve} or {@code reject}. */
  public static final String DECISION = "decision";
  /** The focal officer's note; required on reject. */
  public static final String NOTE = "note";
  /** The last rejection note, shown to the employee in the declaration form. */
  public static final String REJECTION_NOTE = "rejectionNote";
  /** Server-side validation errors of the last refused submission, one per line, shown in the form. */
  public static final String VALIDATION_ERRORS = "validationErrors";
  /** Number of the version made by the last submission. */
  public static final String VERSION_NUMBER = "versionNumber";
  /** Number of the version before it, absent for a first submission. */
  public static final String PREVIOUS_VERSION_NUMBER = "previousVersionNumber";
  /**
   * End of the current declaration period (24:00 of the due day, a date): set by the model when the dossier is opened
   * and when it comes back rejected, from the {@code declare} deadline; a saved draft keeps it.
   */
  public static final String DECLARATION_DUE_DATE = "declarationDueDate";
  /** Local to the verification subprocess: end of the verification period, from the {@code verify} deadline. */
  public static final String VERIFICATION_DUE_DATE = "verificationDueDate";
  /** Task-local, from the declaration form: ids of the tables submitted with no row (form-js omits them). */
  public static final String EMPTY_TABLES = "emptyTables";
  /** Task-local, for the reviewer's form: the employee's name. */
  public static final String EMPLOYEE_NAME = "employeeName";
  /** Task-local, for the reviewer's form: the unit's name. */
  public static final String UNIT_NAME = "unitName";
  /** Input of a reminder task (form {@code overdue-reminder}): the Vietnamese name of the overdue task. */
  public static final String OVERDUE_TASK = "overdueTask";
  /** Input of a reminder task: the last day of the missed limit, {@code dd/MM/yyyy}. */
  public static final String OVERDUE_DUE_DAY = "overdueDueDay";
  /** Input of a reminder task: what the reminded people are asked to do. */
  public static final String REMINDER_REQUEST = "reminderRequest";

  /** Id of a record of the national-sync outbox. */
  public static final String SYNC_RECORD_ID = "syncRecordId";
  /** Version number of the synchronised dossier version. */
  public static final String SYNC_VERSION_NUMBER = "syncVersionNumber";
  /** Outcome of a delivery: {@code ACCEPTED} or {@code REJECTED}. */
  public static final String SYNC_RESULT = "syncResult";
  /** End of the period for reaching the national database (24:00 of the day), from the {@code sync} deadline. */
  public static final String SYNC_DUE_DATE = "syncDueDate";
  /** Task-local, for the focal officer's form: why the record was refused (Vietnamese, then English). */
  public static final String SYNC_ERROR = "syncError";
  /** Task-local, for the focal officer's form: the record's idempotency key. */
  public static final String IDEMPOTENCY_KEY = "idempotencyKey";
  /** The monthly batch being reviewed and sent. */
  public static final String BATCH_ID = "batchId";
  /** The batch's month, {@code yyyy-MM}. */
  public static final String BATCH_MONTH = "batchMonth";
  /** Number of records in the batch. */
  public static final String BATCH_SIZE = "batchSize";

  public static final String ACTION_SAVE = "save";
  public static final String ACTION_SUBMIT = "submit";

  /** Variables whose history is kept. Anything else (form payloads) is not written to the history tables. */
  public static final Set<String> HISTORISED = Set.of(DOSSIER_ID, UNIT_ID, ACTION, DECISION, NOTE, REJECTION_NOTE,
      VERSION_NUMBER, PREVIOUS_VERSION_NUMBER, DECLARATION_DUE_DATE, VERIFICATION_DUE_DATE, SYNC_RECORD_ID,
      SYNC_VERSION_NUMBER, SYNC_RESULT, SYNC_DUE_DATE, BATCH_ID, BATCH_MONTH, BATCH_SIZE);

  private ProcessVariables() {}
}
