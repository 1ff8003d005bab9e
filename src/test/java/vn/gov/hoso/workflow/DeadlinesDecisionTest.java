package vn.gov.hoso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code processes/deadlines.dmn} evaluated by the DMN engine alone: one row per rule (rule set, event → days, unit,
 * escalation), then the edges. A rule added to the table without a row here fails {@link #hasOneTestRowPerRule}.
 */
class DeadlinesDecisionTest {

  static final String RESOURCE = "processes/deadlines.dmn";
  static final int RULES = 43;

  static DmnEngine engine;
  static DmnDecision decision;
  static DmnModelInstance model;

  @BeforeAll
  static void parseTheDecision() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = resource()) {
      decision = engine.parseDecision("deadlines", in);
    }
    try (InputStream in = resource()) {
      model = Dmn.readModelFromStream(in);
    }
  }

  @ParameterizedTest(name = "{0} {1}: {2} {3}, escalate {4} working days later")
  @CsvSource(delimiter = '|', textBlock = """
      hung-yen-2023 | createAccount    |  5 | WORKING  | 3
      hung-yen-2023 | declare          |  5 | WORKING  | 3
      hung-yen-2023 | verify           |  5 | WORKING  | 3
      hung-yen-2023 | lock             |  5 | WORKING  | 3
      hung-yen-2023 | sign             |  5 | WORKING  | 3
      hung-yen-2023 | changeDeclare    |  5 | WORKING  | 3
      hung-yen-2023 | changeApprove    | 10 | WORKING  | 3
      hung-yen-2023 | transferHandover | 10 | WORKING  | 3
      hung-yen-2023 | exit             |  5 | WORKING  | 3
      da-nang-2012  | createDossier    | 45 | CALENDAR | 5
      da-nang-2012  | stateChange      | 10 | CALENDAR | 5
      da-nang-2012  | internalTransfer | 15 | CALENDAR | 5
      da-nang-2012  | transferHandover | 15 | CALENDAR | 5
      da-nang-2012  | transferForward  | 30 | CALENDAR | 5
      da-nang-2012  | exit             | 15 | CALENDAR | 5
      da-nang-2012  | transferOut      | 10 | CALENDAR | 5
      da-nang-2012  | createAccount    |  5 | WORKING  | 3
      da-nang-2012  | declare          |  5 | WORKING  | 3
      da-nang-2012  | verify           |  5 | WORKING  | 3
      da-nang-2012  | changeDeclare    |  5 | WORKING  | 3
      da-nang-2012  | changeApprove    | 10 | WORKING  | 3
      nd27-2026     | sync             |  3 | WORKING  | 1
      nd27-2026     | syncGenerated    |  1 | CALENDAR | 1
      nd27-2026     | createDossier    |  3 | CALENDAR | 1
      nd27-2026     | createAccount    |  5 | WORKING  | 3
      nd27-2026     | declare          |  5 | WORKING  | 3
      nd27-2026     | verify           |  5 | WORKING  | 3
      nd27-2026     | changeDeclare    |  5 | WORKING  | 3
      nd27-2026     | changeApprove    | 10 | WORKING  | 3
      hung-yen-2023 | rehomeConfirm    |  5 | WORKING  | 3
      hung-yen-2023 | rehomeApprove    |  5 | WORKING  | 3
      da-nang-2012  | rehomeConfirm    |  5 | WORKING  | 3
      da-nang-2012  | rehomeApprove    |  5 | WORKING  | 3
      nd27-2026     | rehomeConfirm    |  5 | WORKING  | 3
      nd27-2026     | rehomeApprove    |  5 | WORKING  | 3
      hung-yen-2023 | transferOut      | 10 | WORKING  | 3
      nd27-2026     | exit             |  5 | WORKING  | 3
      nd27-2026     | transferOut      | 10 | WORKING  | 3
      hung-yen-2023 | internalTransfer | 10 | WORKING  | 3
      hung-yen-2023 | transferForward  | 10 | WORKING  | 3
      nd27-2026     | internalTransfer | 10 | WORKING  | 3
      nd27-2026     | transferHandover | 10 | WORKING  | 3
      nd27-2026     | transferForward  | 10 | WORKING  | 3
      """)
  void givesTheLimitOfTheRuleWhenRuleSetAndEventMatch(String ruleSet, String event, int days, String unit,
      int escalationDays) {
    DmnDecisionTableResult result = evaluate(ruleSet, event);

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap())
        .isEqualTo(Map.of("days", days, "unit", unit, "escalationDays", escalationDays));
  }

  @Test
  void hasOneTestRowPerRule() {
    assertThat(rules()).hasSize(RULES);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"hung-yen-2023", "da-nang-2012", "nd27-2026"})
  void coversTheEventsOfDossierDeclarationWhenAnyShippedRuleSetIsActive(String ruleSet) {
    assertThat(evaluate(ruleSet, "declare")).hasSize(1);
    assertThat(evaluate(ruleSet, "verify")).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"hung-yen-2023", "da-nang-2012", "nd27-2026"})
  void coversTheEventsOfDossierChangeWhenAnyShippedRuleSetIsActive(String ruleSet) {
    assertThat(evaluate(ruleSet, "changeDeclare")).hasSize(1);
    assertThat(evaluate(ruleSet, "changeApprove")).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"hung-yen-2023", "da-nang-2012", "nd27-2026"})
  void coversTheEventsOfStaffRehomingWhenAnyShippedRuleSetIsActive(String ruleSet) {
    assertThat(evaluate(ruleSet, "rehomeConfirm")).hasSize(1);
    assertThat(evaluate(ruleSet, "rehomeApprove")).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"hung-yen-2023", "da-nang-2012", "nd27-2026"})
  void coversTheEventsOfExitAndTransferOutWhenAnyShippedRuleSetIsActive(String ruleSet) {
    assertThat(evaluate(ruleSet, "exit")).hasSize(1);
    assertThat(evaluate(ruleSet, "transferOut")).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"hung-yen-2023", "da-nang-2012", "nd27-2026"})
  void coversTheEventsOfTheTransfersWhenAnyShippedRuleSetIsActive(String ruleSet) {
    assertThat(evaluate(ruleSet, "internalTransfer")).hasSize(1);
    assertThat(evaluate(ruleSet, "transferHandover")).hasSize(1);
    assertThat(evaluate(ruleSet, "transferForward")).hasSize(1);
  }

  @Test
  void findsNoRuleWhenRuleSetIsUnknown() {
    assertThat(evaluate("quang-ninh-2024", "declare")).isEmpty();
    assertThat(evaluate("HUNG-YEN-2023", "declare")).as("rule set names are case-sensitive").isEmpty();
  }

  @Test
  void findsNoRuleWhenEventIsUnknownMisspelledOrMissing() {
    assertThat(evaluate("hung-yen-2023", "approve")).isEmpty();
    assertThat(evaluate("hung-yen-2023", "Declare")).isEmpty();
    assertThat(evaluate("hung-yen-2023", " declare")).isEmpty();
    assertThat(evaluate("hung-yen-2023", null)).isEmpty();
    assertThat(evaluate(null, "declare")).isEmpty();
  }

  @Test
  void findsNoRuleWhenEventBelongsToAnotherRuleSet() {
    assertThat(evaluate("hung-yen-2023", "sync")).isEmpty();
    assertThat(evaluate("nd27-2026", "lock")).isEmpty();
  }

  @Test
  void givesWholePositiveNumbersAndAKnownUnitInEveryRule() {
    for (Rule rule : rules()) {
      String days = rule.getOutputEntries().iterator().next().getText().getTextContent();
      assertThat(Integer.parseInt(days)).as(rule.getId()).isPositive();
    }
    Set<String> units = rules().stream()
        .map(rule -> rule.getOutputEntries().stream().skip(1).findFirst().orElseThrow().getText().getTextContent())
        .collect(Collectors.toSet());
    assertThat(units).containsExactlyInAnyOrder("\"WORKING\"", "\"CALENDAR\"");
  }

  @Test
  void setsHistoryTimeToLiveAndUniqueHitPolicyInTheModel() {
    Decision deadlines = model.getModelElementById("deadlines");
    assertThat(deadlines.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(table().getHitPolicy().name()).isEqualTo("UNIQUE");
  }

  private static DmnDecisionTableResult evaluate(String ruleSet, String event) {
    return engine.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("ruleSet", ruleSet).putValue("event", event));
  }

  private static DecisionTable table() {
    Decision deadlines = model.getModelElementById("deadlines");
    return (DecisionTable) deadlines.getExpression();
  }

  private static Collection<Rule> rules() {
    return table().getRules();
  }

  private static InputStream resource() {
    InputStream in = DeadlinesDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    assertThat(in).as(RESOURCE).isNotNull();
    return in;
  }
}
