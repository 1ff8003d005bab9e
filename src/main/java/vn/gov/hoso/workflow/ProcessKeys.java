package vn.gov.hoso.workflow;

/** Keys of the processes in {@code processes/}; each lives in the file of the same name. */
public final class ProcessKeys {

  public static final String DOSSIER_DECLARATION = "dossier-declaration";
  public static final String UNIT_RESTRUCTURING = "unit-restructuring";
  public static final String STAFF_REHOMING = "staff-rehoming";

  private ProcessKeys() {}
}
