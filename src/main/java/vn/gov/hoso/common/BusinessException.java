package vn.gov.hoso.common;

import java.util.List;

/**
 * A business error with a stable code. Its user-facing text comes from the message bundles: title from
 * {@code error.<code>.title}, detail from {@code error.<code>.detail} with {@link #args()}.
 */
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final ErrorKind kind;
  private final transient List<Object> args;

  public BusinessException(String code, ErrorKind kind, Object... args) {
    super(code);
    this.code = code;
    this.kind = kind;
    this.args = List.of(args);
  }

  public String code() {
    return code;
  }

  public ErrorKind kind() {
    return kind;
  }

  public List<Object> args() {
    return args;
  }
}
