package vn.gov.hoso.accounts;

/** Where a recruitment stands in {@code account-provisioning}. */
public enum RecruitmentStatus {
  /** Received, waiting for the focal officer. */
  RECEIVED,
  /** Confirmed by the focal officer; the account is being created. */
  CONFIRMED,
  /** Refused by the focal officer (note says why); no account. */
  REJECTED,
  /** Account created (without password) and dossier opened. */
  ACCOUNT_CREATED
}
