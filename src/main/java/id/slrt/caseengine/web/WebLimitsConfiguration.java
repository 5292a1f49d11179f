package id.slrt.caseengine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.system.Problems;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;

@Configuration
public class WebLimitsConfiguration {

    /** Tomcat's own error pages (requests refused before the application) as problem documents. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** URLs Spring Security's firewall refuses (encoded slashes, semicolons...): 400 problem, not the default body. */
    @Bean
    RequestRejectedHandler problemRequestRejected(ObjectMapper json) {
        return (request, response, rejected) -> {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Alamat permintaan tidak valid",
                    "Alamat permintaan berisi karakter atau urutan yang tidak diizinkan (misalnya ; atau %2F); "
                            + "periksa alamat yang dikirim");
            RequestBodyLimitFilter.write(response, problem, json);
        };
    }

    /** First of all filters: an oversize body is refused before anything reads it. */
    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(
            WebProperties properties, ObjectMapper json) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties.getMaxBodySize(), properties.getMaxUploadSize(), json));
        registration.setOrder(-300);
        return registration;
    }
}
