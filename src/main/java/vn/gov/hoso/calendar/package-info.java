/**
 * Vietnamese working-day calendar: public holidays, compensatory and swapped days, deadlines counted in working
 * days ("N ngày làm việc") and the monthly signing windows. Module API; the rules are those of
 * {@code shared/domain/calendar/vn-holiday-rules.md}.
 */
@NullMarked
package vn.gov.hoso.calendar;

import org.jspecify.annotations.NullMarked;
