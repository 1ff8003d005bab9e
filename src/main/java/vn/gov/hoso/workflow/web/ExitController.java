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
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.workflow.ProcessKeys;
import vn.gov.hoso.workflow.ProcessVariables;
import vn.gov.hoso.workflow.delegate.TaskFormRejectedException;
import vn.gov.hoso.workflow.identity.AccountGroups;

/**
 * Exits and transfers out of the province through the API: starts {@code exit} or {@code transfer-out-of-province}
 * exactly as Tasklist's start form does, as the signed-in focal officer (the engine checks the right to start it; the
 * model checks the scope and the values).
 */
@RestController
@RequestMapping(path = "/api/dossiers/{cccd:\\d{12}}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Nghỉ việc, chuyển công tác", description = "Exits, secondments, transfers out of the province")
class ExitController {

  /** Body of {@code POST …/exits}. */
  record ExitRequest(@Nullable String kind, @Nullable String decisionNumber, @Nullable String effectiveDate,
      @Nullable String returnDate, @Nullable String note) {}

  /** Body of {@code POST …/transfer-out}. */
  record TransferOutRequest(@Nullable String destinationProvince, @Nullable String decisionNumber,
      @Nullable String effectiveDate, @Nullable String note) {}

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final AccountGroups groups;

  ExitController(RuntimeService runtime, IdentityService identity, AccountGroups groups) {
    this.runtime = runtime;
    this.identity = identity;
    this.groups = groups;
  }

  @PostMapping(path = "/exits", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Ghi nhận nghỉ hưu, thôi việc, buộc thôi việc, từ trần, biệt phái / Record an exit decision",
      description = "Body {\"kind\": \"retirement|resignation|dismissal|death|secondment\", \"decisionNumber\": \"…\", "
          + "\"effectiveDate\": \"YYYY-MM-DD\", \"returnDate\": \"YYYY-MM-DD\" (secondment only, required), "
          + "\"note\": \"…\"}. Focal officers of the dossier's unit or above and the Sở Nội vụ administrator. Starts "
          + "exit: the task Ghi nhận trạng thái công tác (due `exit` working days after the effective date) records "
          + "the status; a final exit archives the dossier and disables the account; a secondment limits it until the "
          + "return date. 201; 403 not allowed or out of scope; 400 bad values; 409 archived or another exit running.")
  ResponseEntity<Map<String, Object>> exit(@PathVariable String cccd, @RequestBody ExitRequest body, Principal user) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.DOSSIER_ID, cccd);
    variables.put(ProcessVariables.EXIT_KIND, body.kind());
    variables.put(ProcessVariables.DECISION_NUMBER, body.decisionNumber());
    variables.put(ProcessVariables.EFFECTIVE_DATE, body.effectiveDate());
    variables.put(ProcessVariables.RETURN_DATE, body.returnDate());
    variables.put(ProcessVariables.EXIT_NOTE, body.note());
    return started(start(ProcessKeys.EXIT, variables, user));
  }

  @PostMapping(path = "/transfer-out", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Ghi nhận chuyển công tác ra ngoài tỉnh / Record a transfer to another province",
      description = "Body {\"destinationProvince\": \"…\", \"decisionNumber\": \"…\", \"effectiveDate\": "
          + "\"YYYY-MM-DD\", \"note\": \"…\"}. Focal officers of the dossier's unit or above and the Sở Nội vụ "
          + "administrator; the dossier must be confirmed and locked. Starts transfer-out-of-province: the focal "
          + "officer closes the dossier (final version, status Chuyển công tác), the head signs it (queued for the "
          + "national database), then it is archived and the account disabled. 201; 403; 400; 409.")
  ResponseEntity<Map<String, Object>> transferOut(@PathVariable String cccd, @RequestBody TransferOutRequest body,
      Principal user) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ProcessVariables.DOSSIER_ID, cccd);
    variables.put(ProcessVariables.DESTINATION_PROVINCE, body.destinationProvince());
    variables.put(ProcessVariables.DECISION_NUMBER, body.decisionNumber());
    variables.put(ProcessVariables.EFFECTIVE_DATE, body.effectiveDate());
    variables.put(ProcessVariables.EXIT_NOTE, body.note());
    return started(start(ProcessKeys.TRANSFER_OUT_OF_PROVINCE, variables, user));
  }

  private ProcessInstance start(String key, Map<String, Object> variables, Principal user) {
    identity.setAuthentication(user.getName(), groups.groupIds(user.getName()));
    try {
      return runtime.startProcessInstanceByKey(key, variables);
    } catch (TaskFormRejectedException e) {
      throw e.getCause() instanceof BusinessException refusal ? refusal : e;
    } finally {
      identity.clearAuthentication();
    }
  }

  private ResponseEntity<Map<String, Object>> started(ProcessInstance instance) {
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("cccd", instance.getBusinessKey());
    created.put("processInstanceId", instance.getId());
    return ResponseEntity.status(201).body(created);
  }
}
