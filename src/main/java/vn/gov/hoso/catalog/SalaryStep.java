package vn.gov.hoso.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/** One step of a salary group of Nghị định 204/2004/NĐ-CP (e.g. group A1, step 3, coefficient 3.00, of 9 steps). */
public record SalaryStep(String group, int step, int stepsInGroup, BigDecimal coefficient) {

  public SalaryStep {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(coefficient, "coefficient");
    if (step < 1 || step > stepsInGroup) {
      throw new IllegalArgumentException("step " + step + " outside 1.." + stepsInGroup);
    }
  }
}
