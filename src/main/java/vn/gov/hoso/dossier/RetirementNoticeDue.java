package vn.gov.hoso.dossier;

import java.time.LocalDate;

/** Published once per person when the retirement forecast opens the focal officers' notice (workflow starts it). */
public record RetirementNoticeDue(String dossierId, String unitId, LocalDate retirementDate) {}
