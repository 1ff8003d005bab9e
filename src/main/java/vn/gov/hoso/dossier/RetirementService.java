package vn.gov.hoso.dossier;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.TimeConfiguration;
import vn.gov.hoso.dossier.RetirementAge.BirthRange;
import vn.gov.hoso.dossier.RetirementAge.Sex;
import vn.gov.hoso.dossier.internal.DossierEntity;
import vn.gov.hoso.dossier.internal.DossierRepository;
import vn.gov.hoso.dossier.internal.RetirementNoticeEntity;
import vn.gov.hoso.dossier.internal.RetirementNoticeRepository;
import vn.gov.hoso.organisation.AccessScope;
import vn.gov.hoso.organisation.OrganisationService;

/**
 * Upcoming retirements ({@link RetirementAge}): the list of a year for a reader's scope, and the forecast's notices.
 * Both query the dossiers by gender and a date-of-birth range (index {@code ix_dossier_birth}), never by loading
 * everyone; archived dossiers (people who already left) are not listed.
 */
@Service
@Transactional
public class RetirementService {

  private final DossierRepository dossiers;
  private final RetirementNoticeRepository notices;
  private final OrganisationService organisation;
  private final AuditService audit;
  private final ApplicationEventPublisher events;
  private final RetirementProperties properties;
  private final Clock clock;

  public RetirementService(DossierRepository dossiers, RetirementNoticeRepository notices,
      OrganisationService organisation, AuditService audit, ApplicationEventPublisher events,
      RetirementProperties properties, Clock clock) {
    this.dossiers = dossiers;
    this.notices = notices;
    this.organisation = organisation;
    this.audit = audit;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The people of the reader's scope (or of the unit's subtree, which must lie inside it) who reach the retirement
   * age in {@code year}, by retirement date then CCCD. Each listed person is audited as a read ({@code DOSSIER_READ}
   * with the endpoint).
   *
   * @throws BusinessException {@code badParameter} (400) for a year outside 1900–2199, {@code unitNotFound} (404),
   *     {@code unitOutOfScope} (403)
   */
  @Transactional(readOnly = true)
  public List<Retirement> retirements(int year, @Nullable String unitId, String actor, String endpoint) {
    if (year < 1900 || year > 2199) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "year", year);
    }
    AccessScope scope = organisation.scopeOf(actor);
    String unitPath = unitId == null ? null : organisation.requireInScope(actor, unitId).path();
    List<BirthRange[]> ranges = new ArrayList<>();
    ranges.add(new BirthRange[] {RetirementAge.birthsRetiringIn(Sex.MALE, year),
        RetirementAge.birthsRetiringIn(Sex.FEMALE, year)});
    List<Retirement> found = query(ranges, scope, unitPath).stream()
        .filter(r -> r.retirementDate().getYear() == year)
        .toList();
    found.forEach(r -> audit.record(actor, AuditService.DOSSIER_READ, r.cccd(), endpoint));
    return found;
  }

  /**
   * Opens the notice of every person whose retirement date lies between today and {@code noticeMonths} from today
   * and who has none yet: stores it and publishes {@link RetirementNoticeDue} (the workflow opens the focal officers'
   * task). Once per person, whenever it runs.
   *
   * @return the notices opened
   */
  public List<Retirement> openNotices() {
    LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.VIETNAM));
    LocalDate limit = today.plusMonths(properties.noticeMonths());
    List<BirthRange[]> ranges = new ArrayList<>();
    for (int year = today.getYear(); year <= limit.getYear(); year++) {
      ranges.add(new BirthRange[] {RetirementAge.birthsRetiringIn(Sex.MALE, year),
          RetirementAge.birthsRetiringIn(Sex.FEMALE, year)});
    }
    List<Retirement> due = query(ranges, null, null).stream()
        .filter(r -> !r.retirementDate().isBefore(today) && !r.retirementDate().isAfter(limit))
        .toList();
    if (due.isEmpty()) {
      return List.of();
    }
    Set<String> done = new HashSet<>(notices.noticed(due.stream().map(Retirement::cccd).toList()));
    Instant now = clock.instant();
    List<Retirement> opened = due.stream().filter(r -> !done.contains(r.cccd())).toList();
    for (Retirement r : opened) {
      notices.save(new RetirementNoticeEntity(r.cccd(), r.unitId(), r.retirementDate(), now));
      events.publishEvent(new RetirementNoticeDue(r.cccd(), r.unitId(), r.retirementDate()));
    }
    return opened;
  }

  /** Dossiers in the birth ranges (index: male, female), in scope; null scope = the whole province (system). */
  private List<Retirement> query(List<BirthRange[]> ranges, @Nullable AccessScope scope, @Nullable String unitPath) {
    Specification<DossierEntity> spec = (root, q, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (scope != null) {
        Predicate own = cb.equal(root.get("id"), scope.username());
        where.add(scope.subtree().map(p -> cb.or(own, cb.like(root.get("unitPath"), p + "%"))).orElse(own));
      }
      if (unitPath != null) {
        where.add(cb.like(root.get("unitPath"), unitPath + "%"));
      }
      where.add(cb.isNull(root.get("archivedAt")));
      List<Predicate> births = new ArrayList<>();
      for (BirthRange[] pair : ranges) {
        births.add(cb.and(cb.equal(root.get("gender"), Sex.MALE.gender()),
            cb.between(root.get("dateOfBirth"), pair[0].first(), pair[0].last())));
        births.add(cb.and(cb.equal(root.get("gender"), Sex.FEMALE.gender()),
            cb.between(root.get("dateOfBirth"), pair[1].first(), pair[1].last())));
      }
      where.add(cb.or(births.toArray(Predicate[]::new)));
      return cb.and(where.toArray(Predicate[]::new));
    };
    return dossiers.findAll(spec).stream()
        .filter(d -> d.getGender() != null && d.getDateOfBirth() != null)
        .map(d -> new Retirement(d.getId(), d.getFullName() == null ? "" : d.getFullName(), d.getGender(),
            d.getDateOfBirth(), RetirementAge.retirementDate(Sex.ofGender(d.getGender()), d.getDateOfBirth()),
            d.getEmployingUnitId()))
        .sorted(Comparator.comparing(Retirement::retirementDate).thenComparing(Retirement::cccd))
        .toList();
  }
}
