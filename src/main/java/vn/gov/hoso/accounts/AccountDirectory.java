package vn.gov.hoso.accounts;

import vn.gov.hoso.organisation.Account;

/**
 * Port: the identity store where people log in. Two adapters: Keycloak (profile {@code keycloak}, admin REST API) and
 * the engine's own store (default profile, implemented by the workflow module). No method ever sets a password the
 * system chose on its own: an account is created without any credential and gets one only through
 * {@link #activate}.
 */
public interface AccountDirectory {

  /** How a person gets their first password at activation. */
  enum ActivationStyle {
    /** The person types their own password on the activation page (engine store: it has no "change at login"). */
    CHOOSE_PASSWORD,
    /**
     * The activation page shows a one-time password once; the identity store (Keycloak) makes the person replace it
     * at the first login. The application never learns the person's own password.
     */
    ONE_TIME_PASSWORD
  }

  ActivationStyle activationStyle();

  /**
   * Creates the account (username = CCCD for employees) with its unit and role and without any credential; idempotent
   * when an account of that name exists already (a retried job).
   */
  void create(Account account);

  /**
   * Gives the account its first (or a replacement) password. With {@link ActivationStyle#ONE_TIME_PASSWORD} the
   * password is temporary and must be changed at the next login.
   *
   * @throws vn.gov.hoso.common.BusinessException {@code passwordPolicy} (400) when the store's policy refuses it
   */
  void activate(String username, String password);

  /** Whether the account has any password (false until activated). */
  boolean hasPassword(String username);

  /** Disables the account: no login any more, no group membership; its history stays. Idempotent. */
  void disable(String username);
}
