package vn.gov.hoso.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.hoso.dossier.schema.DossierSchema;
import vn.gov.hoso.dossier.schema.FieldType;

/** The forms in {@code forms/} against what Tasklist 7.24 renders and what the server expects. */
class CamundaFormsTest {

  static final Path FORMS = Path.of("forms");
  static final ObjectMapper JSON = new ObjectMapper();
  /** Keys of the declaration form that are not dossier fields: the contract with the workflow. */
  static final Set<String> DECLARATION_EXTRAS = Set.of("action", "emptyTables", "rejectionNote", "validationErrors");

  static Stream<Path> forms() throws IOException {
    return Files.list(FORMS).filter(p -> p.toString().endsWith(".form")).sorted();
  }

  @ParameterizedTest
  @MethodSource("forms")
  void rendersInTasklist724WhenSchemaVersionAtMost16AndIdIsFileStem(Path form) throws IOException {
    JsonNode schema = JSON.readTree(form.toFile());
    assertThat(schema.get("schemaVersion").asInt()).isLessThanOrEqualTo(16);
    assertThat(schema.get("id").asText()).isEqualTo(form.getFileName().toString().replace(".form", ""));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void keepsCompleteButtonEnabledWhenDynamicListsHoldOnlyInputs(Path form) throws IOException {
    // Tasklist 7.24 counts the keys of form-js' error map; a separator or text inside a dynamic list adds an empty
    // entry per row and disables "Complete" for good.
    List<String> offenders = new ArrayList<>();
    collectNonInputsInLists(JSON.readTree(form.toFile()), false, offenders);
    assertThat(offenders).isEmpty();
  }

  @Test
  void coversEveryDossierFieldWithItsIdentifierWhenDeclaring() throws IOException {
    DossierSchema schema = new DossierSchema();
    Set<String> topLevel = new LinkedHashSet<>();
    collectTopLevelKeys(JSON.readTree(FORMS.resolve("declare-dossier.form").toFile()), topLevel);

    Set<String> expected = new LinkedHashSet<>(schema.topLevelKeys());
    schema.allFields().stream().filter(f -> f.type() == FieldType.IMAGE).forEach(f -> expected.remove(f.id()));
    assertThat(topLevel).containsAll(expected);
    topLevel.removeAll(schema.topLevelKeys());
    assertThat(topLevel).isSubsetOf(DECLARATION_EXTRAS);
  }

  @Test
  void keepsEveryColumnAndMemberWhenFormRoundTripsTablesAndObjects() throws IOException {
    // form-js submits only the keys it renders: a column or member missing from the form is lost on every save
    DossierSchema schema = new DossierSchema();
    JsonNode form = JSON.readTree(FORMS.resolve("declare-dossier.form").toFile());
    List<String> missing = new ArrayList<>();
    schema.allTables().forEach(table -> table.columns().forEach(column -> {
      if (!keysUnderPath(form, table.id()).contains(column.id())) {
        missing.add(table.id() + "." + column.id());
      }
    }));
    schema.allFields().stream().filter(f -> f.type() == FieldType.OBJECT).forEach(field -> collectMissingMembers(
        form, field.id(), field.components(), missing));
    assertThat(missing).isEmpty();
  }

  private static void collectMissingMembers(JsonNode form, String path, List<vn.gov.hoso.dossier.schema.FieldSpec> members,
      List<String> missing) {
    Set<String> keys = keysUnderPath(form, path);
    for (vn.gov.hoso.dossier.schema.FieldSpec member : members) {
      if (member.type() == FieldType.OBJECT) {
        JsonNode group = findPath(form, path);
        collectMissingMembers(group == null ? form : group, member.id(), member.components(), missing);
      } else if (!keys.contains(member.id())) {
        missing.add(path + "." + member.id());
      }
    }
  }

  /** The keys directly inside the component with this path (through groups without a path). */
  private static Set<String> keysUnderPath(JsonNode root, String path) {
    Set<String> keys = new LinkedHashSet<>();
    JsonNode container = findPath(root, path);
    if (container != null) {
      collectTopLevelKeys(container, keys);
    }
    return keys;
  }

  private static JsonNode findPath(JsonNode container, String path) {
    for (JsonNode c : container.path("components")) {
      if (path.equals(c.path("path").asText())) {
        return c;
      }
      if (!c.hasNonNull("path")) {
        JsonNode found = findPath(c, path);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  @Test
  void asksForDecisionAndNoteWhenVerifying() throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    collectTopLevelKeys(JSON.readTree(FORMS.resolve("verify-dossier.form").toFile()), keys);
    assertThat(keys).contains("decision", "note");
  }

  /** Keys and paths as they appear in the submitted data: groups without a path are transparent. */
  private static void collectTopLevelKeys(JsonNode container, Set<String> keys) {
    for (JsonNode c : container.path("components")) {
      if (c.hasNonNull("key")) {
        keys.add(c.get("key").asText());
      } else if (c.hasNonNull("path")) {
        keys.add(c.get("path").asText());
      } else {
        collectTopLevelKeys(c, keys);
      }
    }
  }

  private static void collectNonInputsInLists(JsonNode container, boolean inList, List<String> offenders) {
    for (JsonNode c : container.path("components")) {
      String type = c.path("type").asText();
      if (inList && Set.of("separator", "spacer", "text", "html").contains(type)) {
        offenders.add(c.path("id").asText());
      }
      collectNonInputsInLists(c, inList || "dynamiclist".equals(type), offenders);
    }
  }
}
