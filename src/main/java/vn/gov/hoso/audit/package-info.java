/** Audit trail: who read or changed which dossier, when, through which endpoint. Module API: this package. */
@NullMarked
package vn.gov.hoso.audit;

import org.jspecify.annotations.NullMarked;
