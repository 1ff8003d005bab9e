/**
 * Simulator of the national database (CSDLQG CBCCVC) for the demo and the tests: the documented API of {@code
 * docs/national-sync.md} under {@code /simulator/csdlqg}, its own tables ({@code sim_*}), verification of the Sở Nội vụ
 * signature, national code-list checks, idempotency by key, and fault injection (5xx, timeouts, slow answers, lost
 * answers that cause duplicate deliveries, rejections). On only with {@code hoso.simulator.enabled=true} (the demo
 * default; the prod profile refuses it). Module API: this package.
 */
@NullMarked
package vn.gov.hoso.simulator;

import org.jspecify.annotations.NullMarked;
