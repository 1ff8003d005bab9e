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
  /** Id of a recruitment decision received through the API ({@code account-provisioning}). */
  public static final String RECRUITMENT_ID = "recruitmentId";
  /** End of the focal officer's period to confirm a new account, from the {@code createAccount} deadline. */
  public static final String ACCOUNT_CONFIRMATION_DUE_DATE = "accountConfirmationDueDate";
  /** Output of {@code createAccountDelegate}: the new account's username (the CCCD for employees). */
  public static final String USERNAME = "username";
  /** Task-local, for the confirmation form: the recruitment's data and the link to its scanned decision. */
  public static final String DECISION_NUMBER = "decisionNumber";
  /** Task-local, for the confirmation form. */
  public static final String DECISION_DATE = "decisionDate";
  /** Task-local, for the confirmation form. */
  public static final String START_DATE = "startDate";
  /** Task-local, for the confirmation form: the path of the scanned decision in the API. */
  public static final String DOCUMENT_LINK = "documentLink";
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

  /** {@code dossier-change}: id of the change record in the dossier module. */
  public static final String CHANGE_ID = "changeId";
  /** {@code dossier-change}, start form: kind of change, a code of {@code ChangeType} ({@code salary-raise}…). */
  public static final String CHANGE_TYPE = "changeType";
  /** {@code dossier-change}, start form: the day the event happened, {@code YYYY-MM-DD}; deadlines count from it. */
  public static final String EVENT_DATE = "eventDate";
  /**
   * {@code dossier-change}, start form: what changed (free text). Stored with the change in the dossier module and
   * removed from the process at once; task-local in the verification form.
   */
  public static final String CHANGE_DESCRIPTION = "changeDescription";
  /** Task-local, for the verification form of a change: the kind of change in Vietnamese. */
  public static final String CHANGE_TYPE_LABEL = "changeTypeLabel";
  /** Task-local, for the verification form of a change: the event day, {@code dd/MM/yyyy}. */
  public static final String EVENT_DAY = "eventDay";
  /**
   * End of the current signing window (24:00 of its last day, a date): set by {@code dossier-signing} when the window
   * opens; the due date of the signing task.
   */
  public static final String SIGNING_DUE_DATE = "signingDueDate";
  /**
   * The PIN of the signer's key, sent with the completion of the signing task. Used once by {@code signDossierListener}
   * and removed in the same transaction: never written to the runtime or history tables.
   */
  public static final String PIN = "pin";
  /** Task-local, for the signing form: the address of the version's CV as PDF. */
  public static final String PDF_URL = "pdfUrl";
  /** Task-local, for the signing form: what changed since the last signed version (Vietnamese text). */
  public static final String CHANGE_SUMMARY = "changeSummary";
  /** {@code unit-restructuring}: id of the decided restructuring (organisation module). Also the business key. */
  public static final String RESTRUCTURING_ID = "restructuringId";
  /** {@code unit-restructuring}: 00:00 (Vietnam) of the effective date, a date; the timer waits for it. */
  public static final String EFFECTIVE_AT = "effectiveAt";
  /** {@code unit-restructuring}: number of people who need a new unit after it was applied. */
  public static final String REHOMING_COUNT = "rehomingCount";
  /** {@code staff-rehoming}: id of the person's re-homing record. */
  public static final String REHOMING_ID = "rehomingId";
  /** {@code staff-rehoming}: the person (account username, the CCCD of an employee). Also the business key. */
  public static final String PERSON_ID = "personId";
  /** {@code staff-rehoming}: the closed unit the person comes from. */
  public static final String FROM_UNIT_ID = "fromUnitId";
  /** {@code staff-rehoming}: the unit proposed (by the restructuring, or by the new unit's focal officer). */
  public static final String PROPOSED_UNIT_ID = "proposedUnitId";
  /** {@code staff-rehoming}: the job position (vị trí việc làm) in the new unit, as confirmed. */
  public static final String POSITION_NAME = "positionName";
  /** Task-local, for the re-homing forms: the person's name. */
  public static final String PERSON_NAME = "personName";
  /** Task-local, for the re-homing forms: name of the closed unit. */
  public static final String FROM_UNIT_NAME = "fromUnitName";
  /** Task-local, for the re-homing forms: name of the proposed unit. */
  public static final String PROPOSED_UNIT_NAME = "proposedUnitName";

  /** Re-homing approval outcome: the focal officer approves the proposed unit. */
  public static final String DECISION_APPROVE = "approve";
  /** Re-homing approval outcome: the focal officer proposes another unit (back to the person). */
  public static final String DECISION_PROPOSE = "propose";

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
  /**
   * {@code national-sync-record}, message start: whether the version is system-generated (not declared by a person,
   * {@code dossier.VersionOrigins}); its deadline is then {@code syncGenerated} instead of {@code sync}.
   */
  public static final String SYNC_GENERATED = "syncGenerated";

  /** {@code exit}: kind of exit, a code of {@code ExitKind}: retirement, resignation, dismissal, death, secondment. */
  public static final String EXIT_KIND = "exitKind";
  /** {@code exit}, {@code transfer-out-of-province}, transfers: the decision's effective date, {@code YYYY-MM-DD}. */
  public static final String EFFECTIVE_DATE = "effectiveDate";
  /** {@code exit}, secondment only: the day the person returns, {@code YYYY-MM-DD}. */
  public static final String RETURN_DATE = "returnDate";
  /** {@code exit}, secondment only: 00:00 (Vietnam) of the return date, a date; the return timer waits for it. */
  public static final String RETURN_AT = "returnAt";
  /**
   * {@code exit}, {@code transfer-out-of-province}, start form: the focal officer's note (free text). Written to the
   * dossier's history and removed from the process at once.
   */
  public static final String EXIT_NOTE = "exitNote";
  /** {@code transfer-out-of-province}: the destination province as written in the decision. */
  public static final String DESTINATION_PROVINCE = "destinationProvince";
  /** End of the period for recording the exit or the transfer (24:00 of the due day), from {@code exit}/{@code transferOut}. */
  public static final String EXIT_DUE_DATE = "exitDueDate";
  /** Number of open tasks handed over to the unit's focal officers when the person left. */
  public static final String HANDED_OVER_TASKS = "handedOverTasks";
  /** Task-local, for the exit forms: the kind of exit in Vietnamese. */
  public static final String EXIT_KIND_LABEL = "exitKindLabel";

  /** Statutory report round: {@code ANNUAL} or {@code HALF_YEAR}. */
  public static final String REPORT_KIND = "reportKind";
  /** The round's period: {@code 2026} (annual), {@code 2027-06} (half-year). */
  public static final String REPORT_PERIOD = "reportPeriod";
  /** The day counted, {@code YYYY-MM-DD}. */
  public static final String REPORT_AS_OF = "reportAsOf";
  /** Number of unit reports of the round. */
  public static final String REPORT_COUNT = "reportCount";
  /** One unit's report (element variable of the multi-instance). */
  public static final String REPORT_ID = "reportId";
  /** 24:00 of the last day for the units' reports. */
  public static final String REPORT_DUE_DATE = "reportDueDate";
  /** The province's consolidated report. */
  public static final String CONSOLIDATED_REPORT_ID = "consolidatedReportId";

  /** {@code declaration-campaign}: id of the campaign (campaign module). Also its business key. */
  public static final String CAMPAIGN_ID = "campaignId";
  /** {@code declaration-campaign}: number of start batches. */
  public static final String CAMPAIGN_BATCH_COUNT = "campaignBatchCount";
  /** {@code declaration-campaign}: number of parallel lanes, the cardinality of the multi-instance subprocess. */
  public static final String CAMPAIGN_LANE_COUNT = "campaignLaneCount";
  /** {@code declaration-campaign}: the start batch (from 0) a lane works on, local to the lane. */
  public static final String CAMPAIGN_BATCH_INDEX = "campaignBatchIndex";

  public static final String ACTION_SAVE = "save";
  public static final String ACTION_SUBMIT = "submit";
  /** Transfers: the transfer decision (organisation module). */
  public static final String TRANSFER_ID = "transferId";
  /** Transfers: the unit the person moves to. */
  public static final String TO_UNIT_ID = "toUnitId";
  /** Transfers, form only (task-local): the name of the unit the person moves to. */
  public static final String TO_UNIT_NAME = "toUnitName";
  /** Transfer between units: the receiving unit sends the case back to the releasing unit. */
  public static final String DECISION_RETURN = "return";
  /** Internal transfer: the focal officer refuses it (with a note). */
  public static final String DECISION_REJECT = "reject";
  /** Transfer into the province: who asked for the pull (the receiving unit's focal officer). */
  public static final String REQUESTED_BY = "requestedBy";
  /** Retirement forecast: the person's retirement date, {@code YYYY-MM-DD}. */
  public static final String RETIREMENT_DATE = "retirementDate";
  /** Retirement forecast: how many notices a run opened. */
  public static final String NOTICE_COUNT = "noticeCount";

  /** Variables whose history is kept. Anything else (form payloads) is not written to the history tables. */
  public static final Set<String> HISTORISED = Set.of(DOSSIER_ID, UNIT_ID, ACTION, DECISION, NOTE, REJECTION_NOTE,
      VERSION_NUMBER, PREVIOUS_VERSION_NUMBER, DECLARATION_DUE_DATE, VERIFICATION_DUE_DATE, CHANGE_ID, CHANGE_TYPE,
      EVENT_DATE, RECRUITMENT_ID, ACCOUNT_CONFIRMATION_DUE_DATE, USERNAME, SIGNING_DUE_DATE, RESTRUCTURING_ID,
      EFFECTIVE_AT, REHOMING_COUNT, REHOMING_ID, PERSON_ID, FROM_UNIT_ID, PROPOSED_UNIT_ID, POSITION_NAME,
      SYNC_RECORD_ID, SYNC_VERSION_NUMBER, SYNC_RESULT, SYNC_DUE_DATE, BATCH_ID, BATCH_MONTH, BATCH_SIZE,
      SYNC_GENERATED,
      EXIT_KIND, EFFECTIVE_DATE, RETURN_DATE, RETURN_AT, DESTINATION_PROVINCE, EXIT_DUE_DATE, HANDED_OVER_TASKS,
      TRANSFER_ID, TO_UNIT_ID, REQUESTED_BY, RETIREMENT_DATE, NOTICE_COUNT,
      REPORT_KIND, REPORT_PERIOD, REPORT_AS_OF, REPORT_COUNT, REPORT_ID, REPORT_DUE_DATE, CONSOLIDATED_REPORT_ID,
      CAMPAIGN_ID, CAMPAIGN_BATCH_COUNT, CAMPAIGN_LANE_COUNT);

  private ProcessVariables() {}
}
