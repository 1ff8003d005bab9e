/** Code lists (ethnic groups, religions, provinces, ranks, salary scales …) loaded from CSV: module API. */
@NullMarked
package vn.gov.hoso.catalog;

import org.jspecify.annotations.NullMarked;
