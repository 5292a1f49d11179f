package id.slrt.caseengine.citizenstatus;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slrt.public-status.*}: limits of the open status endpoint. */
@ConfigurationProperties("slrt.public-status")
public class PublicStatusProperties {

    /** Requests per client address per window. */
    private int perClient = 30;
    /** Wrong phone numbers per registration number from one client address per window (guessing one case's phone). */
    private int perCase = 10;
    /**
     * Wrong phone numbers per registration number from all addresses together per window: guessing from many
     * addresses. High, so that one guesser cannot lock the reporter out; beyond it the number answers 429 to everyone
     * until the window ends (the reporter can still ask by WhatsApp or SMS: STATUS).
     */
    private int perCaseAllClients = 200;
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

    public int getPerCaseAllClients() {
        return perCaseAllClients;
    }

    public void setPerCaseAllClients(int perCaseAllClients) {
        this.perCaseAllClients = perCaseAllClients;
    }

    public Duration getWindow() {
        return window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }
}
