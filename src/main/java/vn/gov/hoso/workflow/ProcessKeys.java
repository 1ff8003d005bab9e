package vn.gov.hoso.workflow;

/** Keys of the processes in {@code processes/}; each lives in the file of the same name. */
public final class ProcessKeys {

  public static final String DOSSIER_DECLARATION = "dossier-declaration";
  /** The head signs a confirmed version in the signing window; called by other processes (call activity). */
  public static final String SIGNING = "dossier-signing";

  private ProcessKeys() {}
}
