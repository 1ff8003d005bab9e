@NullMarked
package vn.gov.hoso.accounts.keycloak;

import org.jspecify.annotations.NullMarked;
