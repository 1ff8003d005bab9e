/**
 * The demo clock: moves the engine clock and the application clock together and fires the timers that became due.
 * Exists only with the demo data ({@code hoso.demo.enabled=true}); never in production.
 */
@NullMarked
package vn.gov.hoso.workflow.clock;

import org.jspecify.annotations.NullMarked;
