package vn.gov.hoso.dossier;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Metadata of a scanned document attached to a dossier (the evidence of a change). */
public record AttachmentView(
    String id,
    String dossierId,
    @Nullable Integer versionNumber,
    @Nullable String fieldKey,
    String documentType,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    Instant uploadedAt) {}
