package vn.gov.hoso.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.gov.hoso.dossier.DossierFixtures;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.dossier.DossierStatus;
import vn.gov.hoso.dossier.HistoryAction;
import vn.gov.hoso.simulator.Faults;
import vn.gov.hoso.simulator.NationalDatabaseSimulator;
import vn.gov.hoso.support.IntegrationTest;

/**
 * {@code transfer-into-province}: started over the API by the receiving unit's focal officer with a CCCD; the pull of
 * the national record runs as an asynchronous job (executed here), the existing verification of the receiving unit
 * follows. The national database is the application's simulator (its HTTP boundary), seeded with a record of a person
 * of Hà Nội.
 */
@IntegrationTest
class TransferIntoProvinceProcessIT {

  static final String PULL = "PullNationalRecordServiceTask";
  static final String RECEIVED = "DossierReceivedEndEvent";
  static final String REVIEW_FAILURE = "ReviewFailedPullUserTask";
  static final String VERIFY = "VerifyDossierUserTask";

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired DossierService dossiers;
  @Autowired NationalDatabaseSimulator simulator;
  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @BeforeEach
  void noFaults() {
    BpmnAwareTests.init(engine);
    simulator.setFaults(Faults.none());
  }

  @AfterEach
  void resetFaults() {
    simulator.setFaults(Faults.none());
  }

  @Test
  void pullsTheRecordAsynchronouslyAndLeavesItToTheReceivingUnitsVerification() throws Exception {
    String arriving = seedPersonOfHaNoi("Trương Thị Đến Tỉnh");

    request(arriving, "th.daumoi").andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("REQUESTED"));
    ProcessInstance transfer = transferOf(arriving);
    assertThat(transfer).isWaitingAt(PULL);
    Assertions.assertThat(dossiers.exists(arriving)).as("nothing pulled before the job runs").isFalse();

    executePull(transfer);

    assertThat(transfer).hasPassed(PULL).isEnded().hasPassed(RECEIVED);
    Assertions.assertThat(dossiers.read(arriving, "th.daumoi", "test").status()).isEqualTo(DossierStatus.SUBMITTED);
    Assertions.assertThat(dossiers.history(arriving, "th.daumoi", "test")).extracting(h -> h.action())
        .containsExactly(HistoryAction.IMPORT, HistoryAction.SUBMIT);
    ProcessInstance declaration = runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.DOSSIER_DECLARATION).processInstanceBusinessKey(arriving).singleResult();
    assertThat(declaration).isWaitingAt(VERIFY);
    assertThat(BpmnAwareTests.task(declaration)).hasCandidateGroup(UnitGroups.focal("TH-HN"));
  }

  @Test
  void tellsTheRequesterWhenTheNationHasNoRecord() throws Exception {
    String unknown = "001185" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    request(unknown, "th.daumoi").andExpect(status().isAccepted());
    ProcessInstance transfer = transferOf(unknown);

    executePull(transfer);

    assertThat(transfer).isWaitingAt(REVIEW_FAILURE);
    assertThat(BpmnAwareTests.task(transfer)).isAssignedTo("th.daumoi");
    Assertions.assertThat(runtime.getVariable(transfer.getId(), "pullError")).isEqualTo("NATIONAL_RECORD_NOT_FOUND");
    Assertions.assertThat(dossiers.exists(unknown)).isFalse();
    tasks.complete(BpmnAwareTests.task(transfer).getId());
    assertThat(transfer).isEnded().hasPassed("InboundPullFailedEndEvent");
  }

  @Test
  void tellsTheRequesterWhenTheDossierAppearedMeanwhile() throws Exception {
    String arriving = seedPersonOfHaNoi("Đoàn Thị Hai Lần");
    request(arriving, "th.daumoi").andExpect(status().isAccepted());
    request(arriving, "admin").andExpect(status().isAccepted());
    ProcessInstance first = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRANSFER_INTO_PROVINCE)
        .processInstanceBusinessKey(arriving).variableValueEquals(ProcessVariables.REQUESTED_BY, "th.daumoi")
        .singleResult();
    ProcessInstance second = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRANSFER_INTO_PROVINCE)
        .processInstanceBusinessKey(arriving).variableValueEquals(ProcessVariables.REQUESTED_BY, "admin")
        .singleResult();
    executePull(first);

    executePull(second);

    assertThat(second).isWaitingAt(REVIEW_FAILURE);
    Assertions.assertThat(runtime.getVariable(second.getId(), "pullError")).isEqualTo("INBOUND_REFUSED");
    Assertions.assertThat(runtime.getVariable(second.getId(), "pullReason")).isEqualTo("inboundDossierExists");
    request(arriving, "th.daumoi").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("inboundDossierExists"));
  }

  @Test
  void retriesAndKeepsNothingWhenTheNationDoesNotAnswer() throws Exception {
    String arriving = seedPersonOfHaNoi("Lý Thị Chờ Mạng");
    request(arriving, "th.daumoi").andExpect(status().isAccepted());
    ProcessInstance transfer = transferOf(arriving);
    simulator.setFaults(new Faults(1.0, 0, 0, 0, Duration.ZERO, Duration.ZERO, Set.of(), 1L));

    Job job = management.createJobQuery().processInstanceId(transfer.getId()).singleResult();
    Assertions.assertThatThrownBy(() -> management.executeJob(job.getId())).isNotNull();

    Job retried = management.createJobQuery().processInstanceId(transfer.getId()).singleResult();
    Assertions.assertThat(retried.getRetries()).as("R3/PT5M: two retries left").isEqualTo(2);
    Assertions.assertThat(retried.getExceptionMessage()).isNotBlank();
    assertThat(transfer).isWaitingAt(PULL);
    Assertions.assertThat(dossiers.exists(arriving)).isFalse();
  }

  @Test
  void refusesARequestOutsideTheCallersScope() throws Exception {
    String arriving = seedPersonOfHaNoi("Vương Thị Ngoài");
    request(arriving, "stc.daumoi").andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("inboundForbidden"));
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRANSFER_INTO_PROVINCE)
        .processInstanceBusinessKey(arriving).count()).isZero();
  }

  private String seedPersonOfHaNoi(String fullName) {
    String cccd;
    do {
      cccd = "001185" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    } while (dossiers.exists(cccd));
    ObjectNode fields = DossierFixtures.aCivilServantDossier();
    fields.put("citizenIdNumber", cccd);
    fields.put("dossierId", cccd);
    fields.put("fullName", fullName);
    fields.put("employingUnitId", "HN-SO-TAI-CHINH");
    ObjectNode record = json.createObjectNode();
    record.put("citizenId", cccd);
    record.put("versionNumber", 2);
    record.put("signedAt", "2026-10-20T03:00:00Z");
    record.set("fields", fields);
    simulator.seed("01", record);
    return cccd;
  }

  private ResultActions request(String cccd, String user) throws Exception {
    return mvc.perform(post("/api/transfers/into-province").with(httpBasic(user, demoPassword))
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(Map.of("cccd", cccd, "unitId", "TH-HN"))));
  }

  private ProcessInstance transferOf(String cccd) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.TRANSFER_INTO_PROVINCE)
        .processInstanceBusinessKey(cccd).singleResult();
  }

  private void executePull(ProcessInstance instance) {
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
  }
}
