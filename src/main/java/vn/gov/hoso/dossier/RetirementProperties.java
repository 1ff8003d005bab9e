package vn.gov.hoso.dossier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the retirement forecast ({@code hoso.retirement.*}).
 *
 * @param noticeMonths how many months before the retirement date the focal officers get the notice task (default 6;
 *     environment {@code HOSO_RETIREMENT_NOTICE_MONTHS})
 */
@Validated
@ConfigurationProperties(prefix = "hoso.retirement")
public record RetirementProperties(@DefaultValue("6") @Min(1) @Max(24) int noticeMonths) {}
