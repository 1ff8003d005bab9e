package vn.gov.hoso.dossier;

/**
 * Port the workflow module implements: what the dossier module needs to know about the processes of a dossier
 * without talking to the engine.
 */
public interface DossierProcesses {

  /** Whether a signing process ({@code dossier-signing}) of the dossier is running. */
  boolean signingInProgress(String dossierId);
}
