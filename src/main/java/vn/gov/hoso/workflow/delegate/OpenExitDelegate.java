package vn.gov.hoso.workflow.delegate;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.dossier.Decided;
import vn.gov.hoso.dossier.DossierArchive;
import vn.gov.hoso.dossier.ExitDecision;
import vn.gov.hoso.workflow.ProcessVariables;

/**
 * Start of {@code exit}: the signed-in focal officer (or Sở Nội vụ administrator) records an exit decision for a
 * dossier of their scope.
 *
 * <p>Inputs: {@code dossierId} (the CCCD), {@code exitKind} (retirement | resignation | dismissal | death |
 * secondment), {@code decisionNumber}, {@code effectiveDate} and, for a secondment, {@code returnDate}
 * ({@code YYYY-MM-DD}), {@code exitNote}; the authenticated user. Outputs: the business key (= {@code dossierId}),
 * {@code unitId}, the inputs normalised, {@code returnAt} (00:00 Vietnam time of the return date; secondment only);
 * {@code exitNote} removed (it is written to the dossier's history). A refusal (not allowed, out of scope, archived,
 * another exit running, bad values) refuses the start with a Vietnamese/English message whose cause is the module's
 * {@code BusinessException}; nothing is started.
 */
@Component("openExitDelegate")
public class OpenExitDelegate implements JavaDelegate {

  static final String ENDPOINT = "exit (start)";

  private final DossierArchive archive;
  private final Actors actors;
  private final Refusals refusals;

  public OpenExitDelegate(DossierArchive archive, Actors actors, Refusals refusals) {
    this.archive = archive;
    this.actors = actors;
    this.refusals = refusals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String dossierId = String.valueOf(execution.getVariable(ProcessVariables.DOSSIER_ID));
    Decided<ExitDecision> decided;
    try {
      decided = archive.decideExit(dossierId, () -> ExitDecision.of(execution.getVariable(ProcessVariables.EXIT_KIND),
          execution.getVariable(ProcessVariables.DECISION_NUMBER), execution.getVariable(ProcessVariables.EFFECTIVE_DATE),
          execution.getVariable(ProcessVariables.RETURN_DATE), execution.getVariable(ProcessVariables.EXIT_NOTE)),
          actors.current(Actors.SYSTEM), ENDPOINT);
    } catch (BusinessException e) {
      throw refusals.of(e);
    }
    ExitDecision decision = decided.decision();
    execution.setProcessBusinessKey(dossierId);
    execution.setVariable(ProcessVariables.UNIT_ID, decided.unitId());
    execution.setVariable(ProcessVariables.EXIT_KIND, decision.kind().code());
    execution.setVariable(ProcessVariables.DECISION_NUMBER, decision.decisionNumber());
    execution.setVariable(ProcessVariables.EFFECTIVE_DATE, decision.effectiveDate().toString());
    LocalDate returnDate = decision.returnDate();
    if (returnDate == null) {
      execution.removeVariable(ProcessVariables.RETURN_DATE);
    } else {
      execution.setVariable(ProcessVariables.RETURN_DATE, returnDate.toString());
      execution.setVariable(ProcessVariables.RETURN_AT,
          Date.from(returnDate.atStartOfDay(WorkingCalendar.ZONE).toInstant()));
    }
    execution.removeVariable(ProcessVariables.EXIT_NOTE);
  }
}
