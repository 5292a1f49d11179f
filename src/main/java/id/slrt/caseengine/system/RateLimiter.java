package id.slrt.caseengine.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Fixed-window request counter per key (client address, registration number), held in memory: each instance
 * of the app counts for itself, so with N instances behind a balancer the effective limit is up to N times
 * higher. Windows of keys that went quiet are dropped as new windows open.
 */
public class RateLimiter {

    private record Window(long start, int count) {
    }

    private final int limit;
    private final long windowMillis;
    private final LongSupplier millis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, LongSupplier millis) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.millis = millis;
    }

    /** Without counting: 0 when the key is under its limit, otherwise the seconds until its window resets. */
    public long waitFor(String key) {
        long now = millis.getAsLong();
        Window window = windows.get(key);
        if (window == null || now - window.start() >= windowMillis || window.count() < limit) {
            return 0;
        }
        return Math.max(1, (window.start() + windowMillis - now + 999) / 1000);
    }

    /** Counts a request; @return 0 when allowed, otherwise the seconds until the window resets. */
    public long acquire(String key) {
        long now = millis.getAsLong();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> now - w.start() >= windowMillis);
        }
        Window window = windows.compute(key, (k, w) -> w == null || now - w.start() >= windowMillis
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (window.count() <= limit) {
            return 0;
        }
        return Math.max(1, (window.start() + windowMillis - now + 999) / 1000);
    }

    public void reset() {
        windows.clear();
    }
}
