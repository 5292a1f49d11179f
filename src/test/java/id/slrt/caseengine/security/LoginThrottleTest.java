package id.slrt.caseengine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-02T01:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresOfOneUserFromOneAddressLockThatPairOnly() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("peksos", "10.0.0.7");
        }
        assertThat(throttle.blocked("peksos", "10.0.0.7")).isEmpty();
        throttle.failed("PekSos", "10.0.0.7");
        assertThat(throttle.blocked("peksos", "10.0.0.7")).contains(Duration.ofMinutes(15));
        assertThatThrownBy(() -> throttle.check("peksos", "10.0.0.7")).isInstanceOf(LoginThrottledException.class)
                .hasMessageContaining("coba lagi dalam 15 menit");
        assertThat(throttle.blocked("peksos", "10.0.0.8")).as("same user elsewhere").isEmpty();
        assertThat(throttle.blocked("supervisor", "10.0.0.7")).as("another user from the address").isEmpty();

        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(throttle.blocked("peksos", "10.0.0.7")).contains(Duration.ofMinutes(1));
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertThat(throttle.blocked("peksos", "10.0.0.7")).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowAndBeforeASuccessDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("operator", "10.0.0.7");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        throttle.failed("operator", "10.0.0.7");
        assertThat(throttle.blocked("operator", "10.0.0.7")).isEmpty();
        for (int i = 0; i < 3; i++) {
            throttle.failed("operator", "10.0.0.7");
        }
        throttle.succeeded("operator", "10.0.0.7");
        throttle.failed("operator", "10.0.0.7");
        assertThat(throttle.blocked("operator", "10.0.0.7")).isEmpty();
    }

    @Test
    void sixtyThousandSprayedNamesDoNotUnlockALockedAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("supervisor", "10.0.0.66");
        }
        assertThat(throttle.blocked("supervisor", "10.0.0.66")).isPresent();
        // The old throttle forgot everything once it tracked 50,000 keys; spraying 60,000 names reset every lockout.
        for (int i = 0; i < 60_000; i++) {
            throttle.failed("sprayed-" + i, "10.0.0.66");
        }
        // Enough names locked themselves too (5 failures each) to have filled the old map as well.
        for (int i = 0; i < 12_000; i++) {
            for (int k = 0; k < 5; k++) {
                throttle.failed("locked-" + i, "10.0.0.67");
            }
        }
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(throttle.blocked("supervisor", "10.0.0.66")).as("still locked after the spray")
                .contains(Duration.ofMinutes(10));
        throttle.succeeded("supervisor", "10.0.0.66");
        assertThat(throttle.blocked("supervisor", "10.0.0.66")).as("a success cannot lift a lockout").isPresent();

        long[] held = throttle.tracked();
        assertThat(held[0]).as("failure counts held").isLessThanOrEqualTo(LoginThrottle.MAX_COUNTED);
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        held = throttle.tracked();
        assertThat(held[0]).as("counts forgotten after the window").isZero();
        assertThat(held[1]).as("lockouts forgotten after the lockout").isZero();
        assertThat(throttle.blocked("supervisor", "10.0.0.66")).isEmpty();
    }
}
