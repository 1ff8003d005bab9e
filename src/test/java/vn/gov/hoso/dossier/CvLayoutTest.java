package vn.gov.hoso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.hoso.common.BusinessException;
import vn.gov.hoso.common.ErrorKind;

class CvLayoutTest {

  @ParameterizedTest
  @CsvSource({"tt06, TT06", "TT06, TT06", "2c, SO_2C", "2C, SO_2C", "' 2c ', SO_2C"})
  void readsTheLayoutWhenTheParameterNamesOne(String parameter, CvLayout expected) {
    assertThat(CvLayout.of(parameter)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2c-tctw", "tt06-2023", "pdf", "SO_2C"})
  void refusesAsBadParameterWhenTheValueNamesNoLayout(String parameter) {
    assertThatThrownBy(() -> CvLayout.of(parameter))
        .isInstanceOfSatisfying(BusinessException.class, e -> {
          assertThat(e.code()).isEqualTo("badParameter");
          assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
        });
  }
}
