/**
 * Dossier module: the personnel dossier (TT 06/2023 CV in 11 groups), its drafts, immutable submitted versions, the
 * update history, attachments and the verification outcome. Every read goes through {@link
 * vn.gov.hoso.dossier.DossierService}, which checks the reader's unit subtree and writes the audit row. Module API: this
 * package and {@code schema}.
 */
@NullMarked
package vn.gov.hoso.dossier;

import org.jspecify.annotations.NullMarked;
