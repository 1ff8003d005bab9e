package vn.gov.hoso.dossier;

import org.jspecify.annotations.Nullable;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;

/**
 * Filter of the dossier list.
 *
 * @param unitId a unit whose subtree is listed (must be inside the reader's scope)
 * @param q part of the name (diacritics ignored) or the beginning of a CCCD
 */
public record DossierQuery(@Nullable String unitId, @Nullable DossierStatus status, @Nullable String q, int page,
    int size) {

  public DossierQuery {
    if (page < 0) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "page", page);
    }
    if (size < 1 || size > 200) {
      throw new BusinessException("badParameter", ErrorKind.INVALID, "size", size);
    }
  }
}
