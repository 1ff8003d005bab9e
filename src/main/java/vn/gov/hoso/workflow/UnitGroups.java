package vn.gov.hoso.workflow;

/**
 * Names of the Camunda groups that address people of a unit: {@code focal-<unitId>} (focal officers, đầu mối) and
 * {@code head-<unitId>} (head of unit, thủ trưởng); and the role groups every account of a role belongs to.
 */
public final class UnitGroups {

  public static final String EMPLOYEES = "employees";
  public static final String FOCAL_OFFICERS = "focal-officers";
  public static final String UNIT_HEADS = "unit-heads";
  public static final String SNV_ADMINS = "snv-admin";
  public static final String SNV_DIRECTORS = "snv-director";
  /** Managers of the whole province (unit = root of the tree): Cockpit over every process. */
  public static final String MANAGERS = "managers";
  /** Managers of a unit below the root: Tasklist and the scoped API, no Cockpit (its rights cannot follow a subtree). */
  public static final String UNIT_MANAGERS = "unit-managers";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  private UnitGroups() {}

  public static String focal(String unitId) {
    return "focal-" + unitId;
  }

  public static String head(String unitId) {
    return "head-" + unitId;
  }
}
