package id.slrt.caseengine.letters;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Fixed-window request counter per client address for the verification page (the pattern of the public status
 * check), in memory: with N instances behind a balancer the effective limit is up to N times higher.
 */
class VerificationLimits {

    private record Window(long start, int count) {
    }

    private final int limit;
    private final long windowMillis;
    private final LongSupplier millis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    VerificationLimits(int limit, Duration window, LongSupplier millis) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.millis = millis;
    }

    /** Counts a request; @return 0 when allowed, otherwise the seconds until the window resets. */
    long acquire(String key) {
        long now = millis.getAsLong();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> now - w.start() >= windowMillis);
        }
        Window window = windows.compute(key, (k, w) -> w == null || now - w.start() >= windowMillis
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        return window.count() <= limit ? 0 : Math.max(1, (window.start() + windowMillis - now + 999) / 1000);
    }

    void reset() {
        windows.clear();
    }
}
