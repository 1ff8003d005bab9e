package vn.gov.hoso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Hồ sơ CBCCVC: electronic personnel dossiers run as BPMN processes on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HosoApplication {

  public static void main(String[] args) {
    SpringApplication.run(HosoApplication.class, args);
  }
}
