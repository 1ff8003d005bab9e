/** Persistence of the campaign module (plain JDBC: members are written and counted in bulk). */
@NullMarked
package vn.gov.hoso.campaign.internal;

import org.jspecify.annotations.NullMarked;
