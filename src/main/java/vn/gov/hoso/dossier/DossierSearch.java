package vn.gov.hoso.dossier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
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
 * query carries the reader's scope: {@code unit_path like ':scope%'} (the subtree an officer may read, served by the
 * index on the unit path), {@code or id = :reader} only when the reader's own dossier lies outside it, nothing for
 * the Sở Nội vụ roles whose scope is the whole tree, and {@code id = :reader} for an employee.
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

  /** The scope of the Sở Nội vụ roles: every unit path starts with it. */
  private static final String ROOT_PATH = "/";

  private final DossierRepository dossiers;
  private final OrganisationService organisation;
  private final AuditService audit;
  private final EntityManager entities;
  private final int countCap;

  public DossierSearch(DossierRepository dossiers, OrganisationService organisation, AuditService audit,
      EntityManager entities, @Value("${hoso.search.count-cap:10000}") int countCap) {
    this.countCap = countCap;
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
  public DossierSearchPage search(DossierCriteria criteria, @Nullable String sort, int page, int size,
      String actor) {
    if (page < 0) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "page", page);
    }
    if (size < 1 || size > 200) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "size", size);
    }
    Sort order = sort(sort);
    Specification<DossierEntity> where = specification(criteria, actor);
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<DossierEntity> rows = cb.createQuery(DossierEntity.class);
    Root<DossierEntity> root = rows.from(DossierEntity.class);
    rows.where(where.toPredicate(root, rows, cb));
    rows.orderBy(orders(order, root, cb, criteria));
    List<DossierSearchRow> content = entities.createQuery(rows).setFirstResult(page * size)
        .setMaxResults(size).getResultList().stream().map(DossierSearch::row).toList();
    if (page == 0 && content.size() < size) {
      return new DossierSearchPage(content, page, size, content.size(), false);
    }
    long counted = cappedCount(where);
    return counted > countCap
        ? new DossierSearchPage(content, page, size, countCap, true)
        : new DossierSearchPage(content, page, size, counted, false);
  }

  /**
   * The number of results, counted up to the cap ({@code hoso.search.count-cap}, 10,000) + 1: an exact count of
   * half a million matches costs a scan of them all (hundreds of milliseconds at a million dossiers), and nobody
   * pages through more than ten thousand. A total above the cap is answered as the cap with
   * {@link DossierSearchPage#totalCapped}.
   */
  private long cappedCount(Specification<DossierEntity> where) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<String> ids = cb.createQuery(String.class);
    Root<DossierEntity> root = ids.from(DossierEntity.class);
    ids.select(root.get("id")).where(where.toPredicate(root, ids, cb));
    return entities.createQuery(ids).setMaxResults(countCap + 1).getResultList().size();
  }

  /**
   * The sort order. With a name fragment ({@code q}), the name sort is put as an expression the name index cannot
   * serve: PostgreSQL then finds the matches through the trigram index and sorts them, instead of walking the whole
   * name index in order and filtering (a frequent fragment like "nguyen thi" clusters late in that order: two seconds
   * at a million dossiers, against a fifth of a second).
   */
  private static List<Order> orders(Sort sort, Root<DossierEntity> root, CriteriaBuilder cb, DossierCriteria c) {
    boolean infix = c.cccdPrefix() == null && c.q() != null && !c.q().isBlank();
    List<Order> orders = new ArrayList<>();
    for (Sort.Order o : sort) {
      Expression<String> key = root.get(o.getProperty());
      if (infix && o.getProperty().equals("fullNameSearch")) {
        key = cb.concat(root.get("fullNameSearch"), "");
      }
      orders.add(o.isAscending() ? cb.asc(key) : cb.desc(key));
    }
    return orders;
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
    String subtree = scope.subtree().orElse(null);
    // the reader's own dossier needs its own condition only when it lies outside the subtree: an "or" keeps
    // PostgreSQL from answering a criterion from its index alone (a count of 335 ms instead of 10 at a million)
    boolean ownOutside = subtree != null && !ROOT_PATH.equals(subtree) && ownUnitPath(actor)
        .map(path -> !path.startsWith(subtree)).orElse(false);
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      Predicate own = cb.equal(root.get("id"), actor);
      if (subtree == null) {
        where.add(own);
      } else if (ownOutside) {
        where.add(cb.or(own, cb.like(root.get("unitPath"), subtree + "%")));
      } else if (!ROOT_PATH.equals(subtree)) {
        where.add(cb.like(root.get("unitPath"), subtree + "%"));
      }
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

  /** Where the reader's own dossier is kept, if they have one. */
  private Optional<String> ownUnitPath(String actor) {
    return entities.createQuery("select d.unitPath from DossierEntity d where d.id = :id", String.class)
        .setParameter("id", actor).getResultStream().findFirst();
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
