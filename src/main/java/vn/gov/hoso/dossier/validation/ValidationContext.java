package vn.gov.hoso.dossier.validation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the validator needs to know besides the content.
 *
 * @param dossierId the dossier's identifier: the 12-digit personal identification number (CCCD) it belongs to
 * @param units the organisation tree
 */
public record ValidationContext(String dossierId, UnitHierarchy units) {

  private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

  public ValidationContext {
    Objects.requireNonNull(dossierId, "dossierId");
    Objects.requireNonNull(units, "units");
    if (!TWELVE_DIGITS.matcher(dossierId).matches()) {
      throw new IllegalArgumentException("a dossier id is a 12-digit personal identification number");
    }
  }
}
