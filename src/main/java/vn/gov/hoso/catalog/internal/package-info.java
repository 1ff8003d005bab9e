/** Loads the catalog CSV files from the classpath and serves them from memory. */
@NullMarked
package vn.gov.hoso.catalog.internal;

import org.jspecify.annotations.NullMarked;
