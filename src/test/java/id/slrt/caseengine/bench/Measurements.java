package id.slrt.caseengine.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Small helpers to time operations and summarise latencies. */
final class Measurements {

    /** Throughput and latency of a batch of operations run by a number of clients. */
    record Run(int operations, double seconds, double perSecond, double p50Millis, double p95Millis, double p99Millis) {
        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("operations", operations);
            map.put("seconds", round(seconds));
            map.put("perSecond", round(perSecond));
            map.put("p50Millis", round(p50Millis));
            map.put("p95Millis", round(p95Millis));
            map.put("p99Millis", round(p99Millis));
            return map;
        }
    }

    interface Operation {
        void run(int index) throws Exception;
    }

    private Measurements() {
    }

    static Run concurrently(int operations, int clients, Operation operation) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int first = client;
                work.add(() -> {
                    for (int i = first; i < operations; i += clients) {
                        long start = System.nanoTime();
                        operation.run(i);
                        latencies.add(System.nanoTime() - start);
                    }
                    return null;
                });
            }
            long start = System.nanoTime();
            for (Future<Void> f : pool.invokeAll(work)) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return summarise(latencies, seconds);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    static Run sequentially(int operations, Operation operation) throws Exception {
        return concurrently(operations, 1, operation);
    }

    private static Run summarise(List<Long> nanos, double seconds) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return new Run(sorted.size(), seconds, sorted.size() / seconds, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99));
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
