package vn.gov.hoso.organisation;

import java.util.Optional;

/**
 * The three staffing quotas of a unit and which personnel categories (dossier field {@code personnelCategory}) count
 * against them: biên chế công chức (Cán bộ, Công chức), số lượng người làm việc (Viên chức), hợp đồng lao động
 * (Người lao động).
 */
public enum QuotaCategory {
  CIVIL_SERVANT,
  PUBLIC_EMPLOYEE,
  CONTRACT_WORKER;

  /** The quota a person of this personnel category counts against; empty when the category is unknown or missing. */
  public static Optional<QuotaCategory> of(String personnelCategory) {
    return switch (personnelCategory.strip()) {
      case "Cán bộ", "Công chức" -> Optional.of(CIVIL_SERVANT);
      case "Viên chức" -> Optional.of(PUBLIC_EMPLOYEE);
      case "Người lao động" -> Optional.of(CONTRACT_WORKER);
      default -> Optional.empty();
    };
  }
}
