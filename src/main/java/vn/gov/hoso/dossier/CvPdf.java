package vn.gov.hoso.dossier;

import java.util.Objects;

/**
 * The official CV of a dossier as a PDF/A-2b file, ready for download.
 *
 * @param fileName {@code so-yeu-ly-lich-<cccd>-v<n>.pdf} for version n, {@code so-yeu-ly-lich-<cccd>-ban-nhap.pdf}
 *     for the current draft
 * @param draft whether the pages carry the "BẢN NHÁP" mark (every unsigned rendering does)
 */
public record CvPdf(String fileName, byte[] content, boolean draft) {

  public CvPdf {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
  }
}
