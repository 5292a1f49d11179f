package id.slrt.caseengine.security.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The JSON log option (profile json-logs) masks personal data like the plain console log. */
class JsonLogMaskingTest {

    @Test
    void aNikIsMaskedInTheJsonMessageAndStackTrace() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        // The application's own configuration names the masking customizer.
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putObject(Environment.class.getName(), environment);

        for (String format : new String[] {"ecs", "logstash"}) {
            StructuredLogEncoder encoder = new StructuredLogEncoder();
            encoder.setContext(context);
            encoder.setFormat(format);
            encoder.start();
            LoggingEvent event = new LoggingEvent("x", context.getLogger("id.slrt.caseengine.intake"), Level.WARN,
                    "Intake for NIK {} refused", new IllegalStateException("NIK 3516015203850001 already open"),
                    new Object[] {"3516015203850001"});
            String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
            JsonNode json = new ObjectMapper().readTree(line);
            assertThat(line).as(format).doesNotContain("3516015203850001").contains("3516************");
            assertThat(json.toString()).contains("Intake for NIK 3516************ refused");
            encoder.stop();
        }
    }
}
