/**
 * Server-side validation of a dossier's JSON content against {@link vn.gov.hoso.dossier.schema.DossierSchema}: the
 * checks the Camunda Forms only offer for comfort are enforced here again.
 */
@NullMarked
package vn.gov.hoso.dossier.validation;

import org.jspecify.annotations.NullMarked;
