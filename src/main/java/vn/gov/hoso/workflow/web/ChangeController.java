package vn.gov.hoso.workflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.workflow.ProcessKeys;
import vn.gov.hoso.workflow.ProcessVariables;
import vn.gov.hoso.workflow.delegate.TaskFormRejectedException;
import vn.gov.hoso.workflow.identity.AccountGroups;

/**
 * Declaring a change of one's own locked dossier through the API: starts {@code dossier-change} exactly as Tasklist's
 * start form does, as the signed-in employee (the engine checks the right to start it; the model binds it to the
 * caller's own dossier). Only the employee declares a change of their dossier: a focal officer who needs to open it
 * unlocks it instead ({@code POST /api/dossiers/{cccd}/unlock}).
 */
@RestController
@RequestMapping(path = "/api/me/changes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Hồ sơ", description = "Dossiers: current data, versions, diff, update history, attachments")
class ChangeController {

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final AccountGroups groups;
  private final DossierService dossiers;

  ChangeController(RuntimeService runtime, IdentityService identity, AccountGroups groups, DossierService dossiers) {
    this.dossiers = dossiers;
    this.runtime = runtime;
    this.identity = identity;
    this.groups = groups;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Khai báo thay đổi hồ sơ đã khóa / Declare a change of the caller's locked dossier",
      description = "Body {\"changeType\": \"salary-raise\", \"eventDate\": \"2026-11-20\", \"description\": \"…\"}. "
          + "Starts dossier-change: the employee then edits the dossier in Tasklist (task Khai báo thay đổi hồ sơ), "
          + "attaches at least one scanned document and submits; the focal officer verifies. 409 when the dossier "
          + "is not locked, another change is open or a signing runs; 400 for a bad type, date or description.")
  ResponseEntity<Map<String, Object>> declare(@RequestBody ChangeRequest body, Principal user) {
    dossiers.requireOwnDossier(user.getName());
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.CHANGE_TYPE, body.changeType());
    variables.put(ProcessVariables.EVENT_DATE, body.eventDate());
    variables.put(ProcessVariables.CHANGE_DESCRIPTION, body.description());
    ProcessInstance instance;
    identity.setAuthentication(user.getName(), groups.groupIds(user.getName()));
    try {
      instance = runtime.startProcessInstanceByKey(ProcessKeys.DOSSIER_CHANGE, variables);
    } catch (TaskFormRejectedException e) {
      throw e.getCause() instanceof BusinessException refusal ? refusal : e;
    } finally {
      identity.clearAuthentication();
    }
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("cccd", instance.getBusinessKey());
    created.put("changeId", runtime.getVariable(instance.getId(), ProcessVariables.CHANGE_ID));
    created.put("processInstanceId", instance.getId());
    return ResponseEntity.status(201).body(created);
  }
}
