package vn.gov.hoso.accounts;

/** What the activation page shows before the link is used. */
public record PendingActivation(String username, String displayName, AccountDirectory.ActivationStyle style) {}
