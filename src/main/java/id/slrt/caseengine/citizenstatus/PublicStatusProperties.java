package id.slrt.caseengine.citizenstatus;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slrt.public-status.*}: limits of the open status endpoint. */
@ConfigurationProperties("slrt.public-status")
public class PublicStatusProperties {

    /** Requests per client address per window. */
    private int perClient = 30;
    /** Requests per registration number per window (limits guessing the phone number of one case). */
    private int perCase = 10;
    private Duration window = Duration.ofMinutes(10);

    public int getPerClient() {
        return perClient;
    }

    public void setPerClient(int perClient) {
        this.perClient = perClient;
    }

    public int getPerCase() {
        return perCase;
    }

    public void setPerCase(int perCase) {
        this.perCase = perCase;
    }

    public Duration getWindow() {
        return window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }
}
