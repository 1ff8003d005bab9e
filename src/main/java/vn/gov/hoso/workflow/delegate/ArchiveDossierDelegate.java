package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierArchive;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Moves the dossier to the permanent archive (read-only, never deleted); idempotent. The dossier's other running
 * processes end with it.
 *
 * <p>Inputs: {@code dossierId}. Outputs: none. No BPMN error.
 */
@Component("archiveDossierDelegate")
public class ArchiveDossierDelegate implements JavaDelegate {

  private final DossierArchive archive;
  private final Actors actors;

  public ArchiveDossierDelegate(DossierArchive archive, Actors actors) {
    this.archive = archive;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    archive.archive((String) execution.getVariable(ProcessVariables.DOSSIER_ID), actors.current(Actors.SYSTEM));
  }
}
