package id.slrt.caseengine.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slrt.metrics.*}: the supervisor figures exported to Prometheus. */
@ConfigurationProperties("slrt.metrics")
public class DashboardProperties {

    /** The open, at-risk and breached gauges run their SQL aggregate at most this often. */
    private Duration gaugeRefresh = Duration.ofSeconds(30);

    public Duration getGaugeRefresh() {
        return gaugeRefresh;
    }

    public void setGaugeRefresh(Duration gaugeRefresh) {
        this.gaugeRefresh = gaugeRefresh;
    }
}
