package vn.gov.hoso.sync.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.signing.OrganisationSigner;
import vn.gov.hoso.sync.NationalAnswerUnverifiedException;

/** The adapter's check of the national side's signature on an answer (detached JAdES over the canonical JSON). */
class NationalAnswerVerifierTest {

  static OrganisationSigner nation;
  static OrganisationSigner stranger;
  final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void keys() {
    nation = OrganisationSigner.generated("csdlqg.test", "CSDL quốc gia (thử)", Clock.systemUTC());
    stranger = OrganisationSigner.generated("csdlqg.fake", "Giả mạo", Clock.systemUTC());
  }

  @Test
  void acceptsAnAnswerSignedByTheNationWhateverTheMemberOrder() throws Exception {
    ObjectNode signed = answer();
    String signature = nation.sign(signed);
    ObjectNode reordered = (ObjectNode) json.readTree(
        "{\"fields\":{\"religionCode\":\"00\",\"fullName\":\"Trịnh Thị Chuyển\"},\"versionNumber\":3,"
            + "\"citizenId\":\"001187023456\"}");

    assertThatCode(() -> verifier().verify(reordered, signature, "for the record of 001187023456"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAChangedAnswer() {
    ObjectNode answer = answer();
    String signature = nation.sign(answer);
    ((ObjectNode) answer.path("fields")).put("fullName", "Trịnh Thị Khác");

    assertThatThrownBy(() -> verifier().verify(answer, signature, "for the record of 001187023456"))
        .isInstanceOf(NationalAnswerUnverifiedException.class)
        .hasMessageContaining("001187023456").hasMessageContaining("does not validate")
        .hasMessageContaining("hoso.sync.national-trust-anchors");
  }

  @Test
  void refusesAnUnsignedAnswerAndOneSignedByAnotherCa() {
    ObjectNode answer = answer();

    assertThatThrownBy(() -> verifier().verify(answer, null, "for the record of 001187023456"))
        .isInstanceOf(NationalAnswerUnverifiedException.class).hasMessageContaining("not signed");
    assertThatThrownBy(() -> verifier().verify(answer, stranger.sign(answer), "for the record of 001187023456"))
        .isInstanceOf(NationalAnswerUnverifiedException.class).hasMessageContaining("does not validate");
    assertThatThrownBy(() -> new NationalAnswerVerifier(List::of, Clock.systemUTC())
        .verify(answer, nation.sign(answer), "x")).as("no anchors configured: nothing is trusted")
        .isInstanceOf(NationalAnswerUnverifiedException.class);
  }

  private NationalAnswerVerifier verifier() {
    return new NationalAnswerVerifier(nation::trustAnchors, Clock.systemUTC());
  }

  private ObjectNode answer() {
    ObjectNode answer = json.createObjectNode();
    answer.put("citizenId", "001187023456");
    answer.put("versionNumber", 3);
    ObjectNode fields = answer.putObject("fields");
    fields.put("fullName", "Trịnh Thị Chuyển");
    fields.put("religionCode", "00");
    return answer;
  }
}
