package id.slrt.caseengine.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Against password guessing: after {@code max-failures} failed logins of one user from one client address within
 * {@code window}, that user is refused from that address for {@code lockout}, even with the right password (so
 * guessing cannot go on and find out when it succeeded). Other users from the address and the same user from
 * elsewhere are not affected, so nobody can lock a colleague out of the office. A successful login clears the
 * count. In memory, per node. Camunda's own per-user delay after failures ({@code loginDelay*}) still applies.
 *
 * <p>Memory is bounded without a reset: failure counts and lockouts live in two separate caches that forget an entry
 * once its window or lockout has passed. Spraying names fills only the failure cache (where eviction costs the
 * attacker their own counts); a lockout is only ever removed by its expiry, and the lockout cache holds far more
 * entries than five failures each let an attacker create within one lockout from a few addresses.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    static final int MAX_COUNTED = 100_000;
    static final int MAX_LOCKED = 200_000;

    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Cache<String, Attempts> attempts;
    private final Cache<String, Instant> lockouts;

    @Autowired
    public LoginThrottle(SecurityProperties properties) {
        this(properties.getSecurity().getLoginThrottle().getMaxFailures(),
                properties.getSecurity().getLoginThrottle().getWindow(),
                properties.getSecurity().getLoginThrottle().getLockout(), Clock.systemUTC());
    }

    LoginThrottle(int maxFailures, Duration window, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
        Ticker ticker = () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        this.attempts = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run).maximumSize(MAX_COUNTED)
                .expireAfterAccess(window).build();
        this.lockouts = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run).maximumSize(MAX_LOCKED)
                .expireAfterWrite(lockout).build();
    }

    /** Entries held now (failure counts, lockouts), after pending expiry and eviction. */
    long[] tracked() {
        attempts.cleanUp();
        lockouts.cleanUp();
        return new long[] {attempts.estimatedSize(), lockouts.estimatedSize()};
    }

    /** How long the user stays refused from this client; empty when they may try. */
    public Optional<Duration> blocked(String user, String client) {
        Instant until = lockouts.getIfPresent(key(user, client));
        Instant now = clock.instant();
        if (until != null && until.isAfter(now)) {
            return Optional.of(Duration.between(now, until));
        }
        return Optional.empty();
    }

    /** Throws when the user is refused from this client. */
    public void check(String user, String client) {
        blocked(user, client).ifPresent(wait -> {
            throw new LoginThrottledException(user, wait);
        });
    }

    public void failed(String user, String client) {
        String key = key(user, client);
        Attempts a = attempts.get(key, k -> new Attempts());
        synchronized (a) {
            Instant now = clock.instant();
            while (!a.failures.isEmpty() && a.failures.peekFirst().isBefore(now.minus(window))) {
                a.failures.removeFirst();
            }
            a.failures.addLast(now);
            if (a.failures.size() >= maxFailures) {
                lockouts.put(key, now.plus(lockout));
                a.failures.clear();
                log.warn("Login of user {} from {} refused for {} after {} failed attempts", user, client, lockout,
                        maxFailures);
            }
        }
    }

    public void succeeded(String user, String client) {
        // A success is only possible while not locked out (check comes first), so only the count is cleared.
        attempts.invalidate(key(user, client));
    }

    private static String key(String user, String client) {
        return (user == null ? "" : user.strip().toLowerCase(Locale.ROOT)) + "\u0000" + (client == null ? "" : client);
    }

    /** Indonesian text for the refusal, with the waiting time rounded up to whole minutes. */
    public static String message(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Terlalu banyak percobaan masuk yang gagal untuk nama pengguna ini dari perangkat atau alamat Anda. "
                + "Demi keamanan, masuk dikunci sementara; coba lagi dalam " + minutes + " menit, atau hubungi "
                + "administrator jika Anda lupa kata sandi.";
    }
}
