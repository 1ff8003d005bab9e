/**
 * Sync module: synchronisation of signed dossier versions with the national database of cadres, civil servants and
 * public employees (CSDLQG CBCCVC). A transactional outbox ({@code sync_record}) written in the transaction that signed
 * the version, pre-sync validation against the field specification and the national code lists, the payload (see
 * {@code docs/national-sync.md}) signed with the Sở Nội vụ key, the port {@link vn.gov.hoso.sync.NationalRegistry}
 * with its HTTP/JSON adapter, per-record results and the monthly batches. Sending is driven by the processes
 * {@code national-sync-record} and {@code national-sync-batch} (workflow module). Module API: this package.
 */
@NullMarked
package vn.gov.hoso.sync;

import org.jspecify.annotations.NullMarked;
