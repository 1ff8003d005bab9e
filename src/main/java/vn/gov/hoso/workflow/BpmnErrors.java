package vn.gov.hoso.workflow;

/** BPMN error codes thrown by the delegates and handled in the models. */
public final class BpmnErrors {

  /** The submitted dossier has blocking validation errors; the model returns it to the employee. */
  public static final String DOSSIER_INVALID = "DOSSIER_INVALID";

  private BpmnErrors() {}
}
