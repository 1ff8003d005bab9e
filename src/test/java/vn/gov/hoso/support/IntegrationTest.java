package vn.gov.hoso.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application (real engine, real BPMN, real database of the active profile) with MockMvc and every test
 * driver of this package: one set of imports for all, so all integration tests of a profile share one Spring context
 * (each different set would start another application and another engine).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestEmployees.class, DeclarationDriver.class, SigningDriver.class, Recruitments.class, EngineTables.class,
    SensitiveDossiers.class, SignedVersions.class})
@ActiveProfiles(resolver = TestProfiles.class)
public @interface IntegrationTest {}
