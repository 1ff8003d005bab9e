package vn.gov.hoso.bench;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hoso.dossier.DossierService;
import vn.gov.hoso.organisation.OrganisationService;
import vn.gov.hoso.support.DeclarationDriver;
import vn.gov.hoso.support.SigningDriver;
import vn.gov.hoso.support.TestEmployees;
import vn.gov.hoso.workflow.identity.IdentityAdministration;

/** The test drivers of a running application context, as the benchmarks use them. */
record BenchDrivers(TestEmployees employees, DeclarationDriver declaration, SigningDriver signing) {

  static BenchDrivers of(ConfigurableApplicationContext app) {
    TestEmployees employees = new TestEmployees(app.getBean(OrganisationService.class),
        app.getBean(DossierService.class), app.getBean(IdentityAdministration.class),
        app.getBean(TransactionTemplate.class));
    DeclarationDriver declaration = new DeclarationDriver(app.getBean(FormService.class),
        app.getBean(TaskService.class), app.getBean(IdentityService.class));
    SigningDriver signing = new SigningDriver(app.getBean(RuntimeService.class), app.getBean(ManagementService.class),
        app.getBean(TaskService.class), app.getBean(FormService.class), declaration);
    return new BenchDrivers(employees, declaration, signing);
  }
}
