/** Batch signing: a head signs many dossiers of the signing window in one action, and its API. */
@NullMarked
package vn.gov.hoso.workflow.signing;

import org.jspecify.annotations.NullMarked;
