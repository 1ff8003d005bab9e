package vn.gov.hoso.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.campaign.internal.CampaignRow;
import vn.gov.hoso.campaign.internal.CampaignStore;
import vn.gov.hoso.campaign.internal.DashboardQueries;
import vn.gov.hoso.campaign.internal.DashboardQueries.PersonRow;
import vn.gov.hoso.campaign.internal.DashboardQueries.UnitStateCount;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.AccessScope;
import vn.gov.hoso.organisation.DatedUnit;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;

/**
 * Declaration campaigns: launch (Sở Nội vụ administrator), selection of the members and start bookkeeping (called by
 * the process {@code declaration-campaign}), progress, and the per-unit dashboard with its drill-down.
 *
 * <p>Who is a member: every person whose dossier is kept in the campaign's unit subtree with an active employment
 * (not archived). Locked dossiers (confirmed, signed) need no declaration and count as done; people with a
 * declaration or change already running keep it (no duplicate); everybody else gets a new declaration due at 24:00 of
 * the deadline.
 *
 * <p>Who sees a campaign: officers and Sở Nội vụ roles whose data scope overlaps the campaign's subtree; the dashboard
 * and the names only for units inside the caller's scope. Every drill-down is audited.
 */
@Service
public class CampaignService {

  /** Audit action of a drill-down (one row per request, no dossier id). */
  public static final String AUDIT_PEOPLE = "CAMPAIGN_PEOPLE_LIST";

  private static final List<DashboardState> COLUMNS = List.of(DashboardState.NOT_STARTED, DashboardState.DRAFT,
      DashboardState.SUBMITTED, DashboardState.REJECTED, DashboardState.CONFIRMED, DashboardState.SIGNED,
      DashboardState.SYNCED);

  private final CampaignStore store;
  private final DashboardQueries queries;
  private final OrganisationService organisation;
  private final AuditService audit;
  private final ApplicationEventPublisher events;
  private final CampaignProperties properties;
  private final Clock clock;

  public CampaignService(CampaignStore store, DashboardQueries queries, OrganisationService organisation,
      AuditService audit, ApplicationEventPublisher events, CampaignProperties properties, Clock clock) {
    this.store = store;
    this.queries = queries;
    this.organisation = organisation;
    this.audit = audit;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Records the campaign (status STARTING) and publishes {@link CampaignLaunched}: the members are selected and their
   * declarations started asynchronously, after the commit.
   *
   * @throws BusinessException {@code campaignInvalid} (400: blank or long name, deadline before today), {@code
   *     unitNotFound} (400), {@code unitClosed} (400)
   */
  @Transactional
  public CampaignView launch(LaunchCampaign command, String actor) {
    String name = command.name().strip();
    if (name.isEmpty() || name.length() > 300) {
      throw new BusinessException("campaignInvalid", ErrorKind.INVALID, "name");
    }
    if (command.deadline().isBefore(organisation.today())) {
      throw new BusinessException("campaignInvalid", ErrorKind.INVALID, "deadline");
    }
    Unit unit = organisation.unit(command.unitId())
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, command.unitId()));
    if (!organisation.isOpen(unit.id())) {
      throw new BusinessException("unitClosed", ErrorKind.INVALID, unit.id());
    }
    CampaignRow row = new CampaignRow(UUID.randomUUID().toString(), name, unit.id(), unit.path(),
        command.deadline(), CampaignStatus.STARTING.name(), properties.batchSize(), actor, clock.instant(), null,
        null);
    store.insert(row);
    events.publishEvent(new CampaignLaunched(row.id()));
    return view(row, unit.name());
  }

  /** The campaign's deadline (process input). */
  @Transactional(readOnly = true)
  public LocalDate deadline(String campaignId) {
    return row(campaignId).deadline();
  }

  /**
   * Selects the members (once; a repeated call selects nobody new).
   *
   * @return the number of start batches
   */
  @Transactional
  public int selectMembers(String campaignId) {
    CampaignRow row = row(campaignId);
    int toStart = store.selectMembers(campaignId, row.unitPath());
    return (toStart + row.batchSize() - 1) / row.batchSize();
  }

  /** How many lanes start the {@code batches} batches in parallel (at most one per batch). */
  public int lanes(int batches) {
    return Math.min(batches, properties.lanes());
  }

  /** The members of batch {@code index} (0-based) still waiting for a declaration. */
  @Transactional(readOnly = true)
  public CampaignBatch batch(String campaignId, int index) {
    CampaignRow row = row(campaignId);
    int from = index * row.batchSize();
    return new CampaignBatch(campaignId, row.deadline(), store.pending(campaignId, from, from + row.batchSize()));
  }

  /** Batch {@code index} is done: these members had a declaration running, the other pending ones got one. */
  @Transactional
  public void recordBatch(String campaignId, int index, Collection<String> alreadyRunning) {
    CampaignRow row = row(campaignId);
    int from = index * row.batchSize();
    store.recordBatch(campaignId, from, from + row.batchSize(), alreadyRunning);
  }

  /** Every batch is done: the campaign runs. */
  @Transactional
  public void markRunning(String campaignId) {
    store.markRunning(campaignId, clock.instant());
  }

  /** Campaigns the caller can see (scope overlapping the campaign's subtree), the newest first. */
  @Transactional(readOnly = true)
  public List<CampaignView> list(String actor) {
    String scope = requireOfficerScope(actor);
    Map<String, String> names = unitNames();
    return store.all().stream().filter(c -> overlaps(c.unitPath(), scope))
        .map(c -> view(c, names.getOrDefault(c.unitId(), c.unitId()))).toList();
  }

  /**
   * @throws BusinessException {@code campaignNotFound} (404), {@code campaignForbidden} (403)
   */
  @Transactional(readOnly = true)
  public CampaignView campaign(String campaignId, String actor) {
    CampaignRow row = visible(campaignId, actor);
    return view(row, unitName(row.unitId()));
  }

  /**
   * Counts per unit: a row for each child of {@code unitId} (with its subtree) and one for people kept directly in
   * {@code unitId}, then the total. {@code unitId} defaults to the campaign's unit, or to the caller's own unit when
   * that lies inside it.
   *
   * @throws BusinessException {@code campaignNotFound} (404), {@code campaignForbidden}, {@code unitOutOfScope} (403)
   */
  @Transactional(readOnly = true)
  public CampaignDashboard dashboard(String campaignId, @Nullable String unitId, String actor) {
    CampaignRow row = visible(campaignId, actor);
    Unit root = organisation.requireInScope(actor, unitId == null ? defaultUnit(row, actor) : unitId);
    List<DatedUnit> subtree = organisation.subtree(root.id());
    Map<String, String> paths = new HashMap<>();
    subtree.forEach(u -> paths.put(u.id(), u.unit().path()));
    LocalDate today = organisation.today();
    List<Unit> children = new ArrayList<>(subtree.stream().map(DatedUnit::unit)
        .filter(u -> root.id().equals(u.parentId())).toList());
    Map<String, Tally> tallies = new HashMap<>();
    Tally total = new Tally();
    for (UnitStateCount count : queries.counts(campaignId, root.path())) {
      String rowUnit = rowUnit(root, children, paths.get(count.unitId()));
      tallies.computeIfAbsent(rowUnit, k -> new Tally()).add(count.state(), count.count());
      total.add(count.state(), count.count());
    }
    queries.overdue(campaignId, root.path(), clock.instant()).forEach((unit, n) -> {
      tallies.computeIfAbsent(rowUnit(root, children, paths.get(unit)), k -> new Tally()).overdue += n;
      total.overdue += n;
    });
    List<DashboardRow> rows = new ArrayList<>();
    if (tallies.containsKey(root.id())) {
      rows.add(tallies.get(root.id()).row(root));
    }
    children.stream().filter(u -> tallies.containsKey(u.id())
            || subtree.stream().anyMatch(d -> d.id().equals(u.id()) && d.existsOn(today)))
        .sorted(Comparator.comparing(Unit::path))
        .forEach(u -> rows.add(tallies.getOrDefault(u.id(), new Tally()).row(u)));
    return new CampaignDashboard(view(row, unitName(row.unitId())), root.id(), root.name(), rows, total.row(root));
  }

  /**
   * The people behind a cell of the dashboard, by name, audited (one row per request).
   *
   * @param state a column, {@link DashboardState#OVERDUE}, or null for everybody
   * @throws BusinessException as {@link #dashboard}; {@code badParameter} (400) for a bad page or size
   */
  @Transactional
  public List<DashboardPerson> people(String campaignId, @Nullable String unitId, @Nullable DashboardState state,
      int page, int size, String actor, String endpoint) {
    if (page < 0) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "page", page);
    }
    if (size < 1 || size > 100_000) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "size", size);
    }
    CampaignRow row = visible(campaignId, actor);
    Unit root = organisation.requireInScope(actor, unitId == null ? defaultUnit(row, actor) : unitId);
    audit.record(actor, AUDIT_PEOPLE, null, endpoint);
    Map<String, String> names = new HashMap<>();
    organisation.subtree(root.id()).forEach(u -> names.put(u.id(), u.unit().name()));
    return queries.people(campaignId, root.path(), state, clock.instant(), page * size, size).stream()
        .map((PersonRow p) -> new DashboardPerson(p.dossierId(), p.fullName(), p.unitId(),
            names.getOrDefault(p.unitId(), p.unitId()), p.state(), p.overdue(), p.updatedAt()))
        .toList();
  }

  /** The dashboard's columns in display order. */
  public static List<DashboardState> columns() {
    return COLUMNS;
  }

  private String defaultUnit(CampaignRow row, String actor) {
    String scope = requireOfficerScope(actor);
    if (row.unitPath().startsWith(scope)) {
      return row.unitId();
    }
    String[] ids = scope.split("/");
    return ids[ids.length - 1];
  }

  private static String rowUnit(Unit root, List<Unit> children, @Nullable String path) {
    if (path == null) {
      return root.id();
    }
    return children.stream().filter(c -> path.startsWith(c.path())).map(Unit::id).findFirst().orElse(root.id());
  }

  private CampaignRow visible(String campaignId, String actor) {
    String scope = requireOfficerScope(actor);
    CampaignRow row = row(campaignId);
    if (!overlaps(row.unitPath(), scope)) {
      throw new BusinessException("campaignForbidden", ErrorKind.FORBIDDEN, campaignId);
    }
    return row;
  }

  private String requireOfficerScope(String actor) {
    AccessScope scope = organisation.scopeOf(actor);
    return scope.subtree().orElseThrow(() -> new BusinessException("campaignForbidden", ErrorKind.FORBIDDEN, "-"));
  }

  private static boolean overlaps(String campaignPath, String scope) {
    return campaignPath.startsWith(scope) || scope.startsWith(campaignPath);
  }

  private CampaignRow row(String campaignId) {
    return store.find(campaignId)
        .orElseThrow(() -> new BusinessException("campaignNotFound", ErrorKind.NOT_FOUND, campaignId));
  }

  private String unitName(String unitId) {
    return organisation.unit(unitId).map(Unit::name).orElse(unitId);
  }

  private Map<String, String> unitNames() {
    Map<String, String> names = new HashMap<>();
    organisation.units().forEach(u -> names.put(u.id(), u.name()));
    return names;
  }

  private CampaignView view(CampaignRow row, String unitName) {
    Map<MemberState, Integer> counts = store.counts(row.id());
    int alreadyRunning = counts.get(MemberState.ALREADY_RUNNING);
    int started = counts.get(MemberState.STARTED);
    int locked = counts.get(MemberState.LOCKED);
    int total = started + alreadyRunning + counts.get(MemberState.PENDING);
    CampaignStatus status = CampaignStatus.valueOf(row.status());
    if (status == CampaignStatus.RUNNING && organisation.today().isAfter(row.deadline())) {
      status = CampaignStatus.CLOSED;
    }
    return new CampaignView(row.id(), row.name(), row.unitId(), unitName, row.deadline(), status,
        Optional.ofNullable(row.memberCount()).orElse(0), total, started + alreadyRunning, started, alreadyRunning,
        locked, row.createdBy(), row.createdAt(), row.startedAt());
  }

  /** Counts of one dashboard row while adding up. */
  private static final class Tally {
    final Map<DashboardState, Integer> counts = new EnumMap<>(DashboardState.class);
    int overdue;

    void add(DashboardState state, int n) {
      counts.merge(state, n, Integer::sum);
    }

    DashboardRow row(Unit unit) {
      Map<DashboardState, Integer> all = new EnumMap<>(DashboardState.class);
      COLUMNS.forEach(c -> all.put(c, counts.getOrDefault(c, 0)));
      int members = all.values().stream().mapToInt(Integer::intValue).sum();
      return new DashboardRow(unit.id(), unit.code(), unit.name(), members, all, overdue);
    }
  }
}
