package vn.gov.hoso.accounts;

/**
 * Published (inside the receiving transaction) when a recruitment decision is stored; the workflow starts
 * {@code account-provisioning}. Only ids: the person's data stay in the accounts tables.
 */
public record RecruitmentReceived(String recruitmentId, String citizenId, String unitId) {}
