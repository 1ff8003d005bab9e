package vn.gov.hoso.organisation;

import java.util.Objects;

/** The scanned transfer decision: a PDF, JPEG or PNG. */
public record TransferDocument(String fileName, String contentType, byte[] data) {

  public TransferDocument {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(data, "data");
  }
}
