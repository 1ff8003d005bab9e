package vn.gov.hoso.reporting;

/** The .xlsx of a statutory report. */
public record StatutoryReportFile(String fileName, byte[] content) {}
