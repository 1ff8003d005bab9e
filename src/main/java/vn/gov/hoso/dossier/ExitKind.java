package vn.gov.hoso.dossier;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;

/**
 * Kinds of exit of process {@code exit} ({@code exitKind}), each with the employment status it records. Every kind but
 * {@link #SECONDMENT} ends the employment in the province: the dossier goes to the permanent archive.
 */
public enum ExitKind {
  /** Nghỉ hưu. */
  RETIREMENT("retirement", EmploymentStatus.RETIRED),
  /** Thôi việc. */
  RESIGNATION("resignation", EmploymentStatus.RESIGNED),
  /** Buộc thôi việc (kỷ luật). */
  DISMISSAL("dismissal", EmploymentStatus.DISMISSED),
  /** Từ trần. */
  DEATH("death", EmploymentStatus.DECEASED),
  /** Biệt phái: temporary, with a return date; the dossier stays with the unit, the account is limited. */
  SECONDMENT("secondment", EmploymentStatus.SECONDED);

  private final String code;
  private final EmploymentStatus status;

  ExitKind(String code, EmploymentStatus status) {
    this.code = code;
    this.status = status;
  }

  public String code() {
    return code;
  }

  public EmploymentStatus status() {
    return status;
  }

  /** Whether the dossier goes to the archive (every kind but the secondment). */
  public boolean isFinal() {
    return status.endsEmployment();
  }

  /**
   * @throws BusinessException {@code exitKindInvalid} (400) for anything but the codes of this enum
   */
  public static ExitKind of(@Nullable Object value) {
    String text = value == null ? "" : value.toString().trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.code.equals(text)).findFirst()
        .orElseThrow(() -> new BusinessException("exitKindInvalid", ErrorKind.INVALID, text));
  }
}
