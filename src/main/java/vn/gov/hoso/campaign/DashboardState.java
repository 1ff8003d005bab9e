package vn.gov.hoso.campaign;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a campaign member's dossier stands, one state per person (the columns of the dashboard). {@link #OVERDUE} is
 * not a column of its own: it counts the people of any state whose declaration or verification task is past due, and
 * filters the drill-down.
 */
public enum DashboardState {
  /** Đang cập nhật, nothing saved since the campaign was launched. */
  NOT_STARTED("Chưa khai"),
  /** Đang cập nhật, a draft saved since the launch. */
  DRAFT("Đang cập nhật"),
  SUBMITTED("Chờ xác nhận"),
  REJECTED("Từ chối"),
  CONFIRMED("Xác nhận"),
  SIGNED("Đã ký"),
  /** Signed, and the national database accepted the signed version. */
  SYNCED("Đã đồng bộ"),
  OVERDUE("Quá hạn");

  private final String labelVi;

  DashboardState(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }

  /** {@code not-started}, {@code NOT_STARTED}… */
  public static Optional<DashboardState> parse(String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (DashboardState state : values()) {
      if (state.name().equals(name)) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }
}
