package vn.gov.hoso.organisation;

/**
 * Kinds of restructuring (sắp xếp tổ chức). Rename and move keep the people where they are; merge, split and dissolve
 * close units whose people then need a new unit (process {@code staff-rehoming}).
 */
public enum RestructuringOperation {
  /** Sáp nhập: the {@code unitIds} are closed and merged into {@code targetUnitId}; their sub-units move there. */
  MERGE,
  /** Chia tách: the single unit is closed and replaced by {@code newUnits} under the same parent. */
  SPLIT,
  /** Giải thể: the single unit (without open sub-units) is closed. */
  DISSOLVE,
  /** Đổi tên: the single unit gets {@code newName}. */
  RENAME,
  /** Chuyển: the single unit (with its subtree) moves under {@code newParentId}. */
  MOVE;

  /** Whether people of the closed units need a new unit. */
  public boolean closesUnits() {
    return this == MERGE || this == SPLIT || this == DISSOLVE;
  }
}
