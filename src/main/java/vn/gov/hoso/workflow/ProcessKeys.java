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

  private ProcessKeys() {}
}
