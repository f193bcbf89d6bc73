package dev.tauraro.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Linux process counters for benchmarks, read from {@code /proc}: voluntary context switches of
 * all the process's threads (each is a thread blocking, so a count of hand-offs between threads),
 * CPU time, and established TCP connections to a port.
 */
final class ProcessStats {
    private ProcessStats() {
    }

    /** The sum of {@code voluntary_ctxt_switches} over the threads alive now. */
    static long voluntarySwitches() {
        long sum = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path t : tasks) {
                try {
                    for (String line : Files.readAllLines(t.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:")) {
                            sum += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                        }
                    }
                } catch (NoSuchFileException ended) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Established TCP connections (IPv4 and IPv6) from this process's network namespace to {@code port}. */
    static long connectionsTo(int port) {
        String remote = String.format(":%04X", port);
        long n = 0;
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 3 && f[2].endsWith(remote) && f[3].equals("01")) {
                        n++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }
}
