/**
 * Web security: HTTP Basic on /api for the demo profile (until Keycloak), Camunda's own login for the webapps,
 * Camunda's Basic filter on /engine-rest, problem+json for 401 and 403.
 */
@NullMarked
package vn.gov.hoso.security;

import org.jspecify.annotations.NullMarked;
