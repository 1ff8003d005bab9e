package vn.gov.hoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.hoso.dossier.validation.ViolationCode;

/** The two message bundles must offer the same keys, and every validation code needs a message in both. */
class MessageBundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final Properties vi = load("i18n/messages_vi.properties");
  private final Properties en = load("i18n/messages_en.properties");

  @Test
  void offersTheSameKeysWhenBothBundlesAreLoaded() {
    assertThat(new TreeSet<>(vi.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
  }

  @Test
  void hasAMessageInBothLanguagesWhenTheValidatorEmitsACode() {
    for (ViolationCode code : ViolationCode.values()) {
      assertThat(code.messageKey()).startsWith("validation.");
      assertThat(vi.getProperty(code.messageKey())).as("vi " + code).isNotBlank();
      assertThat(en.getProperty(code.messageKey())).as("en " + code).isNotBlank();
    }
  }

  @Test
  void usesTheFieldLabelAndTheSameArgumentsWhenAValidationMessageIsFormatted() {
    for (ViolationCode code : ViolationCode.values()) {
      String viMessage = vi.getProperty(code.messageKey());
      String enMessage = en.getProperty(code.messageKey());
      assertThat(placeholders(viMessage)).as(code.name()).contains("0").isEqualTo(placeholders(enMessage));

      String formatted = new MessageFormat(viMessage, VIETNAMESE).format(new Object[] {"NHÃN", "a1", "a2", "a3"});
      assertThat(formatted).as(code.name()).contains("NHÃN").doesNotContain("{");
      assertThat(new MessageFormat(enMessage, Locale.ENGLISH).format(new Object[] {"LABEL", "a1", "a2", "a3"}))
          .as(code.name()).contains("LABEL").doesNotContain("{").doesNotContain("''");
    }
  }

  @Test
  void keepsVietnameseDiacriticsWhenReadAsUtf8() {
    assertThat(vi.getProperty(ViolationCode.REQUIRED.messageKey())).contains("bắt buộc");
  }

  private static Set<String> placeholders(String message) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
    return properties;
  }
}
