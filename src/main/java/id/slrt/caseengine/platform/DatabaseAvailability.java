package id.slrt.caseengine.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers. A connection failure anywhere (a request, the probe) marks it down: requests are
 * then refused at once with 503 ({@link DatabaseUnavailableFilter}) instead of each waiting for the pool's timeout,
 * and readiness is DOWN ({@code /actuator/health/readiness}) so a load balancer stops sending traffic. A probe
 * every {@code slrt.database-watch.interval} (default 2 s; 0 turns it off) asks for a connection and marks the
 * database up again as soon as it answers: the app recovers by itself. Liveness stays UP: restarting the app
 * does not bring the database back.
 */
@Component
public class DatabaseAvailability {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    /** Down since, or null when up. */
    private final AtomicReference<Instant> downSince = new AtomicReference<>();
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final Duration interval;
    private ScheduledExecutorService probe;

    public DatabaseAvailability(DataSource dataSource, ApplicationEventPublisher events,
                                PlatformProperties properties) {
        this.dataSource = dataSource;
        this.events = events;
        this.interval = properties.getDatabaseWatch().getInterval();
    }

    @PostConstruct
    void startProbe() {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "slrt-database-watch");
            thread.setDaemon(true);
            return thread;
        });
        probe.scheduleWithFixedDelay(this::probeOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopProbe() {
        if (probe != null) {
            probe.shutdownNow();
        }
    }

    public boolean isUp() {
        return downSince.get() == null;
    }

    /** Asks the pool for a working connection; marks the database up or down accordingly. */
    public boolean probeOnce() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(3)) {
                markUp();
                return true;
            }
            markDown("the connection did not validate");
        } catch (Exception e) {
            markDown(e.getMessage());
        }
        return false;
    }

    /** A request or job met a connection failure. */
    public void reportFailure(Throwable error) {
        if (DatabaseFailures.isConnectionFailure(error)) {
            markDown(error.getMessage());
        }
    }

    private void markDown(String reason) {
        if (downSince.compareAndSet(null, Instant.now())) {
            log.error("Database unreachable ({}): answering 503 and readiness DOWN until it answers again", reason);
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        }
    }

    private void markUp() {
        Instant since = downSince.getAndSet(null);
        if (since != null) {
            log.warn("Database reachable again after {} s: accepting requests", Duration.between(since, Instant.now()).toSeconds());
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }
}
