/** REST API of the declaration campaigns and their dashboard. */
@NullMarked
package vn.gov.hoso.campaign.web;

import org.jspecify.annotations.NullMarked;
