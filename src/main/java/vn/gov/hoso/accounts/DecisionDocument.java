package vn.gov.hoso.accounts;

import java.util.Objects;

/** The scanned recruitment decision: a PDF, JPEG or PNG. */
public record DecisionDocument(String fileName, String contentType, byte[] data) {

  public DecisionDocument {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(data, "data");
  }
}
