package vn.gov.hoso.accounts;

import java.time.Instant;

/**
 * A fresh activation link, returned once to the officer who asked for it (the token is stored only as a hash).
 *
 * @param token the secret part of {@code /activate/{token}}
 */
public record IssuedActivation(String username, String token, Instant expiresAt,
    AccountDirectory.ActivationStyle style) {

  public String path() {
    return "/activate/" + token;
  }
}
