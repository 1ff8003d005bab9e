package vn.gov.hoso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Module boundaries: Camunda only in workflow, no cycles between modules, internals stay inside their module. */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("vn.gov.hoso");
  }

  @Test
  void onlyWorkflowTalksToCamunda() {
    noClasses().that().resideOutsideOfPackage("vn.gov.hoso.workflow..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .because("the workflow module is the only one that talks to the Camunda API (STYLE.md §1)")
        .check(classes);
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("vn.gov.hoso.(*)..").should().beFreeOfCycles().check(classes);
  }

  static List<String> modules() {
    return List.of("catalog", "dossier", "organisation", "audit", "calendar", "workflow", "signing", "accounts",
        "crypto", "reporting", "sync", "simulator");
  }

  @ParameterizedTest
  @MethodSource("modules")
  void internalsStayInsideTheirModule(String module) {
    noClasses().that().resideOutsideOfPackage("vn.gov.hoso." + module + "..")
        .should().dependOnClassesThat().resideInAPackage("vn.gov.hoso." + module + ".internal..")
        .allowEmptyShould(true)
        .check(classes);
  }
}
