package id.slrt.caseengine.retention;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code slrt.retention.*}: how long a closed case file is kept before its personal data is erased, per service.
 * The periods are the office's archive decision (its retention schedule), not a value this project knows.
 */
@ConfigurationProperties("slrt.retention")
public class RetentionProperties {

    /** Whether the job runs on its schedule (tests and a one-off run call it directly). */
    private boolean enabled = true;
    /** When the job runs (Spring cron, office time zone). */
    private String schedule = "0 30 1 * * *";
    /** How long a closed case is kept when its service has no period of its own (ISO 8601, e.g. P5Y). */
    private Period defaultPeriod = Period.ofYears(5);
    /** Periods per service: {@code SERVICE_TYPE=P10Y,OTHER=P2Y}; services not listed keep the default. */
    private String periods = "";
    /** At most this many cases are erased per run (each in its own transaction); the rest wait for the next run. */
    private int maxCasesPerRun = 500;

    /** The period of a service. */
    public Period periodOf(String serviceType) {
        return parsedPeriods().getOrDefault(serviceType, defaultPeriod);
    }

    /** The periods listed per service; refused at start when malformed. */
    public Map<String, Period> parsedPeriods() {
        Map<String, Period> parsed = new LinkedHashMap<>();
        if (periods == null || periods.isBlank()) {
            return parsed;
        }
        for (String entry : periods.split(",")) {
            String[] pair = entry.strip().split("=", 2);
            if (pair.length != 2 || !pair[0].strip().matches("[A-Z][A-Z0-9_]*")) {
                throw new IllegalStateException("slrt.retention.periods: each entry is SERVICE_TYPE=P<n>Y, got '"
                        + entry.strip() + "'");
            }
            parsed.put(pair[0].strip(), Period.parse(pair[1].strip()));
        }
        return parsed;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getSchedule() {
        return schedule;
    }

    public void setSchedule(String schedule) {
        this.schedule = schedule;
    }

    public Period getDefaultPeriod() {
        return defaultPeriod;
    }

    public void setDefaultPeriod(Period defaultPeriod) {
        this.defaultPeriod = defaultPeriod;
    }

    public String getPeriods() {
        return periods;
    }

    public void setPeriods(String periods) {
        this.periods = periods;
        parsedPeriods();
    }

    public int getMaxCasesPerRun() {
        return maxCasesPerRun;
    }

    public void setMaxCasesPerRun(int maxCasesPerRun) {
        this.maxCasesPerRun = maxCasesPerRun;
    }
}
