package vn.gov.hoso.reporting;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.TableWriter;
import vn.gov.hoso.dossier.HeadcountDimension;
import vn.gov.hoso.organisation.DatedUnit;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.organisation.Unit;
import vn.gov.hoso.organisation.UnitTier;
import vn.gov.hoso.reporting.internal.StatutoryReportEntity;
import vn.gov.hoso.reporting.internal.StatutoryReportRepository;

/**
 * The statutory reports (processes {@code annual-report} and {@code half-year-report}): at the start of a round one
 * .xlsx per reporting unit — every unit of tier DEPARTMENT (sở, ban, ngành, UBND xã/phường) open on the counted day,
 * covering its subtree — with the headcount by rank, professional title and job position (one sheet each); the focal
 * officer of the unit checks and submits it; then the Sở Nội vụ receives the consolidated report of the province
 * (the root unit's subtree) with the same sheets.
 */
@Service
@Transactional
public class StatutoryReportService {

  static final List<HeadcountDimension> SHEETS =
      List.of(HeadcountDimension.RANK, HeadcountDimension.TITLE, HeadcountDimension.POSITION);

  private final StatutoryReportRepository reports;
  private final HeadcountReportService headcounts;
  private final OrganisationService organisation;
  private final Clock clock;

  public StatutoryReportService(StatutoryReportRepository reports, HeadcountReportService headcounts,
      OrganisationService organisation, Clock clock) {
    this.reports = reports;
    this.headcounts = headcounts;
    this.organisation = organisation;
    this.clock = clock;
  }

  /**
   * Opens the round of {@code kind} that starts on {@code today}: generates and stores the report of every reporting
   * unit, counted on the last day of the previous month. A new round of the same period (a restarted process) makes
   * new reports; the round's reports share their generation time.
   */
  public ReportRound open(StatutoryReportKind kind, LocalDate today) {
    String period = kind.period(today);
    LocalDate asOf = today.withDayOfMonth(1).minusDays(1);
    Instant at = clock.instant();
    List<String> ids = new ArrayList<>();
    for (DatedUnit unit : organisation.tree(asOf, null)) {
      if (unit.unit().tier() == UnitTier.DEPARTMENT) {
        ids.add(generate(kind, period, asOf, unit.unit(), at).getId());
      }
    }
    return new ReportRound(kind.name(), period, asOf, ids);
  }

  /** The ids of the unit reports of a round, in unit order (the multi-instance collection of the processes). */
  @Transactional(readOnly = true)
  public List<String> reportIds(String kind, String period) {
    List<StatutoryReportEntity> units = reports.findByKindAndPeriodOrderByUnitId(kind, period).stream()
        .filter(r -> organisation.unit(r.getUnitId()).map(u -> u.tier() == UnitTier.DEPARTMENT).orElse(false))
        .toList();
    Instant latest = units.stream().map(StatutoryReportEntity::getGeneratedAt).max(Instant::compareTo).orElse(null);
    return units.stream().filter(r -> r.getGeneratedAt().equals(latest)).map(StatutoryReportEntity::getId).toList();
  }

  /** @throws BusinessException {@code statutoryReportNotFound} (404) */
  @Transactional(readOnly = true)
  public StatutoryReportView report(String reportId) {
    return view(existing(reportId));
  }

  /** The focal officer has checked and submitted the unit's report. */
  public void submit(String reportId, String actor, @Nullable String note) {
    existing(reportId).submit(clock.instant(), actor, note == null || note.isBlank() ? null : note.strip());
  }

  /** Generates the consolidated report of the province for the round; returns its id. */
  public String consolidate(String kind, String period, LocalDate asOf) {
    return generate(StatutoryReportKind.valueOf(kind), period, asOf, root(asOf), clock.instant()).getId();
  }

  /**
   * The file of a report for a reader whose scope holds the report's unit.
   *
   * @throws BusinessException {@code statutoryReportNotFound} (404) also when the unit is outside the scope
   */
  @Transactional(readOnly = true)
  public StatutoryReportFile file(String reportId, String actor) {
    StatutoryReportEntity report = existing(reportId);
    String unitPath = organisation.unit(report.getUnitId()).map(Unit::path).orElse("");
    if (organisation.scopeOf(actor).subtree().filter(unitPath::startsWith).isEmpty()) {
      throw new BusinessException("statutoryReportNotFound", ErrorKind.NOT_FOUND, reportId);
    }
    return new StatutoryReportFile(report.getFileName(), report.getContent());
  }

  private StatutoryReportEntity generate(StatutoryReportKind kind, String period, LocalDate asOf, Unit unit,
      Instant at) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter table = TableWriter.xlsx(out, "Ngạch")) {
      table.row(List.of(kind.titleVi() + " — kỳ " + period + " — " + unit.name()));
      for (HeadcountDimension by : SHEETS) {
        if (by != SHEETS.get(0)) {
          table.sheet(switch (by) {
            case TITLE -> "Chức danh nghề nghiệp";
            case POSITION -> "Vị trí việc làm";
            default -> by.parameter();
          });
        }
        headcounts.writeSheet(headcounts.systemReport(unit.id(), by, asOf), table);
      }
    }
    String fileName = "bao-cao-" + kind.name().toLowerCase().replace('_', '-') + "-" + period + "-" + unit.id()
        + ".xlsx";
    return reports.save(new StatutoryReportEntity(UUID.randomUUID().toString(), kind.name(), period, unit.id(), asOf,
        fileName, out.toByteArray(), at));
  }

  private Unit root(LocalDate asOf) {
    return organisation.tree(asOf, null).stream().map(DatedUnit::unit).filter(u -> u.parentId() == null).findFirst()
        .orElseThrow(() -> new IllegalStateException("no root unit on " + asOf));
  }

  private StatutoryReportEntity existing(String reportId) {
    return reports.findById(reportId)
        .orElseThrow(() -> new BusinessException("statutoryReportNotFound", ErrorKind.NOT_FOUND, reportId));
  }

  private static StatutoryReportView view(StatutoryReportEntity e) {
    return new StatutoryReportView(e.getId(), e.getKind(), e.getPeriod(), e.getUnitId(), e.getAsOf(),
        e.getFileName(), e.getSubmittedAt(), e.getSubmittedBy());
  }
}
