package vn.gov.hoso.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Vietnamese texts of the Camunda webapps ({@code app/<app>/locales/vi.json} of this project) must match the
 * English texts shipped in the Camunda webjar ({@code en.json}, on the test classpath): same keys, no blank value,
 * every placeholder kept. A Camunda upgrade that adds, renames or removes texts makes this test fail until the
 * translation follows.
 */
class WebappLocalesTest {

  /** The webapps translated by this project. */
  static final List<String> APPS = List.of("tasklist", "welcome", "admin");

  private static final String ROOT = "/META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** angular-translate interpolations, e.g. {{dayContext}} or {{ name }}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  /** moment.js relative time substitutions (%d, %s). */
  private static final Pattern MOMENT_TOKEN = Pattern.compile("%[ds]");
  /** Markup the texts contain; "<null>" or "<undefined>" are words shown as such, not tags. */
  private static final Pattern HTML_TAG =
      Pattern.compile("</?(a|abbr|b|br|code|div|em|i|kbd|li|ol|p|pre|small|span|strong|sub|sup|u|ul)\\b[^>]*>");

  static Stream<String> apps() {
    return APPS.stream();
  }

  @ParameterizedTest
  @MethodSource("apps")
  void offersExactlyTheEnglishKeysWhenBothFilesAreFlattened(String app) {
    assertThat(missingKeys(en(app), vi(app))).as(app + ": keys of en.json missing in vi.json").isEmpty();
    assertThat(missingKeys(vi(app), en(app))).as(app + ": keys of vi.json unknown to en.json").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("apps")
  void hasATextWhenTheEnglishValueIsNotBlank(String app) {
    assertThat(blankValues(en(app), vi(app))).as(app + ": blank in vi.json").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("apps")
  void keepsEveryPlaceholderWhenTheEnglishTextHasOne(String app) {
    assertThat(lostPlaceholders(en(app), vi(app))).as(app + ": {{placeholders}} and %d/%s lost").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("apps")
  void keepsTheHtmlTagsWhenTheEnglishTextHasMarkup(String app) {
    assertThat(changedMarkup(en(app), vi(app))).as(app + ": HTML tags changed").isEmpty();
  }

  @ParameterizedTest
  @MethodSource("apps")
  void defaultsToVietnameseWhenTheConfigurationIsOverridden(String app) {
    String config = text(ROOT + app + "/scripts/config.js");
    assertThat(config)
        .contains("availableLocales: ['vi', 'en']")
        .contains("fallbackLocale: 'vi'")
        .containsPattern("customScripts: \\['\\.\\./hoso/webapps-locale'[,\\]]");
    assertThat(WebappLocalesTest.class.getResource(ROOT + "hoso/webapps-locale.js")).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("apps")
  void keepsTheShippedSettingsWhenTheConfigurationIsOverridden(String app) {
    String ours = text(ROOT + app + "/scripts/config.js");
    // both are on the classpath under the same name: the project's in a folder, the shipped one in the webjar
    String shipped = shipped(ROOT + app + "/scripts/config.js");
    for (String line : shipped.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      assertThat(ours).as(app + ": line of the shipped config.js").contains(line);
    }
  }

  // The checks themselves: each one must notice what it is there for.

  @Test
  void reportsAKeyWhenVietnameseLacksIt() throws IOException {
    JsonNode en = JSON.readTree("{\"labels\": {\"A\": \"a\", \"B\": \"b\"}, \"dateLocales\": {\"months\": [\"x\"]}}");
    JsonNode vi = JSON.readTree("{\"labels\": {\"A\": \"á\"}, \"dateLocales\": {\"months\": []}}");
    assertThat(missingKeys(en, vi)).containsExactly("dateLocales.months[0]", "labels.B");
  }

  @Test
  void reportsAValueWhenItIsBlankInVietnameseOnly() throws IOException {
    JsonNode en = JSON.readTree("{\"labels\": {\"A\": \"a\", \"B\": \"b\", \"EMPTY\": \"\"}}");
    JsonNode vi = JSON.readTree("{\"labels\": {\"A\": \" \", \"B\": \"bê\", \"EMPTY\": \"\"}}");
    assertThat(blankValues(en, vi)).containsExactly("labels.A");
  }

  @Test
  void reportsAPlaceholderWhenVietnameseDropsOrRenamesIt() throws IOException {
    JsonNode en = JSON.readTree(
        "{\"labels\": {\"A\": \"Hi {{ name }}\", \"B\": \"{{x}} of {{y}}\", \"C\": \"in %s\", \"D\": \"{{a}}\"}}");
    JsonNode vi = JSON.readTree(
        "{\"labels\": {\"A\": \"Chào {{name}}\", \"B\": \"{{x}} trên {{z}}\", \"C\": \"tới\", \"D\": \"{{a}} {{a}}\"}}");
    assertThat(lostPlaceholders(en, vi)).containsExactly("labels.B: {{y}}", "labels.C: %s");
  }

  @Test
  void reportsMarkupWhenVietnameseChangesATag() throws IOException {
    JsonNode en = JSON.readTree(
        "{\"labels\": {\"A\": \"see <a href=\\\"x\\\">here</a>\", \"B\": \"a<br/>b\", \"C\": \"<null>\"}}");
    JsonNode vi = JSON.readTree(
        "{\"labels\": {\"A\": \"xem <a href=\\\"y\\\">tại đây</a>\", \"B\": \"a b\", \"C\": \"<không có>\"}}");
    assertThat(changedMarkup(en, vi)).containsExactly("labels.B");
  }

  @Test
  void readsTheEnglishFileWhenItStartsWithAByteOrderMark() {
    assertThat(text(ROOT + "tasklist/locales/en.json")).startsWith("{");
    assertThat(en("tasklist").at("/labels/COMPLETE").asText()).isEqualTo("Complete");
    assertThat(vi("tasklist").at("/labels/COMPLETE").asText()).isEqualTo("Hoàn thành");
  }

  // checks

  static List<String> missingKeys(JsonNode from, JsonNode in) {
    Set<String> missing = new TreeSet<>(flatten(from).keySet());
    missing.removeAll(flatten(in).keySet());
    return List.copyOf(missing);
  }

  static List<String> blankValues(JsonNode en, JsonNode vi) {
    Map<String, JsonNode> english = flatten(en);
    List<String> blank = new ArrayList<>();
    flatten(vi).forEach((path, value) -> {
      JsonNode original = english.get(path);
      boolean englishHasText = original == null || !original.isTextual() || !original.asText().isBlank();
      if (value.isNull() || value.isTextual() && value.asText().isBlank() && englishHasText) {
        blank.add(path);
      }
    });
    return blank;
  }

  static List<String> lostPlaceholders(JsonNode en, JsonNode vi) {
    Map<String, JsonNode> vietnamese = flatten(vi);
    List<String> lost = new ArrayList<>();
    flatten(en).forEach((path, value) -> {
      JsonNode translation = vietnamese.get(path);
      if (!value.isTextual() || translation == null) {
        return;
      }
      Set<String> kept = tokens(translation.asText());
      for (String token : tokens(value.asText())) {
        if (!kept.contains(token)) {
          lost.add(path + ": " + token);
        }
      }
    });
    return lost;
  }

  static List<String> changedMarkup(JsonNode en, JsonNode vi) {
    Map<String, JsonNode> vietnamese = flatten(vi);
    List<String> changed = new ArrayList<>();
    flatten(en).forEach((path, value) -> {
      JsonNode translation = vietnamese.get(path);
      if (value.isTextual() && translation != null && !tags(value.asText()).equals(tags(translation.asText()))) {
        changed.add(path);
      }
    });
    return changed;
  }

  /** Leaves keyed by their path: {@code labels.COMPLETE}, {@code dateLocales.months[0]}. */
  static Map<String, JsonNode> flatten(JsonNode node) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    flatten("", node, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(
          field -> flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static Set<String> tokens(String text) {
    Set<String> found = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      found.add("{{" + placeholder.group(1) + "}}");
    }
    Matcher moment = MOMENT_TOKEN.matcher(text);
    while (moment.find()) {
      found.add(moment.group());
    }
    return found;
  }

  private static List<String> tags(String text) {
    List<String> found = new ArrayList<>();
    Matcher tag = HTML_TAG.matcher(text);
    while (tag.find()) {
      found.add("<" + (tag.group().startsWith("</") ? "/" : "") + tag.group(1).toLowerCase() + ">");
    }
    return found;
  }

  // loading

  private static JsonNode en(String app) {
    return json(ROOT + app + "/locales/en.json");
  }

  private static JsonNode vi(String app) {
    return json(ROOT + app + "/locales/vi.json");
  }

  private static JsonNode json(String resource) {
    try {
      return JSON.readTree(text(resource));
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
  }

  /** The resource as UTF-8 text, without the byte order mark Camunda's en.json files start with. */
  private static String text(String resource) {
    try (InputStream in = WebappLocalesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return withoutBom(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
  }

  /** The resource as shipped in a jar (the webjar), ignoring the project's file of the same name. */
  private static String shipped(String resource) {
    try {
      var urls = WebappLocalesTest.class.getClassLoader().getResources(resource.substring(1));
      while (urls.hasMoreElements()) {
        var url = urls.nextElement();
        if ("jar".equals(url.getProtocol())) {
          try (InputStream in = url.openStream()) {
            return withoutBom(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
    throw new IllegalStateException("not in any jar: " + resource);
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
