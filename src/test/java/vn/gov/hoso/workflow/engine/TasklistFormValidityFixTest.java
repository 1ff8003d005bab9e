package vn.gov.hoso.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Tasklist script shipped in the webapp still contains the defect the fix rewrites, exactly once. */
class TasklistFormValidityFixTest {

  @Test
  void findsTheDefectExactlyOnceInTheShippedTasklistScript() throws IOException {
    String script = shippedScript();
    assertThat(script.split(java.util.regex.Pattern.quote(TasklistFormValidityFix.DEFECT), -1)).hasSize(2);

    String fixed = TasklistFormValidityFix.fix(script);
    assertThat(fixed).doesNotContain(TasklistFormValidityFix.DEFECT).contains(TasklistFormValidityFix.FIX);
    assertThat(fixed.length() - script.length())
        .isEqualTo(TasklistFormValidityFix.FIX.length() - TasklistFormValidityFix.DEFECT.length());
  }

  private static String shippedScript() throws IOException {
    try (InputStream in = TasklistFormValidityFixTest.class.getResourceAsStream(
        "/META-INF/resources/webjars/camunda/app/tasklist/camunda-tasklist-bootstrap.js")) {
      assertThat(in).as("Tasklist script on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
