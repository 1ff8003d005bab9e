package vn.gov.hoso.campaign;

/**
 * What a campaign did for a member when it started.
 */
public enum MemberState {
  /** Selected, declaration not started yet (the campaign is still starting). */
  PENDING,
  /** The campaign started a {@code dossier-declaration} for the person. */
  STARTED,
  /** The person had a running declaration or change already: not duplicated, that one counts. */
  ALREADY_RUNNING,
  /** The dossier is confirmed and locked: nothing to declare (a later event is a change of the locked dossier). */
  LOCKED
}
