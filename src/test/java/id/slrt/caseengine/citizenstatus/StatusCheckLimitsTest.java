package id.slrt.caseengine.citizenstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The status check's limits with client addresses a test can choose (the integration test has only localhost). */
class StatusCheckLimitsTest {

    static final String CASE = "SLRT-3516-2026-000123";

    final AtomicLong now = new AtomicLong(1_000_000);
    final StatusCheckLimits limits = new StatusCheckLimits(properties(), now::get);

    @Test
    void tenWrongPhonesStopTheGuesserButNotTheReporter() {
        for (int i = 0; i < 10; i++) {
            assertThat(limits.admit("10.0.0.66", CASE)).isZero();
            limits.wrong("10.0.0.66", CASE);
        }
        assertThat(limits.admit("10.0.0.66", CASE)).as("the guesser").isPositive();
        assertThat(limits.admit("10.0.0.7", CASE)).as("the reporter on another address").isZero();
        assertThat(limits.admit("10.0.0.66", "SLRT-3516-2026-000124")).as("the guesser, another case").isZero();
    }

    @Test
    void rightAnswersDoNotCountForTheCase() {
        for (int i = 0; i < 25; i++) {
            assertThat(limits.admit("10.0.0.7", CASE)).isZero();
        }
    }

    @Test
    void guessingFromManyAddressesClosesTheNumberForEveryoneUntilTheWindowEnds() {
        for (int i = 0; i < 200; i++) {
            String address = "10.1." + (i / 200) + "." + (i % 200);
            assertThat(limits.admit(address, CASE)).isZero();
            limits.wrong(address, CASE);
        }
        assertThat(limits.admit("10.0.0.7", CASE)).isBetween(1L, 600L);
        now.addAndGet(Duration.ofMinutes(10).toMillis());
        assertThat(limits.admit("10.0.0.7", CASE)).isZero();
    }

    @Test
    void everyRequestCountsForItsAddress() {
        for (int i = 0; i < 30; i++) {
            assertThat(limits.admit("10.0.0.9", "SLRT-3516-2026-" + (100_000 + i))).isZero();
        }
        assertThat(limits.admit("10.0.0.9", CASE)).isPositive();
    }

    private static PublicStatusProperties properties() {
        PublicStatusProperties properties = new PublicStatusProperties();
        properties.setPerClient(30);
        properties.setPerCase(10);
        properties.setPerCaseAllClients(200);
        properties.setWindow(Duration.ofMinutes(10));
        return properties;
    }
}
