package vn.gov.hoso.organisation;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The staffing quotas of a unit for a year: biên chế công chức ({@code civilServants}), số lượng người làm việc
 * ({@code publicEmployees}), hợp đồng lao động ({@code contractWorkers}), and its job positions.
 */
public record StaffingQuota(String unitId, int year, int civilServants, int publicEmployees, int contractWorkers,
    @Nullable String decisionNumber, List<JobPosition> positions) {

  public StaffingQuota {
    Objects.requireNonNull(unitId, "unitId");
    positions = List.copyOf(positions);
    if (civilServants < 0 || publicEmployees < 0 || contractWorkers < 0 || year < 2000 || year > 2199) {
      throw new IllegalArgumentException("quotas are ≥ 0 and the year within 2000–2199");
    }
    if (positions.stream().map(JobPosition::code).distinct().count() != positions.size()) {
      throw new IllegalArgumentException("job position codes repeat");
    }
  }

  public int of(QuotaCategory category) {
    return switch (category) {
      case CIVIL_SERVANT -> civilServants;
      case PUBLIC_EMPLOYEE -> publicEmployees;
      case CONTRACT_WORKER -> contractWorkers;
    };
  }
}
