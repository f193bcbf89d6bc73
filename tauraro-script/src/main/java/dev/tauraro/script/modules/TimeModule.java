package dev.tauraro.script.modules;

import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.modules.files.OsErrors;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;

/**
 * Python's {@code time}. Under a virtual-time interpreter (tests), {@code time()} and
 * {@code monotonic()} follow the running loop's clock so timed scripts stay deterministic.
 * The calendar part ({@code struct_time}, {@code gmtime}, {@code localtime}, {@code mktime},
 * {@code strftime}, {@code strptime}, {@code timezone}, ...) is script code in {@code lib/_time.py},
 * loaded on first use through the module's {@code __getattr__} (so {@code import threading}, which
 * imports {@code time}, does not parse it); it asks this binding for the zone rules of java.time.
 */
public final class TimeModule {
    private TimeModule() {
    }

    /**
     * CPU time (user + system) of the whole JVM process, all threads, as the operating system
     * reports it through {@link ProcessHandle}: CPython's process_time counts the same. The
     * operating system's figure has clock-tick resolution (10 ms on Linux), coarser than CPython's
     * clock_gettime; the clock is still monotonic. Real time is never counted in its place.
     */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration()
                .orElseThrow(() -> Exceptions.newException(Exceptions.OS_ERROR, "process CPU time is not available on this system"))
                .toNanos();
    }

    /** CPU time (user + system) of the calling thread, as CPython's thread_time (CLOCK_THREAD_CPUTIME_ID). */
    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw Exceptions.newException(Exceptions.OS_ERROR, "thread CPU time is not available on this system");
        }
        return threads.getCurrentThreadCpuTime();
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("time", interp);
        long wallOrigin = System.currentTimeMillis();
        m.set("time", new BuiltinFunction("time", (a, k) -> {
            Double v = virtualNow(interp);
            return v != null ? wallOrigin / 1000.0 + v : System.currentTimeMillis() / 1000.0;
            // (under virtual time, time() follows the running loop's clock from the interpreter's start)
        }));
        m.set("monotonic", new BuiltinFunction("monotonic", (a, k) -> {
            Double v = virtualNow(interp);
            return v != null ? v : System.nanoTime() / 1e9;
        }));
        m.set("perf_counter", new BuiltinFunction("perf_counter", (a, k) -> {
            Double v = virtualNow(interp);
            return v != null ? v : System.nanoTime() / 1e9;
        }));
        m.set("time_ns", new BuiltinFunction("time_ns", (a, k) -> {
            Instant now = Instant.now(); // microseconds on Linux, where currentTimeMillis has milliseconds
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }));
        // the _ns forms of the monotonic clocks count the same nanoseconds as the float ones
        for (String name : new String[] {"monotonic_ns", "perf_counter_ns"}) {
            m.set(name, new BuiltinFunction(name, (a, k) -> {
                Double v = virtualNow(interp);
                return v != null ? (long) (v * 1e9) : System.nanoTime();
            }));
        }
        m.set("thread_time", new BuiltinFunction("thread_time", (a, k) -> threadCpuNanos() / 1e9));
        m.set("thread_time_ns", new BuiltinFunction("thread_time_ns", (a, k) -> threadCpuNanos()));
        m.set("process_time", new BuiltinFunction("process_time", (a, k) -> processCpuNanos() / 1e9));
        m.set("process_time_ns", new BuiltinFunction("process_time_ns", (a, k) -> processCpuNanos()));
        m.set("sleep", new BuiltinFunction("sleep", (a, k) -> {
            double s = Ops.toDouble(a[0]);
            if (s > 0 && (!interp.virtualTime() || !loopRunning())) {
                long deadline = System.nanoTime() + (long) Math.min(s * 1e9, Long.MAX_VALUE / 4.0);
                interp.blockingWait(() -> {
                    long left = deadline - System.nanoTime();
                    if (left > 0) {
                        Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
                    }
                    return null;
                }, null); // Ctrl-C raises KeyboardInterrupt here
                interp.raiseIfStopped(); // a stopped process's sleep ends the process
            } else if (interp.gil() != null) {
                interp.releasingGil(() -> {
                    Thread.yield();
                    return null;
                });
            }
            return PyNone.NONE;
        }));
        m.set("_fields", new BuiltinFunction("_fields", (a, k) -> fields(Ops.toLong(a[0]), Ops.truthy(a[1]))));
        m.set("_mktime", new BuiltinFunction("_mktime", (a, k) -> mktime(a)));
        m.set("__getattr__", new BuiltinFunction("__getattr__", (a, k) -> {
            String name = Ops.str(a[0]);
            PyModule calendarPart = interp.importModule("_time");
            Object v = name.startsWith("_") ? null : calendarPart.get(name);
            if (v == null && !name.startsWith("_")) {
                // the zone constants are worked out on first use (see _time._zones), which knows their names
                Ops.call(calendarPart.get("_zones"));
                v = calendarPart.get(name);
            }
            if (v == null) {
                throw Exceptions.attributeError("module 'time' has no attribute '" + name + "'");
            }
            m.set(name, v); // found once, then a plain module attribute
            return v;
        }));
        return m;
    }

    /**
     * The broken-down time of {@code secs} since the epoch, in UTC or in the default zone of java.time
     * (the TZ variable, else /etc/localtime, as the C library): the nine struct_time fields, then
     * tm_zone and tm_gmtoff.
     */
    private static PyTuple fields(long secs, boolean local) {
        ZoneId zone = local ? localZone() : ZoneOffset.UTC;
        Instant instant;
        ZonedDateTime t;
        try {
            instant = Instant.ofEpochSecond(secs);
            t = instant.atZone(zone);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            // _time._seconds has checked the time_t range: beyond java.time's years, glibc's gmtime
            // fails on a year past a C int, which CPython reports as OSError(EOVERFLOW)
            throw OsErrors.error(OsErrors.EOVERFLOW, null);
        }
        int isdst = local && zone.getRules().isDaylightSavings(instant) ? 1 : 0;
        String name = local ? zoneName(zone, t) : "GMT"; // glibc's gmtime names UTC "GMT"
        return new PyTuple(new Object[] {(long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(),
            (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(), (long) t.getDayOfWeek().getValue() - 1,
            (long) t.getDayOfYear(), (long) isdst, name, (long) t.getOffset().getTotalSeconds()});
    }

    /**
     * The default zone of java.time (the TZ variable, else /etc/localtime, as the C library), with
     * UTC by any of its names as the fixed offset: a named zone's rules come from java.time's rule
     * providers, whose first use looks for more providers in every jar of the class path (80 ms
     * of CPU at start-up with bin/tauraro's, and {@code import logging} or {@code time.timezone}
     * needs the zone). UTC's rules and name are the offset's.
     */
    private static ZoneId localZone() {
        java.util.TimeZone zone = java.util.TimeZone.getDefault();
        return "UTC".equals(zoneName(zone.getID())) ? ZoneOffset.UTC : zone.toZoneId();
    }

    /**
     * tm_zone: the zone's abbreviation. The universal zones are named without asking java.time's
     * formatter, whose first use loads the locale providers' time-zone names (tens of
     * milliseconds at start-up, where {@code import time}'s tzname needs it on every run).
     */
    private static String zoneName(ZoneId zone, ZonedDateTime t) {
        String name = zoneName(zone.getId());
        // US English names, as the C library's (EST, CET): JDK 21+'s CLDR data gives the root
        // locale "GMT-05:00" where JDK 17 said "EST"
        return name != null ? name : ZoneAbbreviation.FORMAT.format(t);
    }

    /** Made on first use, not with the module: see {@link #zoneName(ZoneId, ZonedDateTime)}. */
    private static final class ZoneAbbreviation {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("zzz", java.util.Locale.US);
    }

    /** "UTC" or "GMT" for the names of the universal zones, else null. */
    private static String zoneName(String id) {
        switch (id) {
            case "Z", "UTC", "Etc/UTC", "Etc/UCT", "UCT", "Universal", "Etc/Universal", "Zulu", "Etc/Zulu":
                return "UTC";
            case "GMT", "Etc/GMT", "GMT0", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "Greenwich", "Etc/Greenwich":
                return "GMT";
            default:
                return null;
        }
    }

    /**
     * {@code mktime}'s core: seconds since the epoch of a local broken-down time (year, month, day,
     * hour, minute, second, isdst), out-of-range fields carried over as the C library does; in a
     * repeated hour, isdst 1 picks the earlier (summer) offset and 0 the later one.
     */
    private static Object mktime(Object[] a) {
        try {
            LocalDateTime local = LocalDateTime.of((int) Ops.toLong(a[0]), 1, 1, 0, 0)
                    .plusMonths(Ops.toLong(a[1]) - 1).plusDays(Ops.toLong(a[2]) - 1).plusHours(Ops.toLong(a[3]))
                    .plusMinutes(Ops.toLong(a[4])).plusSeconds(Ops.toLong(a[5]));
            ZonedDateTime z = local.atZone(localZone());
            z = Ops.toLong(a[6]) == 0 ? z.withLaterOffsetAtOverlap() : z.withEarlierOffsetAtOverlap();
            return z.toEpochSecond();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "mktime argument out of range");
        }
    }

    private static boolean loopRunning() {
        return EventLoop.runningOrNull() != null;
    }

    private static Double virtualNow(Interpreter interp) {
        if (!interp.virtualTime()) {
            return null;
        }
        EventLoop loop = EventLoop.runningOrNull();
        return loop == null ? null : loop.time();   // no loop: the real clock
    }
}
