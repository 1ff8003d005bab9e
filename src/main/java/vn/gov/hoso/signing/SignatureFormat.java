package vn.gov.hoso.signing;

/** What a signature covers and how it is packaged. */
public enum SignatureFormat {
  /** PAdES inside the official CV as PDF. */
  PADES,
  /** JAdES in compact serialization, detached from the canonical JSON of the dossier version it covers. */
  JADES_DETACHED
}
