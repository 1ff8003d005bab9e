package vn.gov.hoso.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the campaigns, prefix {@code hoso.campaigns}.
 *
 * @param batchSize declarations started per job (one transaction) of {@code declaration-campaign}; environment
 *     variable {@code HOSO_CAMPAIGNS_BATCH_SIZE}, default {@value #DEFAULT_BATCH_SIZE}
 * @param lanes batches started in parallel (lanes of {@code declaration-campaign}, each working through its share of
 *     the batches one job after the other); environment variable {@code HOSO_CAMPAIGNS_LANES}, default
 *     {@value #DEFAULT_LANES}
 */
@Validated
@ConfigurationProperties("hoso.campaigns")
public record CampaignProperties(@DefaultValue("" + CampaignProperties.DEFAULT_BATCH_SIZE) @Min(1) @Max(5000)
    int batchSize, @DefaultValue("" + CampaignProperties.DEFAULT_LANES) @Min(1) @Max(200) int lanes) {

  public static final int DEFAULT_BATCH_SIZE = 250;
  public static final int DEFAULT_LANES = 8;
}
