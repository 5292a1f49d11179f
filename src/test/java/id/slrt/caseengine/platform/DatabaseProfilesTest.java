package id.slrt.caseengine.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The database mode is a profile an administrator sees: embedded with no arguments, production with a database. */
class DatabaseProfilesTest {

    private final DatabaseProfiles profiles = new DatabaseProfiles();

    @Test
    void noArgumentsIsTheEmbeddedProfile() {
        MockEnvironment environment = new MockEnvironment();
        profiles.postProcessEnvironment(environment, null);
        assertThat(environment.getActiveProfiles()).containsExactly("embedded");
        assertThat(EmbeddedDatabaseCondition.isEmbedded(environment)).isTrue();
    }

    @Test
    void aDatasourceUrlAloneIsTheProductionProfileAsBefore() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
                "jdbc:postgresql://db:5432/slrt");
        profiles.postProcessEnvironment(environment, null);
        assertThat(environment.getActiveProfiles()).containsExactly("production");
        assertThat(EmbeddedDatabaseCondition.isEmbedded(environment)).isFalse();
    }

    @Test
    void otherProfilesStayAndGetTheDatabaseProfileAdded() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("oidc");
        profiles.postProcessEnvironment(environment, null);
        assertThat(environment.getActiveProfiles()).containsExactly("oidc", "embedded");
    }

    @Test
    void productionWithoutADatabaseOrBothProfilesAreRefusedAtStart() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("production");
        assertThatThrownBy(() -> profiles.postProcessEnvironment(production, null))
                .hasMessageContaining("SPRING_DATASOURCE_URL");
        MockEnvironment both = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/slrt");
        both.setActiveProfiles("embedded", "production");
        assertThatThrownBy(() -> profiles.postProcessEnvironment(both, null)).hasMessageContaining("choose one");
    }

    @Test
    void theEmbeddedProfileWinsOverAStrayUrl() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://x/y");
        environment.setActiveProfiles("embedded");
        profiles.postProcessEnvironment(environment, null);
        assertThat(EmbeddedDatabaseCondition.isEmbedded(environment)).isTrue();
    }
}
