package vn.gov.hoso.organisation;

import java.util.Arrays;
import java.util.Optional;

/** Roles of an account. {@link #id()} is the name used in configuration, Keycloak and Camunda groups. */
public enum Role {
  EMPLOYEE("employee"),
  FOCAL_OFFICER("focal-officer"),
  UNIT_HEAD("unit-head"),
  SPECIALIST("specialist"),
  AGENCY("agency"),
  SNV_ADMIN("snv-admin"),
  SNV_DIRECTOR("snv-director"),
  MODELER("modeler"),
  MANAGER("manager");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Optional<Role> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id.trim())).findFirst();
  }

  /** Whether this role sees the whole province rather than its unit's subtree. */
  public boolean isProvinceWide() {
    return this == SNV_ADMIN || this == SNV_DIRECTOR;
  }

  /**
   * Whether this role sees the sensitive fields of the dossiers in its scope (planning, detention, former regime,
   * foreign ties, health, family, household economy): the focal officer who verifies the dossier, the head who signs
   * it, and the Sở Nội vụ. Specialists, agency staff, managers and modelers get the dossiers without them.
   */
  public boolean seesSensitiveData() {
    return this == FOCAL_OFFICER || this == UNIT_HEAD || this == SNV_ADMIN || this == SNV_DIRECTOR;
  }

  /** Whether this role reads the dossiers of its unit's subtree. */
  public boolean readsUnitSubtree() {
    return this == FOCAL_OFFICER || this == UNIT_HEAD || this == SPECIALIST || this == AGENCY || this == MANAGER;
  }
}
