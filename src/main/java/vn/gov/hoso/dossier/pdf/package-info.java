/**
 * The official CV of a dossier version as PDF/A-2b: the layout of the "Mẫu sơ yếu lý lịch" of Thông tư
 * 06/2023/TT-BNV, Vietnamese text in an embedded DejaVu Serif. {@link vn.gov.hoso.dossier.pdf.CvPdfRenderer} knows
 * nothing of HTTP, users or the database: the same {@link vn.gov.hoso.dossier.pdf.CvSource} always gives the same
 * bytes, so a signature can later cover a reproducible document.
 */
@NullMarked
package vn.gov.hoso.dossier.pdf;

import org.jspecify.annotations.NullMarked;
