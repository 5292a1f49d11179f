package id.slrt.caseengine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time used by this JVM (the app, the benchmark clients and the bare engine) and by the PostgreSQL server
 * (postmaster and its backends) between two readings, from /proc: where the milliseconds of one operation go
 * on a machine where both share the same cores. Of the JVM's time, the part of its JIT compiler threads is shown
 * apart: code that is still being compiled makes an operation look dearer than it will be. Linux only; elsewhere
 * the figures are -1.
 */
final class CpuMeter {

    private static final double TICK_MILLIS = 10.0; // USER_HZ is 100 on Linux

    private final long postmasterPid;
    private long jvmTicks;
    private long compilerTicks;
    private long databaseTicks;

    private CpuMeter(long postmasterPid) {
        this.postmasterPid = postmasterPid;
    }

    static CpuMeter start(Path dataDir) {
        long pid = -1;
        try {
            pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        } catch (Exception e) {
            // no PostgreSQL figures
        }
        CpuMeter meter = new CpuMeter(pid);
        meter.jvmTicks = ticks(ProcessHandle.current().pid(), false);
        meter.compilerTicks = compilerThreadTicks();
        meter.databaseTicks = meter.databaseTicks();
        return meter;
    }

    /** Milliseconds of CPU per operation since {@link #start}, for the JVM and for PostgreSQL. */
    Map<String, Object> perOperation(int operations) {
        Map<String, Object> figures = new LinkedHashMap<>();
        long jvm = ticks(ProcessHandle.current().pid(), false) - jvmTicks;
        long compiler = compilerThreadTicks() - compilerTicks;
        long database = databaseTicks() - databaseTicks;
        figures.put("jvmCpuMillisPerOp", operations == 0 ? 0 : Measurements.round(jvm * TICK_MILLIS / operations));
        figures.put("ofWhichJitCompilerMillisPerOp",
                operations == 0 ? 0 : Measurements.round(compiler * TICK_MILLIS / operations));
        figures.put("databaseCpuMillisPerOp", postmasterPid < 0 || operations == 0 ? -1
                : Measurements.round(database * TICK_MILLIS / operations));
        return figures;
    }

    private long databaseTicks() {
        if (postmasterPid < 0) {
            return 0;
        }
        // Live backends plus what finished backends left in the postmaster's children counters.
        long total = ticks(postmasterPid, true);
        List<ProcessHandle> children = ProcessHandle.of(postmasterPid).map(p -> p.children().toList()).orElse(List.of());
        for (ProcessHandle child : children) {
            total += ticks(child.pid(), false);
        }
        return total;
    }

    /** The JIT compiler threads of this JVM (C1 and C2); the benchmark keeps their number fixed (pom.xml). */
    private static long compilerThreadTicks() {
        long total = 0;
        try (var threads = Files.list(Path.of("/proc/self/task"))) {
            for (Path thread : threads.toList()) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        total += ticks(stat, false);
                    }
                } catch (Exception e) {
                    // the thread ended
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return total;
    }

    /** utime + stime (+ cutime + cstime) of a process, in clock ticks; 0 when it is gone. */
    private static long ticks(long pid, boolean withChildren) {
        try {
            return ticks(Files.readString(Path.of("/proc/" + pid + "/stat")), withChildren);
        } catch (Exception e) {
            return 0;
        }
    }

    /** The same from the text of a /proc stat file (of a process or of one of its threads). */
    private static long ticks(String stat, boolean withChildren) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state); utime is field 14, stime 15, cutime 16, cstime 17
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (withChildren) {
            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
        return ticks;
    }
}
