/** Persistence and policies of the dossier module; not to be used by other modules. */
@NullMarked
package vn.gov.hoso.dossier.internal;

import org.jspecify.annotations.NullMarked;
