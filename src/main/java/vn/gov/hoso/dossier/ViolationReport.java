package vn.gov.hoso.dossier;

/**
 * A validation problem ready to show: where (path such as {@code workHistory[2].fromMonth}, 0-based rows), what
 * (stable code), how serious, and the text in Vietnamese and English.
 */
public record ViolationReport(String path, String code, boolean blocking, String messageVi, String messageEn) {}
