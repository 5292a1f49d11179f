package id.slrt.caseengine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SlrtCaseEngineApplication {

    public static void main(String[] args) {
        SpringApplication.run(SlrtCaseEngineApplication.class, args);
    }
}
