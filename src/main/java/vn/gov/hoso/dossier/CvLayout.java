package vn.gov.hoso.dossier;

import java.util.Locale;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;

/**
 * The printed layout of the official CV: the form of Thông tư 06/2023/TT-BNV (the default, and the only one ever
 * signed) or, for older records, the "Sơ yếu lý lịch 2C" of Mẫu 2C-BNV/2008 (Quyết định 02/2008/QĐ-BNV).
 */
public enum CvLayout {
  TT06("tt06"),
  SO_2C("2c");

  private final String parameter;

  CvLayout(String parameter) {
    this.parameter = parameter;
  }

  /** The value of the {@code layout} query parameter. */
  public String parameter() {
    return parameter;
  }

  /**
   * The layout a query parameter names, case-insensitive.
   *
   * @throws BusinessException {@code badParameter} (INVALID) for any other value
   */
  public static CvLayout of(String parameter) {
    String value = parameter.strip().toLowerCase(Locale.ROOT);
    for (CvLayout layout : values()) {
      if (layout.parameter.equals(value)) {
        return layout;
      }
    }
    throw new BusinessException("badParameter", ErrorKind.INVALID, "layout", parameter);
  }
}
