package vn.gov.hoso.dossier;

import java.time.LocalDate;

/**
 * A person reaching the retirement age (Nghị định 135/2020/NĐ-CP): {@code retirementDate} is the last day of the
 * month in which the age is reached (Art. 3). Field names are the contract of {@code GET /api/retirements}.
 */
public record Retirement(String cccd, String fullName, String gender, LocalDate dateOfBirth,
    LocalDate retirementDate, String unitId) {}
