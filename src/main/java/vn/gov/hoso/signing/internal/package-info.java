/** DSS and BouncyCastle behind the signing module's API. */
@NullMarked
package vn.gov.hoso.signing.internal;

import org.jspecify.annotations.NullMarked;
