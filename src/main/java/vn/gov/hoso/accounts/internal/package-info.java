@NullMarked
package vn.gov.hoso.accounts.internal;

import org.jspecify.annotations.NullMarked;
