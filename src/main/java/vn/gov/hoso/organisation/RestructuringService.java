package vn.gov.hoso.organisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.internal.AccountEntity;
import vn.gov.hoso.organisation.internal.AccountRepository;
import vn.gov.hoso.organisation.internal.OrganisationStore;
import vn.gov.hoso.organisation.internal.UnitEntity;
import vn.gov.hoso.organisation.internal.UnitRepository;

/**
 * Restructuring of the unit tree (merge, split, dissolve, rename, move) and the re-homing of the people of closed
 * units. A restructuring is decided by a Sở Nội vụ administrator ({@link #decide}), applied on its effective date by
 * the process {@code unit-restructuring} ({@link #apply}); every person of a closed unit gets a {@link Rehoming} and a
 * {@code staff-rehoming} process that ends in {@link #completeRehoming}. Units are never deleted: a closed unit keeps
 * its row with {@code valid_to}, and {@code org_unit_event} keeps what happened.
 */
@Service
@Transactional
public class RestructuringService {

  public static final String DECIDED = "DECIDED";
  public static final String APPLIED = "APPLIED";

  private final UnitRepository units;
  private final AccountRepository accounts;
  private final OrganisationStore store;
  private final OrganisationService organisation;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;
  private final Clock clock;

  public RestructuringService(UnitRepository units, AccountRepository accounts, OrganisationStore store,
      OrganisationService organisation, ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
    this.units = units;
    this.accounts = accounts;
    this.store = store;
    this.organisation = organisation;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Stores a decided restructuring and announces it ({@link RestructuringDecided}); nothing changes in the tree
   * before the effective date.
   *
   * @throws BusinessException {@code administratorOnly} (403), {@code unitNotFound} (404), {@code unitClosed},
   *     {@code restructuringInvalid} (400), {@code unitHasSubUnits}, {@code unitExists} (409)
   */
  public RestructuringView decide(Restructuring r, String actor) {
    organisation.requireAdministrator(actor);
    List<UnitEntity> sources = r.unitIds().stream().map(this::openUnit).toList();
    switch (r.operation()) {
      case MERGE -> {
        UnitEntity target = openUnit(r.targetUnitId());
        if (sources.stream().anyMatch(s -> target.getUnitPath().startsWith(s.getUnitPath()))) {
          throw new BusinessException("restructuringInvalid", ErrorKind.INVALID, "targetUnitId");
        }
      }
      case MOVE -> {
        UnitEntity parent = openUnit(r.newParentId());
        if (parent.getUnitPath().startsWith(sources.get(0).getUnitPath())) {
          throw new BusinessException("restructuringInvalid", ErrorKind.INVALID, "newParentId");
        }
      }
      case SPLIT -> {
        Set<String> ids = new HashSet<>();
        for (NewUnit n : r.newUnits()) {
          if (!ids.add(n.id()) || units.existsById(n.id())) {
            throw new BusinessException("unitExists", ErrorKind.CONFLICT, n.id());
          }
        }
      }
      case DISSOLVE -> {
        UnitEntity unit = sources.get(0);
        if (unit.getParentId() == null) {
          throw new BusinessException("restructuringInvalid", ErrorKind.INVALID, "unitIds");
        }
        if (!openChildren(unit.getId()).isEmpty()) {
          throw new BusinessException("unitHasSubUnits", ErrorKind.CONFLICT, unit.getId());
        }
      }
      case RENAME -> {
        // any open unit may be renamed
      }
    }
    RestructuringView view = new RestructuringView(UUID.randomUUID().toString(), r.operation(), r.unitIds(),
        r.targetUnitId(), r.newParentId(), r.newName(), r.effectiveDate(), r.decisionNumber(), DECIDED);
    store.insert(view, r.newUnits().isEmpty() ? null : write(r.newUnits()), actor, clock.instant());
    events.publishEvent(new RestructuringDecided(view.id(), view.effectiveDate()));
    return view;
  }

  public Optional<RestructuringView> restructuring(String id) {
    return store.restructuring(id);
  }

  /**
   * Applies a decided restructuring (once; a second call changes nothing and returns no re-homing). Publishes a
   * {@link RehomingRequested} for every person of a closed unit.
   *
   * @return the re-homings opened
   */
  public List<Rehoming> apply(String restructuringId, String actor) {
    RestructuringView r = store.restructuring(restructuringId)
        .orElseThrow(() -> new BusinessException("restructuringNotFound", ErrorKind.NOT_FOUND, restructuringId));
    if (APPLIED.equals(r.status())) {
      return List.of();
    }
    Instant now = clock.instant();
    LocalDate day = r.effectiveDate();
    List<Rehoming> rehomings = new ArrayList<>();
    UnitEntity first = unitEntity(r.unitIds().get(0));
    switch (r.operation()) {
      case RENAME -> {
        String oldName = first.getName();
        first.rename(r.newName());
        log(new UnitEvent(first.getId(), UnitEventKind.RENAMED, day, r.decisionNumber(), oldName, r.newName(), null,
            null, null), r, now, actor);
      }
      case MOVE -> move(first.getId(), r.newParentId(), r, now, actor);
      case MERGE -> {
        String target = r.targetUnitId();
        for (String source : r.unitIds()) {
          openChildren(source).forEach(child -> move(child.getId(), target, r, now, actor));
          close(source, UnitEventKind.MERGED_INTO, target, r, now, actor);
          rehomings.addAll(rehome(source, target, r, now));
        }
      }
      case SPLIT -> {
        List<NewUnit> parts = read(store.newUnitsJson(restructuringId).orElse("[]"));
        for (NewUnit part : parts) {
          organisation.addUnit(new NewUnit(part.id(), part.code(), part.name(), first.getParentId(), part.tier(),
              part.kind()));
          UnitEntity created = unitEntity(part.id());
          created.setValidFrom(day);
          log(new UnitEvent(part.id(), UnitEventKind.CREATED, day, r.decisionNumber(), null, part.name(), null,
              first.getParentId(), null), r, now, actor);
        }
        String successor = parts.get(0).id();
        openChildren(first.getId()).forEach(child -> move(child.getId(), successor, r, now, actor));
        close(first.getId(), UnitEventKind.SPLIT_INTO, successor, r, now, actor);
        rehomings.addAll(rehome(first.getId(), successor, r, now));
      }
      case DISSOLVE -> {
        String parent = first.getParentId();
        close(first.getId(), UnitEventKind.DISSOLVED, null, r, now, actor);
        rehomings.addAll(rehome(first.getId(), parent == null ? first.getId() : parent, r, now));
      }
    }
    store.markApplied(restructuringId, now);
    rehomings.forEach(h -> events.publishEvent(new RehomingRequested(h.id(), h.username(), h.proposedUnitId())));
    return rehomings;
  }

  /** People of the unit's subtree who need a new unit ({@code status} OPEN) or got one (DONE); null = both. */
  @Transactional(readOnly = true)
  public List<Rehoming> rehomings(String unitId, @Nullable String status, String actor) {
    Unit unit = organisation.requireInScope(actor, unitId);
    return store.rehomingsFromSubtree(unit.path(), status);
  }

  @Transactional(readOnly = true)
  public Optional<Rehoming> rehoming(String rehomingId) {
    return store.rehoming(rehomingId);
  }

  /** The re-homings of one person (their unit history through restructurings), oldest first. */
  @Transactional(readOnly = true)
  public List<Rehoming> rehomingsOf(String username) {
    return store.rehomingsOf(username);
  }

  /**
   * Another unit is proposed for an open re-homing.
   *
   * @throws BusinessException {@code unitClosed} (400) when the unit does not exist today
   */
  public Rehoming propose(String rehomingId, String unitId) {
    Rehoming h = requireRehoming(rehomingId);
    openUnit(unitId);
    store.propose(h.id(), unitId);
    return requireRehoming(rehomingId);
  }

  /**
   * The person moves to the approved unit: their account's unit changes, the re-homing is kept as history
   * ({@code DONE}, with position and approver) and {@link PersonRehomed} tells the dossier module. Done once; a
   * second call returns the stored result.
   *
   * @throws BusinessException {@code unitClosed} / {@code unitNotFound} (400) when the unit does not exist today
   */
  public Rehoming completeRehoming(String rehomingId, String unitId, @Nullable String positionName, String approver) {
    Rehoming h = requireRehoming(rehomingId);
    if (Rehoming.DONE.equals(h.status())) {
      return h;
    }
    openUnit(unitId);
    AccountEntity account = accounts.findById(h.username()).orElseThrow();
    account.moveTo(unitId);
    accounts.flush();
    store.complete(h.id(), unitId, positionName == null || positionName.isBlank() ? null : positionName.strip(),
        approver, clock.instant());
    events.publishEvent(new PersonRehomed(h.username(), h.fromUnitId(), unitId, approver));
    return requireRehoming(rehomingId);
  }

  private Rehoming requireRehoming(String rehomingId) {
    return store.rehoming(rehomingId)
        .orElseThrow(() -> new BusinessException("rehomingNotFound", ErrorKind.NOT_FOUND, rehomingId));
  }

  private List<Rehoming> rehome(String fromUnitId, String proposedUnitId, RestructuringView r, Instant now) {
    Set<String> alreadyOpen = new HashSet<>();
    store.rehomingsFromSubtree(unitEntity(fromUnitId).getUnitPath(), Rehoming.OPEN)
        .forEach(h -> alreadyOpen.add(h.username()));
    List<Rehoming> opened = new ArrayList<>();
    for (AccountEntity a : accounts.findByUnitIdOrderByUsername(fromUnitId)) {
      if (alreadyOpen.contains(a.getUsername())) {
        continue;
      }
      Rehoming h = new Rehoming(UUID.randomUUID().toString(), r.id(), a.getUsername(), a.getDisplayName(),
          fromUnitId, proposedUnitId, null, null, Rehoming.OPEN, null);
      store.insert(h, r.id(), now);
      opened.add(h);
    }
    return opened;
  }

  private void move(String unitId, @Nullable String newParentId, RestructuringView r, Instant now, String actor) {
    UnitEntity unit = unitEntity(unitId);
    String oldParent = unit.getParentId();
    String oldPath = unit.getUnitPath();
    String newPath = (newParentId == null ? "/" : unitEntity(newParentId).getUnitPath()) + unitId + "/";
    units.rebase(oldPath, newPath, oldPath.length() + 1);
    unitEntity(unitId).setParent(newParentId, newPath);
    units.flush();
    log(new UnitEvent(unitId, UnitEventKind.MOVED, r.effectiveDate(), r.decisionNumber(), null, null, oldParent,
        newParentId, null), r, now, actor);
    events.publishEvent(new UnitSubtreeMoved(oldPath, newPath));
  }

  private void close(String unitId, UnitEventKind kind, @Nullable String successor, RestructuringView r, Instant now,
      String actor) {
    unitEntity(unitId).close(r.effectiveDate());
    units.flush();
    log(new UnitEvent(unitId, kind, r.effectiveDate(), r.decisionNumber(), null, null, null, null, successor), r, now,
        actor);
  }

  private void log(UnitEvent event, RestructuringView r, Instant now, String actor) {
    units.flush();
    store.append(event, r.id(), now, actor);
  }

  private List<UnitEntity> openChildren(String unitId) {
    return units.findByParentId(unitId).stream().filter(u -> u.getValidTo() == null).toList();
  }

  private UnitEntity unitEntity(String id) {
    return units.findById(id).orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.NOT_FOUND, id));
  }

  private UnitEntity openUnit(@Nullable String id) {
    if (id == null) {
      throw new BusinessException("restructuringInvalid", ErrorKind.INVALID, "unitId");
    }
    UnitEntity unit = units.findById(id)
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, id));
    if (!unit.toDatedUnit().existsOn(organisation.today())) {
      throw new BusinessException("unitClosed", ErrorKind.INVALID, id);
    }
    return unit;
  }

  private String write(List<NewUnit> newUnits) {
    try {
      return json.writeValueAsString(newUnits);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<NewUnit> read(String newUnits) {
    try {
      return json.readValue(newUnits, new TypeReference<List<NewUnit>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
