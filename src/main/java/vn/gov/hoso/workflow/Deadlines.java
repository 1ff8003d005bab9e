package vn.gov.hoso.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.gov.hoso.calendar.SigningTier;
import vn.gov.hoso.calendar.SigningWindow;
import vn.gov.hoso.calendar.SigningWindows;
import vn.gov.hoso.calendar.WorkingCalendar;

/**
 * Bean {@code deadlines}: legal deadlines for BPMN expressions ({@code camunda:dueDate}, timer {@code timeDate}).
 * How long a limit is comes from the decision {@value #DECISION} ({@code processes/deadlines.dmn}), keyed by the
 * configured rule set ({@code hoso.deadlines.rule-set}) and an event name; how it is counted comes from the calendar
 * module (working days with Tết, compensatory and swapped days; calendar days moved off a day off). "Now" is the
 * engine clock, so tests and the demo clock can move it.
 *
 * <pre>
 * camunda:dueDate="${deadlines.due(execution, 'verify')}"
 * &lt;bpmn:timeDate&gt;${deadlines.escalation(execution, 'verify', verificationDueDate)}&lt;/bpmn:timeDate&gt;
 * &lt;bpmn:timeDate&gt;${deadlines.signingWindowOpens('BASE')}&lt;/bpmn:timeDate&gt;
 * </pre>
 *
 * <p>Every result is a {@link Date} at 24:00 (Asia/Ho_Chi_Minh) of a day, i.e. 00:00 of the next day: the moment a
 * limit expires. An event without a rule in the active rule set is a configuration error; the call fails with a
 * message that names the rule set and the event.
 */
@Component("deadlines")
public class Deadlines {

  /** Key of the decision in {@code processes/deadlines.dmn}. */
  public static final String DECISION = "deadlines";

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final WorkingCalendar calendar;
  private final SigningWindows signingWindows;
  private final DeadlineProperties properties;
  private final Map<String, Limit> answers = new ConcurrentHashMap<>();
  private final LatestDefinitionIds latest;

  public Deadlines(DecisionService decisions, RepositoryService repository, WorkingCalendar calendar,
      SigningWindows signingWindows, DeadlineProperties properties, LatestDefinitionIds latest) {
    this.decisions = decisions;
    this.repository = repository;
    this.calendar = calendar;
    this.signingWindows = signingWindows;
    this.properties = properties;
    this.latest = latest;
  }

  /**
   * The due date of {@code event} counted from today (engine clock): {@code days} working days (the {@code days}-th
   * working day strictly after today) or calendar days (moved to the next working day if it ends on a day off), as
   * the decision says, until 24:00 of that day.
   *
   * @param execution the calling execution; the decision is taken from its tenant
   * @param event an event of the decision, e.g. {@code declare}, {@code verify}
   */
  public Date due(DelegateExecution execution, String event) {
    Limit limit = limit(execution, event);
    LocalDate today = LocalDate.ofInstant(now(), WorkingCalendar.ZONE);
    LocalDate dueDay = limit.workingDays()
        ? calendar.addWorkingDays(today, limit.days())
        : calendar.addCalendarDays(today, limit.days());
    return Date.from(calendar.endOfDay(dueDay));
  }

  /**
   * The due date of {@code event} counted from a past day instead of today, e.g. a change to declare within 5 working
   * days of the day it happened: {@code ${deadlines.dueAfter(execution, 'changeDeclare', eventDate)}}. The day itself
   * never counts. May lie in the past (a late declaration is overdue at once).
   *
   * @param day the day the limit runs from: a {@code YYYY-MM-DD} text (what a Camunda Form date field sends), a
   *     {@link Date} or a {@link LocalDate}
   */
  public Date dueAfter(DelegateExecution execution, String event, Object day) {
    Limit limit = limit(execution, event);
    LocalDate from = day(day);
    LocalDate dueDay = limit.workingDays()
        ? calendar.addWorkingDays(from, limit.days())
        : calendar.addCalendarDays(from, limit.days());
    return Date.from(calendar.endOfDay(dueDay));
  }

  /**
   * When a limit still not met goes to the superior unit: {@code escalationDays} working days after the due day, until
   * 24:00 of that day.
   *
   * @param execution the calling execution; the decision is taken from its tenant
   * @param event the event whose limit {@code dueDate} is
   * @param dueDate the due date computed by {@link #due} for this event
   */
  public Date escalation(DelegateExecution execution, String event, Date dueDate) {
    Limit limit = limit(execution, event);
    LocalDate dueDay = WorkingCalendar.dayOfLimit(dueDate.toInstant());
    return Date.from(calendar.endOfDay(calendar.addWorkingDays(dueDay, limit.escalationDays())));
  }

  /**
   * 00:00 of the first day of the signing window of {@code tier} that is open now, or of the next one (see {@link
   * SigningWindows#current}); in the past while the window is open, so a timer waiting for it fires at once.
   *
   * @param tier {@code BASE}, {@code DEPARTMENT} or {@code PROVINCE} (any case)
   */
  public Date signingWindowOpens(String tier) {
    SigningWindow window = signingWindows.current(tier(tier), now());
    return Date.from(window.opens().atStartOfDay(WorkingCalendar.ZONE).toInstant());
  }

  /** Whether today (engine clock, Vietnam time) is a day of the signing window of {@code tier}. */
  public boolean signingWindowOpenNow(String tier) {
    SigningWindow window = signingWindows.current(tier(tier), now());
    LocalDate today = LocalDate.ofInstant(now(), WorkingCalendar.ZONE);
    return !today.isBefore(window.opens()) && !today.isAfter(window.closes());
  }

  /** 24:00 of the last day of the same window as {@link #signingWindowOpens}. */
  public Date signingWindowCloses(String tier) {
    SigningWindow window = signingWindows.current(tier(tier), now());
    return Date.from(calendar.endOfDay(window.closes()));
  }

  /**
   * Upper bound of "due soon" for task filters: a task due before this instant and not yet overdue expires by 24:00
   * of the next working day. (One minute past that midnight, so a limit ending exactly then is included.)
   */
  public Date dueSoonBefore() {
    LocalDate today = LocalDate.ofInstant(now(), WorkingCalendar.ZONE);
    return Date.from(calendar.endOfDay(calendar.addWorkingDays(today, 1)).plusSeconds(60));
  }

  /** The last day of a limit expiring at {@code dueDate}, as Vietnamese users write it ({@code 15/02/2027}). */
  public String dueDay(Date dueDate) {
    return WorkingCalendar.dayOfLimit(dueDate.toInstant()).format(VIETNAMESE_DATE);
  }

  /**
   * Fails unless the configured rule set appears in the deployed decision, so a typing error in {@code
   * hoso.deadlines.rule-set} stops the startup instead of the first process that needs a deadline.
   */
  public void requireConfiguredRuleSet() {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .withoutTenantId().latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("decision '" + DECISION + "' (processes/deadlines.dmn) is not deployed");
    }
    DecisionTable table = (DecisionTable) repository.getDmnModelInstance(definition.getId())
        .getModelElementsByType(Decision.class).stream()
        .filter(decision -> DECISION.equals(decision.getId())).findFirst().orElseThrow().getExpression();
    String quoted = "\"" + properties.ruleSet() + "\"";
    List<String> ruleSets = table.getRules().stream().map(Rule::getInputEntries)
        .map(entries -> entries.iterator().next()).map(InputEntry::getTextContent).map(String::strip)
        .distinct().toList();
    if (ruleSets.stream().noneMatch(entry -> entry.contains(quoted) || entry.isEmpty() || entry.equals("-"))) {
      throw new IllegalStateException("hoso.deadlines.rule-set=" + properties.ruleSet()
          + " is not a rule set of processes/deadlines.dmn; it has " + ruleSets);
    }
  }

  /**
   * The rule of the event: evaluated once per version of the decision, rule set and event, then remembered (a
   * redeployed {@code deadlines.dmn} is a new decision definition, so its rules apply from the next call on). One
   * query per call finds the latest definition; the FEEL evaluation and its history rows happen once per answer.
   */
  private Limit limit(DelegateExecution execution, String event) {
    String ruleSet = properties.ruleSet();
    @Nullable String tenantId = execution.getTenantId();
    String definitionId = latest.get(DECISION + '\n' + (tenantId == null ? "" : tenantId),
        () -> withoutAuthorization(() -> latestDefinition(tenantId)));
    String key = definitionId + '\n' + ruleSet + '\n' + event;
    Limit known = answers.get(key);
    if (known == null) {
      known = evaluate(definitionId, ruleSet, event);
      answers.put(key, known);
    }
    return known;
  }

  private String latestDefinition(@Nullable String tenantId) {
    DecisionDefinitionQuery query = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .latestVersion();
    DecisionDefinition latest = (tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId))
        .singleResult();
    if (latest == null) {
      throw new IllegalStateException("the decision '" + DECISION + "' (processes/deadlines.dmn) is not deployed");
    }
    return latest.getId();
  }

  private Limit evaluate(String definitionId, String ruleSet, String event) {
    DmnDecisionResult result = withoutAuthorization(() -> decisions.evaluateDecisionById(definitionId)
        .variables(Map.of("ruleSet", ruleSet, "event", event)).evaluate());
    if (result.isEmpty()) {
      throw new IllegalStateException(
          "processes/deadlines.dmn has no rule for rule set '" + ruleSet + "' and event '" + event + "'");
    }
    DmnDecisionResultEntries entries = result.getSingleResult();
    Number days = entries.getEntry("days");
    String unit = entries.getEntry("unit");
    Number escalationDays = entries.getEntry("escalationDays");
    if (days == null || unit == null || escalationDays == null) {
      throw new IllegalStateException("the rule of processes/deadlines.dmn for '" + ruleSet + "', '" + event
          + "' needs days, unit and escalationDays");
    }
    return switch (unit.strip().toUpperCase(Locale.ROOT)) {
      case "WORKING" -> new Limit(days.intValue(), true, escalationDays.intValue());
      case "CALENDAR" -> new Limit(days.intValue(), false, escalationDays.intValue());
      default -> throw new IllegalStateException("the rule of processes/deadlines.dmn for '" + ruleSet + "', '"
          + event + "' has unit '" + unit + "'; WORKING or CALENDAR expected");
    };
  }

  /**
   * The decision is evaluated for the process, not for the user whose request happens to drive it (an employee
   * completing a form has no right to evaluate decisions): inside the engine, without authorization checks.
   */
  private static <T> T withoutAuthorization(Callable<T> evaluation) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context.runWithoutAuthorization(evaluation);
    }
    try {
      return evaluation.call();
    } catch (Exception e) {
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
  }

  private static LocalDate day(Object day) {
    if (day instanceof LocalDate date) {
      return date;
    }
    if (day instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), WorkingCalendar.ZONE);
    }
    String text = day.toString().strip();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static SigningTier tier(String tier) {
    return SigningTier.valueOf(tier.strip().toUpperCase(Locale.ROOT));
  }

  /** One rule's answer: {@code days} working or calendar days, escalation {@code escalationDays} working days later. */
  private record Limit(int days, boolean workingDays, int escalationDays) {}
}
