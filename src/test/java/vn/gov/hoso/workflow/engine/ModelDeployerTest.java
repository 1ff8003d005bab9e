package vn.gov.hoso.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.UrlResource;

/** Resource names do not depend on the launch mode, so switching modes on one database deploys nothing new. */
class ModelDeployerTest {

  @Test
  void namesBpmnTheSameWhenLoadedFromExplodedClassesOrFromTheFatJar() throws MalformedURLException {
    UrlResource exploded = new UrlResource(URI.create("file:/work/app/target/classes/processes/dossier-declaration.bpmn"));
    UrlResource fatJar = new UrlResource(
        URI.create("jar:file:/opt/hoso.jar!/BOOT-INF/classes!/processes/dossier-declaration.bpmn"));

    assertThat(ModelDeployer.name(exploded)).isEqualTo("processes/dossier-declaration.bpmn");
    assertThat(ModelDeployer.name(fatJar)).isEqualTo("processes/dossier-declaration.bpmn");
  }

  @Test
  void namesFormsUnderFormsWhenLoadedFromAnyLocation() throws MalformedURLException {
    UrlResource form = new UrlResource(URI.create("file:/somewhere/else/forms/declare-dossier.form"));

    assertThat(ModelDeployer.name(form)).isEqualTo("forms/declare-dossier.form");
  }
}
