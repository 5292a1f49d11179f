package id.slrt.caseengine.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts a real PostgreSQL when no external database is configured. The data directory survives restarts,
 * so a case registered today is still there tomorrow. The server is a bean the data source depends on, so
 * Spring stops it only after the engine and the connection pool have closed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
public class EmbeddedPostgresConfiguration {

    static final String DATABASE = "slrt";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgresServer embeddedPostgres(EmbeddedDbProperties properties) throws IOException {
        Path dataDir = Path.of(properties.dataDir()).toAbsolutePath().normalize();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, properties.port(), properties.clean(),
                Map.of("max_connections", "200", "timezone", "UTC"));
        server.createDatabaseIfMissing(DATABASE);
        log.info("Embedded PostgreSQL is running on port {} with data in {}", server.port(), dataDir);
        return server;
    }

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource.hikari")
    public HikariDataSource dataSource(EmbeddedPostgresServer postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl(DATABASE));
        dataSource.setUsername(postgres.user());
        return dataSource;
    }
}
