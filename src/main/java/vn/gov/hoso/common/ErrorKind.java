package vn.gov.hoso.common;

/** Kinds of business errors, mapped to HTTP statuses at the edge. */
public enum ErrorKind {
  INVALID(400),
  FORBIDDEN(403),
  NOT_FOUND(404),
  CONFLICT(409),
  /** An outside system the request needs (e.g. the national database) does not answer now; nothing was changed. */
  UNAVAILABLE(503);

  private final int httpStatus;

  ErrorKind(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
