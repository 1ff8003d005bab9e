/** problem+json for every error that leaves the API, in Vietnamese and English. */
@NullMarked
package vn.gov.hoso.common.web;

import org.jspecify.annotations.NullMarked;
