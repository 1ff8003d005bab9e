/**
 * Organisation module: the province's unit tree (with materialised paths for subtree checks), user accounts with
 * their unit and roles, and the data scope derived from them. Module API: this package.
 */
@NullMarked
package vn.gov.hoso.organisation;

import org.jspecify.annotations.NullMarked;
