package vn.gov.hoso.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An immutable snapshot made at a submission. */
public record DossierVersionView(String dossierId, int number, String submittedBy, Instant submittedAt, JsonNode data) {}
