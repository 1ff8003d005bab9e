package vn.gov.hoso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;
import vn.gov.hoso.organisation.Role;

class LockRulesTest {

  static final String CCCD = "038185011234";
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @ParameterizedTest
  @EnumSource(value = DossierStatus.class, names = {"DRAFT", "REJECTED", "CONFIRMED"})
  void letsTheEmployeeEditWhenNotLockedAndNotAwaitingVerification(DossierStatus status) {
    assertThatCode(() -> LockRules.requireEditable(CCCD, status, false)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @EnumSource(DossierStatus.class)
  void refusesEveryEditWithDossierLockedWhenLocked(DossierStatus status) {
    assertThatThrownBy(() -> LockRules.requireEditable(CCCD, status, true))
        .isInstanceOfSatisfying(BusinessException.class, e -> {
          assertThat(e.code()).isEqualTo("dossierLocked");
          assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
          assertThat(e.args()).containsExactly(CCCD);
        });
  }

  @Test
  void refusesEditWhileSubmittedVersionAwaitsVerification() {
    assertThatThrownBy(() -> LockRules.requireEditable(CCCD, DossierStatus.SUBMITTED, false))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("dossierNotEditable"));
  }

  @Test
  void opensAChangeWhenLockedWithNoOtherChangeNoSigningAndAPastEvent() {
    assertThatCode(() -> LockRules.requireChangeable(CCCD, true, null, false, TODAY, TODAY))
        .doesNotThrowAnyException();
    assertThatCode(() -> LockRules.requireChangeable(CCCD, true, null, false, TODAY.minusYears(1), TODAY))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesASecondChangeWhenOneIsOpen() {
    assertThatThrownBy(() -> LockRules.requireChangeable(CCCD, false, "c-1", false, TODAY, TODAY))
        .isInstanceOfSatisfying(BusinessException.class, e -> {
          assertThat(e.code()).isEqualTo("changeAlreadyOpen");
          assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        });
  }

  @Test
  void refusesAChangeWhenTheDossierIsNotLocked() {
    assertThatThrownBy(() -> LockRules.requireChangeable(CCCD, false, null, false, TODAY, TODAY))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("dossierNotLocked"));
  }

  @Test
  void refusesAChangeWhileTheLockedVersionIsBeingSigned() {
    assertThatThrownBy(() -> LockRules.requireChangeable(CCCD, true, null, true, TODAY, TODAY))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("changeWhileSigning"));
  }

  @Test
  void refusesAChangeWhoseEventLiesInTheFuture() {
    assertThatThrownBy(() -> LockRules.requireChangeable(CCCD, true, null, false, TODAY.plusDays(1), TODAY))
        .isInstanceOfSatisfying(BusinessException.class, e -> {
          assertThat(e.code()).isEqualTo("changeEventInFuture");
          assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
        });
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"FOCAL_OFFICER", "UNIT_HEAD", "SNV_ADMIN", "SNV_DIRECTOR"})
  void letsAuthorisedRolesUnlockALockedDossierWithAReason(Role role) {
    assertThatCode(() -> LockRules.requireUnlockable(CCCD, true, "stc.daumoi", Set.of(role), "Sai quyết định"))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @EnumSource(value = Role.class, names = {"EMPLOYEE", "SPECIALIST", "AGENCY", "MODELER", "MANAGER"})
  void refusesUnlockWithForbiddenWhenTheRoleMayNotUnlock(Role role) {
    assertThatThrownBy(() -> LockRules.requireUnlockable(CCCD, true, "someone", Set.of(role), "Lý do"))
        .isInstanceOfSatisfying(BusinessException.class, e -> {
          assertThat(e.code()).isEqualTo("unlockNotAllowed");
          assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        });
  }

  @Test
  void refusesUnlockOfTheOwnDossierEvenToAFocalOfficer() {
    assertThatThrownBy(() -> LockRules.requireUnlockable(CCCD, true, CCCD, Set.of(Role.FOCAL_OFFICER), "Lý do"))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("unlockNotAllowed"));
  }

  @Test
  void refusesUnlockWithoutAReason() {
    assertThatThrownBy(() -> LockRules.requireUnlockable(CCCD, true, "stc.daumoi", Set.of(Role.FOCAL_OFFICER), " "))
        .isInstanceOfSatisfying(BusinessException.class, e -> {
          assertThat(e.code()).isEqualTo("unlockReasonRequired");
          assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
        });
    assertThatThrownBy(() -> LockRules.requireUnlockable(CCCD, true, "stc.daumoi", Set.of(Role.FOCAL_OFFICER), null))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void refusesUnlockWithConflictWhenTheDossierIsNotLocked() {
    assertThatThrownBy(() -> LockRules.requireUnlockable(CCCD, false, "stc.daumoi", Set.of(Role.FOCAL_OFFICER),
            "Lý do"))
        .isInstanceOfSatisfying(BusinessException.class, e -> {
          assertThat(e.code()).isEqualTo("dossierNotLocked");
          assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        });
  }

  @Test
  void parsesTheStartFormValuesOfAChange() {
    DeclareChange change = DeclareChange.of(CCCD, "salary-raise", "2026-11-20", "  QĐ 123/QĐ-STC  ");

    assertThat(change.type()).isEqualTo(ChangeType.SALARY_RAISE);
    assertThat(change.eventDate()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(change.description()).isEqualTo("QĐ 123/QĐ-STC");
  }

  @Test
  void refusesAChangeWithUnknownTypeBadDateOrNoDescription() {
    assertThatThrownBy(() -> DeclareChange.of(CCCD, "promotion", "2026-11-20", "x"))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("changeTypeInvalid"));
    assertThatThrownBy(() -> DeclareChange.of(CCCD, "training", "20/11/2026", "x"))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.code()).isEqualTo("changeEventDateInvalid"));
    assertThatThrownBy(() -> DeclareChange.of(CCCD, "training", "2026-11-20", null))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.code()).isEqualTo("changeDescriptionRequired"));
  }
}
