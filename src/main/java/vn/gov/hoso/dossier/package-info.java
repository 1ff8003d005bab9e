/**
 * The dossier module's public API: the version comparison ({@link vn.gov.hoso.dossier.DossierDiff}); the field
 * registry lives in {@code schema}, the validator in {@code validation}.
 */
@NullMarked
package vn.gov.hoso.dossier;

import org.jspecify.annotations.NullMarked;
