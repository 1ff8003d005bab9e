package vn.gov.hoso.sync;

/** A focal officer asked to receive a person from another province; the workflow starts the pull. */
public record TransferIntoProvinceRequested(String citizenId, String unitId, String requestedBy) {}
