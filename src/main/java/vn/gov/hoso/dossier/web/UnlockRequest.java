package vn.gov.hoso.dossier.web;

import org.jspecify.annotations.Nullable;

/** Body of {@code POST /api/dossiers/{cccd}/unlock}: why the confirmed dossier is opened again (required). */
record UnlockRequest(@Nullable String reason) {}
