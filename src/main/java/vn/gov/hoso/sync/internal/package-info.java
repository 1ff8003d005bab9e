/** Internals of the sync module: outbox and batch tables, payload building, pre-sync checks, the HTTP adapter. */
@NullMarked
package vn.gov.hoso.sync.internal;

import org.jspecify.annotations.NullMarked;
