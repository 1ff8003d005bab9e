package vn.gov.hoso.dossier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An uploaded scan: a PDF, JPEG or PNG of a decision, diploma or certificate. */
public record NewAttachment(String documentType, @Nullable String fieldKey, String fileName, String contentType,
    byte[] data) {

  public NewAttachment {
    Objects.requireNonNull(documentType, "documentType");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(data, "data");
  }
}
