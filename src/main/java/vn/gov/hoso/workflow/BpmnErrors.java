package vn.gov.hoso.workflow;

/** BPMN error codes thrown by the delegates and handled in the models. */
public final class BpmnErrors {

  /** The submitted dossier has blocking validation errors; the model returns it to the employee. */
  public static final String DOSSIER_INVALID = "DOSSIER_INVALID";
  /** Transfer into the province: the national database has no record of the CCCD. */
  public static final String NATIONAL_RECORD_NOT_FOUND = "NATIONAL_RECORD_NOT_FOUND";
  /** Transfer into the province: the pull is refused (local dossier exists, bad CCCD or unit, no right). */
  public static final String INBOUND_REFUSED = "INBOUND_REFUSED";

  private BpmnErrors() {}
}
