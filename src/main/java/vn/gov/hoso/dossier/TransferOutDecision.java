package vn.gov.hoso.dossier;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;

/**
 * A decision transferring a person to another province (chuyển công tác ra ngoài tỉnh): the destination province (its
 * name or code as written in the decision), the decision's number and its effective date.
 */
public record TransferOutDecision(String destinationProvince, String decisionNumber, LocalDate effectiveDate,
    @Nullable String note) {

  static final int MAX_PROVINCE = 100;

  public TransferOutDecision {
    if (destinationProvince == null || destinationProvince.isBlank()) {
      throw new BusinessException("transferDestinationRequired", ErrorKind.INVALID);
    }
    if (destinationProvince.strip().length() > MAX_PROVINCE) {
      throw new BusinessException("transferDestinationRequired", ErrorKind.INVALID);
    }
    destinationProvince = destinationProvince.strip();
    decisionNumber = ExitDecision.requireDecisionNumber(decisionNumber);
    note = ExitDecision.note(note);
  }

  /** Parses the values of the start form or the API ({@code YYYY-MM-DD} date). */
  public static TransferOutDecision of(@Nullable Object destinationProvince, @Nullable Object decisionNumber,
      @Nullable Object effectiveDate, @Nullable Object note) {
    return new TransferOutDecision(ExitDecision.text(destinationProvince), ExitDecision.text(decisionNumber),
        ExitDecision.date("effectiveDate", effectiveDate), note == null ? null : note.toString());
  }
}
