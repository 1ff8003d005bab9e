/** REST API of the reports. */
@NullMarked
package vn.gov.hoso.reporting.web;

import org.jspecify.annotations.NullMarked;
