package id.slrt.caseengine.dashboard;

import id.slrt.caseengine.casefile.CaseClosedEvent;
import id.slrt.caseengine.casefile.CaseRegisteredEvent;
import id.slrt.caseengine.system.OfficeClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Case metrics at {@code /actuator/prometheus}: counters of cases opened and closed (counted once their
 * transaction has committed; at-risk and breached steps are counted by the SLA escalation), and gauges of the
 * cases open, at risk and past a deadline right now. The gauges share one SQL aggregate over two partial
 * indexes, run at most once per {@code slrt.metrics.gauge-refresh} (default 30 s) however often Prometheus asks.
 */
@Component
public class CaseMetrics {

    private static final Logger log = LoggerFactory.getLogger(CaseMetrics.class);

    private final MeterRegistry meters;
    private final DashboardRepository repository;
    private final OfficeClock clock;
    private final long refreshMillis;
    private DashboardRepository.OpenTotals totals;
    private long computedAt;

    public CaseMetrics(MeterRegistry meters, DashboardRepository repository, OfficeClock clock,
                       DashboardProperties properties) {
        this.meters = meters;
        this.repository = repository;
        this.clock = clock;
        this.refreshMillis = properties.getGaugeRefresh().toMillis();
        gauge("slrt.cases.open", "Cases not closed yet", DashboardRepository.OpenTotals::open);
        gauge("slrt.cases.at_risk", "Open cases flagged at 75 % of a step's time, deadline not passed",
                DashboardRepository.OpenTotals::atRisk);
        gauge("slrt.cases.breached", "Open cases with a step past its deadline", DashboardRepository.OpenTotals::breached);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void opened(CaseRegisteredEvent opened) {
        Counter.builder("slrt.cases.opened").description("Cases registered")
                .tag("service", opened.serviceType()).register(meters).increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void closed(CaseClosedEvent closed) {
        Counter.builder("slrt.cases.closed").description("Cases closed")
                .tag("service", closed.serviceType()).tag("outcome", closed.outcome() == null ? "" : closed.outcome())
                .register(meters).increment();
    }

    private void gauge(String name, String description, ToDoubleFunction<DashboardRepository.OpenTotals> value) {
        Gauge.builder(name, this, metrics -> {
            DashboardRepository.OpenTotals current = metrics.current();
            return current == null ? Double.NaN : value.applyAsDouble(current);
        }).description(description).register(meters);
    }

    /** The totals, recomputed when older than the refresh interval; null while the database cannot answer. */
    synchronized DashboardRepository.OpenTotals current() {
        long now = System.currentTimeMillis();
        if (totals == null || now - computedAt >= refreshMillis) {
            try {
                totals = repository.openTotals(clock.now());
                computedAt = now;
            } catch (RuntimeException e) {
                log.warn("Case gauges not updated: {}", e.toString());
                return totals;
            }
        }
        return totals;
    }
}
