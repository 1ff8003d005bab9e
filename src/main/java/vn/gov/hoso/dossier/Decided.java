package vn.gov.hoso.dossier;

/** An exit or transfer decision accepted for a dossier: the dossier's unit and the decision as normalised. */
public record Decided<T>(String unitId, T decision) {}
