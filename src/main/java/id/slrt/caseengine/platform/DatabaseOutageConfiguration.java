package id.slrt.caseengine.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DatabaseOutageConfiguration {

    /** Before Spring Security: checking credentials needs the database too. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DatabaseAvailability availability,
                                                                                ObjectMapper json) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(availability, json));
        registration.setOrder(-200);
        return registration;
    }
}
