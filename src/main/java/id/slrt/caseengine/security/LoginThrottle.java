package id.slrt.caseengine.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 50_000;

    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant blockedUntil;
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

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
    }

    /** How long the user stays refused from this client; empty when they may try. */
    public Optional<Duration> blocked(String user, String client) {
        Attempts a = attempts.get(key(user, client));
        if (a == null) {
            return Optional.empty();
        }
        synchronized (a) {
            Instant now = clock.instant();
            if (a.blockedUntil != null && a.blockedUntil.isAfter(now)) {
                return Optional.of(Duration.between(now, a.blockedUntil));
            }
            return Optional.empty();
        }
    }

    /** Throws when the user is refused from this client. */
    public void check(String user, String client) {
        blocked(user, client).ifPresent(wait -> {
            throw new LoginThrottledException(user, wait);
        });
    }

    public void failed(String user, String client) {
        if (attempts.size() >= MAX_TRACKED) {
            attempts.clear();
        }
        Attempts a = attempts.computeIfAbsent(key(user, client), k -> new Attempts());
        synchronized (a) {
            Instant now = clock.instant();
            while (!a.failures.isEmpty() && a.failures.peekFirst().isBefore(now.minus(window))) {
                a.failures.removeFirst();
            }
            a.failures.addLast(now);
            if (a.failures.size() >= maxFailures) {
                a.blockedUntil = now.plus(lockout);
                a.failures.clear();
                log.warn("Login of user {} from {} refused for {} after {} failed attempts", user, client, lockout,
                        maxFailures);
            }
        }
    }

    public void succeeded(String user, String client) {
        attempts.remove(key(user, client));
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
