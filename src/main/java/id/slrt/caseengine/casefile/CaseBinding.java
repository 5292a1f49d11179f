package id.slrt.caseengine.casefile;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The server's word that a process being started belongs to a case file it has just registered. The intake sets it
 * around the process start (in the same thread and transaction, up to the first wait state) and the
 * {@code registerCase} step requires it: a {@code caseId} variable sent by a client, through any door, binds
 * nothing.
 */
public final class CaseBinding {

    private static final ThreadLocal<Set<Long>> OPENING = ThreadLocal.withInitial(HashSet::new);

    private CaseBinding() {
    }

    /** Runs {@code start} with {@code caseId} expected to be bound by it. */
    public static <T> T opening(long caseId, Supplier<T> start) {
        Set<Long> opening = OPENING.get();
        opening.add(caseId);
        try {
            return start.get();
        } finally {
            opening.remove(caseId);
            if (opening.isEmpty()) {
                OPENING.remove();
            }
        }
    }

    public static boolean isOpening(long caseId) {
        return OPENING.get().contains(caseId);
    }
}
