package vn.gov.hoso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hoso.calendar.SigningWindows;
import vn.gov.hoso.calendar.WorkingCalendar;
import vn.gov.hoso.support.IntegrationTest;

/**
 * The {@code deadlines} bean against the deployed {@code deadlines.dmn} and the real calendar, at fixed engine clocks.
 * Its use in {@code dossier-declaration} is tested in {@link DossierDeclarationProcessIT}.
 */
@IntegrationTest
class DeadlinesIT {

  @Autowired Deadlines deadlines;
  @Autowired DecisionService decisions;
  @Autowired RepositoryService repository;
  @Autowired WorkingCalendar calendar;
  @Autowired SigningWindows signingWindows;

  final DelegateExecution execution = mock(DelegateExecution.class);

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void countsFiveWorkingDaysAcrossTet2027WhenDeclarationStartsOnMonday1February() {
    clockAt("2027-02-01T09:00:00+07:00");

    Date due = deadlines.due(execution, "declare");

    assertThat(due.toInstant()).isEqualTo(OffsetDateTime.parse("2027-02-16T00:00:00+07:00").toInstant())
        .as("24:00 of Monday 15/2: 2, 3, 11, 12, 15 February; 4–10 February is the forecast Tết break")
        .isEqualTo(calendar.endOfDay(java.time.LocalDate.of(2027, 2, 15)));
    assertThat(deadlines.dueDay(due)).isEqualTo("15/02/2027");
  }

  @Test
  void escalatesThreeWorkingDaysAfterTheDueDay() {
    clockAt("2027-02-01T09:00:00+07:00");

    Date escalation = deadlines.escalation(execution, "declare", deadlines.due(execution, "declare"));

    assertThat(escalation.toInstant()).isEqualTo(OffsetDateTime.parse("2027-02-19T00:00:00+07:00").toInstant());
  }

  @Test
  void movesCalendarDayLimitOffTetWhenRuleSetCountsCalendarDays() {
    clockAt("2026-12-22T15:00:00+07:00");
    Deadlines daNang = new Deadlines(decisions, repository, calendar, signingWindows,
        new DeadlineProperties("da-nang-2012"), new LatestDefinitionIds());

    Date due = daNang.due(execution, "createDossier");

    assertThat(deadlines.dueDay(due)).as("45 days after 22/12/2026 is Friday 5/2/2027, in Tết: next working day")
        .isEqualTo("11/02/2027");
  }

  @Test
  void namesRuleSetAndEventWhenTheDecisionHasNoRule() {
    assertThatIllegalStateException().isThrownBy(() -> deadlines.due(execution, "approveLeave"))
        .withMessageContaining("hung-yen-2023").withMessageContaining("approveLeave");
  }

  @Test
  void refusesToStartWhenConfiguredRuleSetIsNotInTheDecision() {
    deadlines.requireConfiguredRuleSet();
    Deadlines misconfigured = new Deadlines(decisions, repository, calendar, signingWindows,
        new DeadlineProperties("quang-ninh-2024"), new LatestDefinitionIds());

    assertThatIllegalStateException().isThrownBy(misconfigured::requireConfiguredRuleSet)
        .withMessageContaining("quang-ninh-2024").withMessageContaining("hung-yen-2023");
  }

  @Test
  void givesTheOpenSigningWindowWhenTheClockIsInsideIt() {
    clockAt("2026-12-21T09:00:00+07:00");

    assertThat(deadlines.signingWindowOpens("BASE").toInstant()).as("Sunday 20/12 is off: opens Monday 21/12")
        .isEqualTo(OffsetDateTime.parse("2026-12-21T00:00:00+07:00").toInstant());
    assertThat(deadlines.signingWindowCloses("base").toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-23T00:00:00+07:00").toInstant());
    assertThat(deadlines.signingWindowOpens("PROVINCE").toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-25T00:00:00+07:00").toInstant());
    assertThat(deadlines.signingWindowCloses("PROVINCE").toInstant())
        .isEqualTo(OffsetDateTime.parse("2027-01-01T00:00:00+07:00").toInstant());
  }

  @Test
  void givesNextMonthsSigningWindowWhenThisMonthsHasClosed() {
    clockAt("2026-12-23T08:00:00+07:00");

    assertThat(deadlines.signingWindowOpens("BASE").toInstant())
        .isEqualTo(OffsetDateTime.parse("2027-01-20T00:00:00+07:00").toInstant());
  }

  @Test
  void includesTheNextWorkingDayWhenAskedForTheDueSoonBound() {
    clockAt("2027-02-03T09:00:00+07:00");

    Instant bound = deadlines.dueSoonBefore().toInstant();

    assertThat(bound).as("Thursday 4/2 starts the Tết break: the next working day is Thursday 11/2")
        .isAfter(OffsetDateTime.parse("2027-02-12T00:00:00+07:00").toInstant())
        .isBefore(OffsetDateTime.parse("2027-02-12T01:00:00+07:00").toInstant());
  }

  @Test
  void takesTheRulesOfARedeployedDecisionAtTheNextCall() throws Exception {
    clockAt("2027-03-01T09:00:00+07:00");
    Date before = deadlines.due(execution, "declare");
    String original;
    String latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(Deadlines.DECISION)
        .latestVersion().withoutTenantId().singleResult().getId();
    try (InputStream model = repository.getDecisionModel(latest)) {
      original = new String(model.readAllBytes(), StandardCharsets.UTF_8);
    }
    String sevenDays = original.replace("<outputEntry id=\"HungYen_DeclareDays\"><text>5</text>",
        "<outputEntry id=\"HungYen_DeclareDays\"><text>7</text>");
    assertThat(sevenDays).isNotEqualTo(original);
    try {
      repository.createDeployment().name("deadlines (modeler's change)").addString("deadlines.dmn", sevenDays)
          .deploy();

      Date after = deadlines.due(execution, "declare");

      assertThat(before.toInstant()).as("5 working days from Monday 1/3/2027: Monday 8/3")
          .isEqualTo(OffsetDateTime.parse("2027-03-09T00:00:00+07:00").toInstant());
      assertThat(after.toInstant()).as("7 working days: Wednesday 10/3")
          .isEqualTo(OffsetDateTime.parse("2027-03-11T00:00:00+07:00").toInstant());
    } finally {
      repository.createDeployment().name("deadlines (restored)").addString("deadlines.dmn", original).deploy();
    }
    assertThat(deadlines.due(execution, "declare")).isEqualTo(before);
  }

  private static void clockAt(String instant) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(instant).toInstant()));
  }
}
