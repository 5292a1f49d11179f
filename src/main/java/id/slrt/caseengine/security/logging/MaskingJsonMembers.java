package id.slrt.caseengine.security.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * JSON logs (profile {@code json-logs}, Spring Boot's structured logging) keep the masking of the plain log: every
 * string value written (message, stack trace, MDC, key-value pairs) goes through {@link PersonalDataMasker}.
 * Named in application.yml ({@code logging.structured.json.customizer}).
 */
public class MaskingJsonMembers implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalDataMasker::mask));
    }
}
