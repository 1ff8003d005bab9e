package vn.gov.hoso.sync;

import org.jspecify.annotations.Nullable;

/**
 * The national database's answer to one delivery.
 *
 * @param accepted whether the record is accepted
 * @param duplicate whether the key had already been accepted (this delivery changed nothing)
 * @param nationalId the national record id of an accepted record
 * @param errorCode the national error code of a rejection, e.g. {@code CODE_NOT_IN_NATIONAL_LIST}
 * @param errorMessage the national error message of a rejection, as the national database wrote it
 */
public record NationalAnswer(boolean accepted, boolean duplicate, @Nullable String nationalId,
    @Nullable String errorCode, @Nullable String errorMessage) {

  public static NationalAnswer accepted(String nationalId, boolean duplicate) {
    return new NationalAnswer(true, duplicate, nationalId, null, null);
  }

  public static NationalAnswer rejected(String errorCode, String errorMessage) {
    return new NationalAnswer(false, false, null, errorCode, errorMessage);
  }
}
