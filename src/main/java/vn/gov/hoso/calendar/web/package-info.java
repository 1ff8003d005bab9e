/** REST API of the calendar module under /api/calendar. */
@NullMarked
package vn.gov.hoso.calendar.web;

import org.jspecify.annotations.NullMarked;
