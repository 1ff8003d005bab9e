package vn.gov.hoso.dossier;

/** An attachment with its bytes, for download. */
public record AttachmentContent(AttachmentView metadata, byte[] data) {}
