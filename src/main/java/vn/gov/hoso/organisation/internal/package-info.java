/** Persistence of the organisation module; not to be used by other modules. */
@NullMarked
package vn.gov.hoso.organisation.internal;

import org.jspecify.annotations.NullMarked;
