package vn.gov.hoso.dossier;

/**
 * What a re-encryption run did.
 *
 * @param activeKey the key everything was re-encrypted to
 * @param dossiers current documents re-encrypted
 * @param versions versions re-encrypted
 * @param skipped rows left as they were (key no longer configured, damaged envelope, or changed meanwhile)
 * @param remaining rows still not under the active key after the run (0 = done; else run again or check the log)
 */
public record RotationResult(String activeKey, int dossiers, int versions, int skipped, long remaining) {}
