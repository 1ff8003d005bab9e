package vn.gov.hoso.reporting;

/** Total of one value over every unit of the report. */
public record HeadcountTotal(String key, String label, long count) {}
