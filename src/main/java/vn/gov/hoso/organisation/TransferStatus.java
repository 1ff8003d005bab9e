package vn.gov.hoso.organisation;

/** Where a transfer stands: decided, handed over by the releasing unit, done (account and dossier moved), or cancelled. */
public enum TransferStatus {
  DECIDED,
  HANDED_OVER,
  DONE,
  /** Refused (internal transfer); nobody moved. */
  CANCELLED
}
