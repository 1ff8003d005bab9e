/**
 * Reporting module: staffing quotas against the people actually recorded (reconciliation). Reads the organisation and
 * dossier modules through their APIs; keeps no tables of its own. Module API: this package.
 */
@NullMarked
package vn.gov.hoso.reporting;

import org.jspecify.annotations.NullMarked;
