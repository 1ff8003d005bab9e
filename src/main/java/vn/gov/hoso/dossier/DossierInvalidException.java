package vn.gov.hoso.dossier;

import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.common.web.ProblemExtension;

/** The dossier cannot be submitted: the draft (kept as it is) has blocking validation errors. */
public class DossierInvalidException extends BusinessException implements ProblemExtension {

  private static final long serialVersionUID = 1L;

  private final transient List<ViolationReport> violations;

  public DossierInvalidException(List<ViolationReport> violations) {
    super("dossierInvalid", ErrorKind.INVALID, violations.stream().filter(ViolationReport::blocking).count());
    this.violations = List.copyOf(violations);
  }

  public List<ViolationReport> violations() {
    return violations;
  }

  @Override
  public void extend(ProblemDetail problem) {
    problem.setProperty("errors", violations.stream()
        .map(v -> Map.of("path", v.path(), "code", v.code(), "blocking", v.blocking(), "messageVi", v.messageVi(),
            "messageEn", v.messageEn()))
        .toList());
  }
}
