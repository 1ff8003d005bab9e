/**
 * Accounts of new recruits and their end: a recruitment decision received through the API starts
 * {@code account-provisioning}; the focal officer confirms; the account is created in the identity store of the
 * installation ({@link vn.gov.hoso.accounts.AccountDirectory}: Keycloak or the engine's store) without any password;
 * the person activates it through a single-use link; the dossier is opened, which starts the declaration. Accounts
 * are disabled on exit and their open tasks handed over. See docs/accounts.md.
 */
@NullMarked
package vn.gov.hoso.accounts;

import org.jspecify.annotations.NullMarked;
