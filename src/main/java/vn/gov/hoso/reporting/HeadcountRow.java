package vn.gov.hoso.reporting;

/**
 * One cell of a headcount: the people of one unit (kept there, not of its subunits) with one value.
 *
 * @param key the value counted ("" when not declared); for {@code ageBand} one of {@link HeadcountReportService#AGE_BANDS}
 * @param label the value as people read it (catalog name of a rank, title or ethnic group; the key otherwise)
 */
public record HeadcountRow(String unitId, String unitName, String key, String label, long count) {}
