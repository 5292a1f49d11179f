package id.slrt.caseengine.citizenstatus;

import id.slrt.caseengine.system.RateLimiter;
import java.util.function.LongSupplier;

/**
 * The limits of the open status check. Every request counts for its client address; only wrong answers (unknown
 * case or wrong phone) count for the registration number, per client address and, with a much higher limit, over
 * all addresses. So a guesser stops after a few tries, and what they tried never locks the reporter out.
 */
public class StatusCheckLimits {

    private final RateLimiter perClient;
    private final RateLimiter wrongPerCaseAndClient;
    private final RateLimiter wrongPerCase;

    public StatusCheckLimits(PublicStatusProperties properties, LongSupplier millis) {
        this.perClient = new RateLimiter(properties.getPerClient(), properties.getWindow(), millis);
        this.wrongPerCaseAndClient = new RateLimiter(properties.getPerCase(), properties.getWindow(), millis);
        this.wrongPerCase = new RateLimiter(properties.getPerCaseAllClients(), properties.getWindow(), millis);
    }

    /** Counts a request; @return 0 when it may be answered, otherwise the seconds to wait. */
    public long admit(String client, String registrationNumber) {
        long wait = perClient.acquire(client);
        wait = Math.max(wait, wrongPerCaseAndClient.waitFor(registrationNumber + "|" + client));
        return Math.max(wait, wrongPerCase.waitFor(registrationNumber));
    }

    /** Records an answer that found no case for the number and phone. */
    public void wrong(String client, String registrationNumber) {
        wrongPerCaseAndClient.acquire(registrationNumber + "|" + client);
        wrongPerCase.acquire(registrationNumber);
    }

    public void reset() {
        perClient.reset();
        wrongPerCaseAndClient.reset();
        wrongPerCase.reset();
    }
}
