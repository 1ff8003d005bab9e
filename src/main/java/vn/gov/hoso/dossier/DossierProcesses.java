package vn.gov.hoso.dossier;

/**
 * Port the workflow module implements: what the dossier module needs to know about the processes of a dossier
 * without talking to the engine.
 */
public interface DossierProcesses {

  /** Whether a signing process ({@code dossier-signing}) of the dossier is running. */
  boolean signingInProgress(String dossierId);

  /**
   * Whether an exit ({@code exit}) or a transfer out of the province ({@code transfer-out-of-province}) of the dossier
   * is running, other than a secondment waiting for the person's return.
   */
  boolean exitInProgress(String dossierId);
}
