package vn.gov.hoso.workflow.delegate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.dossier.DossierArchive;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * The seconded person is back (return timer of {@code exit}): employment status Đang công tác again, their dossier
 * writable for them again, a history row. Nothing happens when they are no longer seconded.
 *
 * <p>Inputs: {@code dossierId}. Outputs: none. No BPMN error.
 */
@Component("endSecondmentDelegate")
public class EndSecondmentDelegate implements JavaDelegate {

  private final DossierArchive archive;
  private final Actors actors;

  public EndSecondmentDelegate(DossierArchive archive, Actors actors) {
    this.archive = archive;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    archive.endSecondment((String) execution.getVariable(ProcessVariables.DOSSIER_ID), actors.current(Actors.SYSTEM));
  }
}
