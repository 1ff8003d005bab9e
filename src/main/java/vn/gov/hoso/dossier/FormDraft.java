package vn.gov.hoso.dossier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/** What the declaration form is prefilled with: the saved draft, the status and the last reviewer's note. */
public record FormDraft(String dossierId, ObjectNode content, DossierStatus status, @Nullable String lastNote,
    @Nullable String fullName, String unitId) {}
