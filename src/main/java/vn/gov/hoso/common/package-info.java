/** Small value types and helpers every module needs. Keep it boring. */
@NullMarked
package vn.gov.hoso.common;

import org.jspecify.annotations.NullMarked;
