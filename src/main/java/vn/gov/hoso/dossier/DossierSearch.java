package vn.gov.hoso.dossier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.audit.AuditService;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.TimeConfiguration;
import vn.gov.hoso.common.VietnameseText;
import vn.gov.hoso.dossier.internal.DossierEntity;
import vn.gov.hoso.dossier.internal.DossierRepository;
import vn.gov.hoso.dossier.internal.SearchFields;
import vn.gov.hoso.organisation.AccessScope;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;

/**
 * Search, export and headcounts over the extracted columns of {@code dossier} (never inside the JSON content). Every
 * query carries the reader's scope as one condition {@code id = :reader or unit_path like ':scope%'} (the reader's own
 * dossier, and the subtree an officer may read), served by the index on the unit path.
 *
 * <p>A search result lists no dossier content and is not audited per row (like the existing list); an export is: one
 * audit row {@value #AUDIT_EXPORT} per exported dossier, because the audit trail answers "who took my data" per
 * person ({@code AuditService#eventsOf}), which one row with a count could not.
 */
@Service
@Transactional(readOnly = true)
public class DossierSearch {

  /** Audit action of a dossier included in an export. */
  public static final String AUDIT_EXPORT = "DOSSIER_EXPORT";

  /** Sortable fields of {@code sort=field,asc|desc} and their attributes. */
  public static final Map<String, String> SORTABLE = sortable();

  private final DossierRepository dossiers;
  private final OrganisationService organisation;
  private final AuditService audit;
  private final EntityManager entities;

  public DossierSearch(DossierRepository dossiers, OrganisationService organisation, AuditService audit,
      EntityManager entities) {
    this.dossiers = dossiers;
    this.organisation = organisation;
    this.audit = audit;
    this.entities = entities;
  }

  /**
   * One page of results in the reader's scope.
   *
   * @param sort {@code field,asc} or {@code field,desc} with a field of {@link #SORTABLE}; null: by name
   * @throws BusinessException {@code badParameter} (400) for an unknown sort field, a page or size out of range;
   *     {@code unitNotFound} (400) for an unknown unit (a unit outside the scope gives an empty page)
   */
  public Page<DossierSearchRow> search(DossierCriteria criteria, @Nullable String sort, int page, int size,
      String actor) {
    if (page < 0) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "page", page);
    }
    if (size < 1 || size > 200) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "size", size);
    }
    Sort order = sort(sort);
    return dossiers.findAll(specification(criteria, actor), PageRequest.of(page, size, order)).map(DossierSearch::row);
  }

  /**
   * The next {@code max} results after the CCCD {@code afterId} in CCCD order (keyset paging: an export of a million
   * rows never counts or skips), each audited as {@value #AUDIT_EXPORT}.
   */
  @Transactional
  public List<DossierSearchRow> exportBatch(DossierCriteria criteria, String afterId, int max, String actor,
      String endpoint) {
    Specification<DossierEntity> after = (root, q, cb) -> cb.greaterThan(root.get("id"), afterId);
    List<DossierSearchRow> rows = dossiers.findBy(specification(criteria, actor).and(after),
        query -> query.sortBy(Sort.by("id")).limit(max).all()).stream().map(DossierSearch::row).toList();
    rows.forEach(row -> audit.record(actor, AUDIT_EXPORT, row.id(), endpoint));
    entities.clear();
    return rows;
  }

  /**
   * Dossiers of the unit's subtree that existed on {@code asOf}, grouped by employing unit and the dimension's column:
   * created by the end of that day and not archived by then. The grouped values are the current ones (see the README:
   * the dossier keeps no dated copy of each column).
   *
   * @throws BusinessException {@code unitNotFound} (404), {@code unitOutOfScope} (403)
   */
  public List<HeadcountCell> headcount(String unitId, HeadcountDimension by, LocalDate asOf, String actor) {
    return headcount(organisation.requireInScope(actor, unitId), by, asOf);
  }

  /**
   * The same headcount for a system process (the statutory reports): no reader, no scope; aggregates only, so no
   * audit row either.
   *
   * @throws BusinessException {@code unitNotFound} (404)
   */
  public List<HeadcountCell> systemHeadcount(String unitId, HeadcountDimension by, LocalDate asOf) {
    return headcount(organisation.unit(unitId)
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.NOT_FOUND, unitId)), by, asOf);
  }

  private List<HeadcountCell> headcount(Unit unit, HeadcountDimension by, LocalDate asOf) {
    Instant end = asOf.plusDays(1).atStartOfDay(TimeConfiguration.VIETNAM).toInstant();
    String column = "d." + by.attribute();
    String categories = by.categories().isEmpty() ? "" : " and d.personnelCategory in :categories";
    TypedQuery<Object[]> query = entities.createQuery("select d.employingUnitId, " + column + ", count(d)"
        + " from DossierEntity d where d.unitPath like :path and d.createdAt < :end"
        + " and (d.archivedAt is null or d.archivedAt >= :end)" + categories
        + " group by d.employingUnitId, " + column, Object[].class)
        .setParameter("path", unit.path() + "%")
        .setParameter("end", end);
    if (!categories.isEmpty()) {
      query.setParameter("categories", by.categories());
    }
    return query.getResultList().stream().map(r -> by == HeadcountDimension.AGE_BAND
        ? new HeadcountCell((String) r[0], null, (LocalDate) r[1], ((Number) r[2]).longValue())
        : new HeadcountCell((String) r[0], (String) r[1], null, ((Number) r[2]).longValue())).toList();
  }

  Specification<DossierEntity> specification(DossierCriteria c, String actor) {
    AccessScope scope = organisation.scopeOf(actor);
    // resolved once: the specification runs twice per page (rows and total count)
    // another unit's subtree is not an error: the filter meets the reader's scope and the answer is empty
    String unitPath = c.unitId() == null ? null : organisation.unit(c.unitId())
        .orElseThrow(() -> new BusinessException("unitNotFound", ErrorKind.INVALID, c.unitId())).path();
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      Predicate own = cb.equal(root.get("id"), actor);
      where.add(scope.subtree().map(p -> cb.or(own, cb.like(root.get("unitPath"), p + "%"))).orElse(own));
      if (unitPath != null) {
        where.add(cb.like(root.get("unitPath"), unitPath + "%"));
      }
      String cccd = c.cccdPrefix();
      if (cccd != null) {
        where.add(cb.like(root.get("id"), cccd + "%"));
      } else if (c.q() != null && !c.q().isBlank()) {
        where.add(cb.like(root.get("fullNameSearch"), "%" + VietnameseText.fold(c.q()) + "%"));
      }
      equal(where, cb, root, "personnelCategory", c.personnelCategory());
      equal(where, cb, root, "rankOrTitleCode", c.rankOrTitleCode());
      equal(where, cb, root, "salaryGroup", c.salaryGroup());
      equal(where, cb, root, "salaryStep", c.salaryStep());
      equal(where, cb, root, "educationLevel", c.educationLevel());
      equal(where, cb, root, "politicalTheoryLevel", c.politicalTheoryLevel());
      equal(where, cb, root, "gender", c.gender());
      equal(where, cb, root, "ethnicityCode", c.ethnicityCode());
      equal(where, cb, root, "religionCode", c.religionCode());
      equal(where, cb, root, "partyMember", c.partyMember());
      equal(where, cb, root, "status", c.status() == null ? null : c.status().name());
      equal(where, cb, root, "employmentStatus", c.employmentStatus() == null ? null : c.employmentStatus().name());
      // age a on today: born after today - (a + 1) years and on or before today - a years
      if (c.ageFrom() != null) {
        where.add(cb.lessThanOrEqualTo(root.get("dateOfBirth"), c.today().minusYears(c.ageFrom())));
      }
      if (c.ageTo() != null) {
        where.add(cb.greaterThan(root.get("dateOfBirth"), c.today().minusYears(c.ageTo() + 1L)));
      }
      between(where, cb, root.get("firstRecruitmentDate"), c.recruitedFrom(), c.recruitedTo());
      between(where, cb, root.get("positionAppointedDate"), c.appointedFrom(), c.appointedTo());
      if (c.signedFrom() != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("lastSignedAt"), startOf(c.signedFrom())));
      }
      if (c.signedTo() != null) {
        where.add(cb.lessThan(root.get("lastSignedAt"), startOf(c.signedTo().plusDays(1))));
      }
      if (c.archived() != null) {
        where.add(c.archived() ? cb.isNotNull(root.get("archivedAt")) : cb.isNull(root.get("archivedAt")));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** @throws BusinessException {@code badParameter} for an unknown field or direction */
  public static Sort sort(@Nullable String sort) {
    if (sort == null || sort.isBlank()) {
      return Sort.by("fullNameSearch", "id");
    }
    String[] parts = sort.split(",", -1);
    String attribute = SORTABLE.get(parts[0].strip());
    String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
    if (attribute == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "sort", sort);
    }
    Sort.Direction dir = direction.equals("asc") ? Sort.Direction.ASC : Sort.Direction.DESC;
    return Sort.by(dir, attribute).and(Sort.by("id"));
  }

  private static void equal(List<Predicate> where, CriteriaBuilder cb, Root<DossierEntity> root, String attribute,
      @Nullable Object value) {
    if (value != null) {
      where.add(cb.equal(root.get(attribute), value));
    }
  }

  private static void between(List<Predicate> where, CriteriaBuilder cb, Path<LocalDate> path,
      @Nullable LocalDate from, @Nullable LocalDate to) {
    if (from != null) {
      where.add(cb.greaterThanOrEqualTo(path, from));
    }
    if (to != null) {
      where.add(cb.lessThanOrEqualTo(path, to));
    }
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(TimeConfiguration.VIETNAM).toInstant();
  }

  private static Map<String, String> sortable() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("fullName", "fullNameSearch");
    fields.put("cccd", "id");
    fields.put("dateOfBirth", "dateOfBirth");
    fields.put("unitId", "employingUnitId");
    fields.put("status", "status");
    fields.put("rankOrTitleCode", "rankOrTitleCode");
    fields.put("firstRecruitmentDate", "firstRecruitmentDate");
    fields.put("lastSignedAt", "lastSignedAt");
    fields.put("updatedAt", "updatedAt");
    return java.util.Collections.unmodifiableMap(fields);
  }

  private static DossierSearchRow row(DossierEntity e) {
    SearchFields f = e.getSearchFields();
    return new DossierSearchRow(e.getId(), e.getFullName(), e.getGender(), e.getDateOfBirth(),
        e.getEmployingUnitId(), e.getPersonnelCategory(), f.rankOrTitleCode(), f.salaryGroup(), f.salaryStep(),
        f.educationLevel(), f.politicalTheoryLevel(), f.ethnicityCode(), f.religionCode(), f.partyMember(),
        f.firstRecruitmentDate(), f.positionAppointedDate(), f.jobPosition(), DossierStatus.valueOf(e.getStatus()),
        EmploymentStatus.valueOf(e.getEmploymentStatus()), e.getLastSignedAt(), e.getArchivedAt(),
        e.getCurrentVersion(), e.getCreatedAt(), e.getUpdatedAt());
  }
}
