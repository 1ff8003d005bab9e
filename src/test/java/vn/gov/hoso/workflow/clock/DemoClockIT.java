package vn.gov.hoso.workflow.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.gov.hoso.common.MovableClock;
import vn.gov.hoso.common.TimeConfiguration;
import vn.gov.hoso.support.IntegrationTest;
import vn.gov.hoso.support.TestEmployees;

/** The demo clock moves the engine and the application clock, fires the timers now due, and exists only in the demo. */
@IntegrationTest
@Import(TestEmployees.class)
class DemoClockIT {

  @Autowired MockMvc mvc;
  @Autowired TestEmployees employees;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired Clock clock;
  @Autowired MovableClock movableClock;

  @Value("${hoso.demo.password}")
  String demoPassword;

  @AfterEach
  void resetClocks() {
    ClockUtil.reset();
    movableClock.reset();
  }

  @Test
  void firesOverdueTimerAndMovesBothClocksWhenAdministratorMovesTheClock() throws Exception {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2027-02-01T09:00:00+07:00").toInstant()));
    String cccd = employees.recruitWoman1985("STC-NS", "Hoàng Thị Đồng Hồ");
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(cccd).singleResult().getId();

    move("admin", "2027-02-16T09:00:00+07:00")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.now").value(org.hamcrest.Matchers.startsWith("2027-02-16T09:00")))
        .andExpect(jsonPath("$.timersFired").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

    Instant target = OffsetDateTime.parse("2027-02-16T09:00:00+07:00").toInstant();
    assertThat(Duration.between(target, clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    assertThat(Duration.between(target, ClockUtil.getCurrentTime().toInstant()).abs())
        .isLessThan(Duration.ofMinutes(1));
    assertThat(tasks.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("RemindDeclarationOverdueUserTask").taskCandidateGroup("focal-STC").count())
        .isEqualTo(1);
  }

  @Test
  void resetsBothClocksToTheSystemTimeWhenAdministratorDeletesTheClock() throws Exception {
    move("admin", "2030-01-01T00:00:00+07:00").andExpect(status().isOk());

    mvc.perform(delete("/api/demo/clock").with(httpBasic("admin", demoPassword)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.timersFired").value(0));

    assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    assertThat(Duration.between(Instant.now(), ClockUtil.getCurrentTime().toInstant()).abs())
        .isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void refusesToMoveTheClockForAnyoneButTheAdministrator() throws Exception {
    move("stc.daumoi", "2030-01-01T00:00:00+07:00")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("administratorOnly"));
    mvc.perform(delete("/api/demo/clock").with(httpBasic("stc.thutruong", demoPassword)))
        .andExpect(status().isForbidden());

    assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void refusesMalformedOrMissingTimeWithProblem() throws Exception {
    move("admin", "21/12/2026 09:00").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("unreadableBody"));
    mvc.perform(put("/api/demo/clock").contentType(MediaType.APPLICATION_JSON).content("{}")
            .with(httpBasic("admin", demoPassword)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("missingParameter"));
  }

  @Test
  void hasNoDemoClockAndASystemClockWhenDemoDataAreDisabled() {
    new ApplicationContextRunner()
        .withPropertyValues("hoso.demo.enabled=false")
        .withUserConfiguration(TimeConfiguration.class, DemoClock.class, DemoClockController.class)
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(DemoClockController.class)
              .doesNotHaveBean(DemoClock.class).doesNotHaveBean(MovableClock.class);
          assertThat(context.getBean(Clock.class).getZone()).isEqualTo(TimeConfiguration.VIETNAM);
        });
  }

  private ResultActions move(String user, String now) throws Exception {
    return mvc.perform(put("/api/demo/clock").contentType(MediaType.APPLICATION_JSON)
        .content("{\"now\":\"" + now + "\"}").with(httpBasic(user, demoPassword)));
  }
}
