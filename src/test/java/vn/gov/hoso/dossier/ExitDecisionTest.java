package vn.gov.hoso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.organisation.Role;

class ExitDecisionTest {

  @ParameterizedTest(name = "{0} → {1}, final {2}")
  @CsvSource({"retirement, RETIRED, true", "resignation, RESIGNED, true", "dismissal, DISMISSED, true",
      "death, DECEASED, true", "secondment, SECONDED, false", " Retirement , RETIRED, true"})
  void mapsEachKindToItsEmploymentStatusWhenParsed(String code, EmploymentStatus status, boolean isFinal) {
    ExitKind kind = ExitKind.of(code);

    assertThat(kind.status()).isEqualTo(status);
    assertThat(kind.isFinal()).isEqualTo(isFinal);
  }

  @Test
  void refusesAnUnknownKind() {
    assertThatThrownBy(() -> ExitKind.of("nghỉ phép")).isInstanceOfSatisfying(BusinessException.class,
        e -> assertThat(e.code()).isEqualTo("exitKindInvalid"));
  }

  @Test
  void needsAReturnDateAfterTheStartWhenSeconded() {
    assertThatThrownBy(() -> ExitDecision.of("secondment", "1/QĐ", "2026-12-01", null, null))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.code()).isEqualTo("secondmentReturnRequired"));
    assertThatThrownBy(() -> ExitDecision.of("secondment", "1/QĐ", "2026-12-01", "2026-12-01", null))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.code()).isEqualTo("secondmentReturnBeforeStart"));
    assertThat(ExitDecision.of("secondment", " 1/QĐ ", "2026-12-01", "2027-06-01", " ").returnDate())
        .isEqualTo(LocalDate.of(2027, 6, 1));
  }

  @Test
  void dropsTheReturnDateAndNormalisesTheTextWhenTheExitIsFinal() {
    ExitDecision decision = ExitDecision.of("retirement", " 45/QĐ-STC ", "2026-12-01", "2027-06-01", "  ");

    assertThat(decision.returnDate()).isNull();
    assertThat(decision.decisionNumber()).isEqualTo("45/QĐ-STC");
    assertThat(decision.note()).isNull();
  }

  @Test
  void refusesAMissingDecisionNumberOrDate() {
    assertThatThrownBy(() -> ExitDecision.of("death", " ", "2026-12-01", null, null))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.code()).isEqualTo("exitDecisionNumberRequired"));
    assertThatThrownBy(() -> ExitDecision.of("death", "2/QĐ", "01/12/2026", null, null))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("badParameter"));
    assertThatThrownBy(() -> TransferOutDecision.of("", "3/QĐ", "2026-12-01", null))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.code()).isEqualTo("transferDestinationRequired"));
  }

  @Test
  void refusesWritesToAnArchivedDossierAndTheOwnersWritesWhileSeconded() {
    assertThatThrownBy(() -> ArchiveRules.requireNotArchived("033190004567", Instant.EPOCH))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("dossierArchived"));
    assertThatThrownBy(() -> ArchiveRules.requireDeclarable("033190004567", null, EmploymentStatus.SECONDED))
        .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("dossierSeconded"));
    ArchiveRules.requireDeclarable("033190004567", null, EmploymentStatus.ACTIVE);
  }

  @Test
  void letsOnlyOfficersAndTheSoNoiVuReadTheArchive() {
    assertThat(ArchiveRules.readsArchive(Set.of(Role.FOCAL_OFFICER))).isTrue();
    assertThat(ArchiveRules.readsArchive(Set.of(Role.UNIT_HEAD))).isTrue();
    assertThat(ArchiveRules.readsArchive(Set.of(Role.SNV_DIRECTOR))).isTrue();
    assertThat(ArchiveRules.readsArchive(Set.of(Role.EMPLOYEE, Role.SPECIALIST, Role.MANAGER))).isFalse();
  }
}
