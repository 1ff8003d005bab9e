/** Implementation of the calendar module: lunar dates (Time4J), schedules, forecast, deadlines, signing windows. */
@NullMarked
package vn.gov.hoso.calendar.internal;

import org.jspecify.annotations.NullMarked;
