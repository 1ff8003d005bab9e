/** Internals of the national-database simulator: its table and the request handling. */
@NullMarked
package vn.gov.hoso.simulator.internal;

import org.jspecify.annotations.NullMarked;
