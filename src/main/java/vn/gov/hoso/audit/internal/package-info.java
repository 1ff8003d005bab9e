@NullMarked
package vn.gov.hoso.audit.internal;

import org.jspecify.annotations.NullMarked;
