package id.slrt.caseengine.survey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code publicBaseUrl}: the address citizens open survey links on (the office's public host name);
 * {@code linkValidity} and {@code codeValidity}: how long a sent link and a printed code stay usable.
 */
@ConfigurationProperties("slrt.survey")
public record SurveyProperties(String publicBaseUrl, Duration linkValidity, Duration codeValidity) {

    public SurveyProperties {
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
            publicBaseUrl = "http://localhost:8080";
        }
        publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
        if (linkValidity == null) {
            linkValidity = Duration.ofDays(30);
        }
        if (codeValidity == null) {
            codeValidity = Duration.ofDays(30);
        }
    }

    public String surveyUrl() {
        return publicBaseUrl + "/survei";
    }

    public String linkUrl(String token) {
        return surveyUrl() + "/" + token;
    }
}
