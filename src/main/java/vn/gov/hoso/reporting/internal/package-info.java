/** Storage of the statutory reports (entities never leave the reporting module). */
@NullMarked
package vn.gov.hoso.reporting.internal;

import org.jspecify.annotations.NullMarked;
