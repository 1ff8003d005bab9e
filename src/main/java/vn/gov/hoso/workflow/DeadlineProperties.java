package vn.gov.hoso.workflow;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the deadlines, prefix {@code hoso.deadlines}.
 *
 * @param ruleSet the rule set of {@code processes/deadlines.dmn} in force ({@code hung-yen-2023}, {@code da-nang-2012},
 *     {@code nd27-2026} or one a modeler added); default {@value #DEFAULT_RULE_SET}. Environment variable
 *     {@code HOSO_DEADLINES_RULE_SET}.
 */
@Validated
@ConfigurationProperties("hoso.deadlines")
public record DeadlineProperties(@Pattern(regexp = "[a-z0-9][a-z0-9-]*") String ruleSet) {

  public static final String DEFAULT_RULE_SET = "hung-yen-2023";

  public DeadlineProperties(@Nullable String ruleSet) {
    this.ruleSet = ruleSet == null || ruleSet.isBlank() ? DEFAULT_RULE_SET : ruleSet.strip();
  }
}
