/** REST API of the organisation: the tree over time, officers, quotas, restructurings and re-homings. */
@NullMarked
package vn.gov.hoso.organisation.web;

import org.jspecify.annotations.NullMarked;
