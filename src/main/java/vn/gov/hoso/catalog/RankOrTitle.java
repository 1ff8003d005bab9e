package vn.gov.hoso.catalog;

import java.util.Objects;

/**
 * A civil-servant rank (ngạch, code {@code NN.NNN}) or a professional title (chức danh nghề nghiệp, code
 * {@code V.NN.NN.NN}), with the salary group of the scale it is paid on.
 */
public record RankOrTitle(String code, String name, String salaryGroup, boolean professionalTitle) {

  public RankOrTitle {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(salaryGroup, "salaryGroup");
  }
}
