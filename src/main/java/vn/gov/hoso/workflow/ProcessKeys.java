package vn.gov.hoso.workflow;

/** Keys of the processes in {@code processes/}; each lives in the file of the same name. */
public final class ProcessKeys {

  public static final String DOSSIER_DECLARATION = "dossier-declaration";
  /** A change of a locked (confirmed) dossier: declared by the employee with evidence, verified, locked again. */
  public static final String DOSSIER_CHANGE = "dossier-change";
  /** The signing of a confirmed version (called after approval). */
  public static final String SIGNING = "dossier-signing";
  public static final String ACCOUNT_PROVISIONING = "account-provisioning";

  private ProcessKeys() {}
}
