/** Key loading: configured keys, and the demo key generated under the data directory. */
@NullMarked
package vn.gov.hoso.crypto.internal;

import org.jspecify.annotations.NullMarked;
