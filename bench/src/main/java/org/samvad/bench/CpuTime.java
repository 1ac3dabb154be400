package org.samvad.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CPU time used so far by this JVM and by the embedded PostgreSQL (its postmaster, the
 * backends it reaped, and those alive), read from {@code /proc}: on a shared machine the
 * CPU a step costs per answer says more than the wall-clock rate.
 */
final class CpuTime {

    private static final double TICK_MILLIS = 10;   // USER_HZ = 100 on Linux

    private final long postmaster;

    CpuTime(JdbcClient jdbc) {
        long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
        this.postmaster = field(backend, 4);
    }

    /** Milliseconds of CPU this JVM has used. */
    static double jvmMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
    }

    /** Milliseconds of CPU the PostgreSQL server has used, or NaN where /proc cannot tell. */
    double postgresMillis() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            long ticks = field(postmaster, 14) + field(postmaster, 15) + field(postmaster, 16) + field(postmaster, 17);
            ticks += processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(p -> {
                        long pid = Long.parseLong(p.getFileName().toString());
                        return pid != postmaster && field(pid, 4) == postmaster ? field(pid, 14) + field(pid, 15) : 0;
                    }).sum();
            return ticks * TICK_MILLIS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Field {@code n} (1-based, as in proc(5)) of /proc/pid/stat; 0 when the process is gone. */
    private static long field(long pid, int n) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(rest[n - 3]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
