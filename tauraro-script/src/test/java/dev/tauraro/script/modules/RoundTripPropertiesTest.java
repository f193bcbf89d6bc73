package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.tauraro.script.Tauraro;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Round trips through script code on generated values: {@code struct} pack/unpack of each integer
 * format in its range and byte order, and {@code datetime} arithmetic ({@code d + td - td == d},
 * {@code (d + td) - d == td}) across the calendar. The script functions return True or a text that
 * says what broke, so a failure names the value.
 */
class RoundTripPropertiesTest {
    private static final Tauraro PY = Tauraro.create();

    static {
        PY.exec("""
                import struct
                from datetime import datetime, timedelta
                def struct_trip(fmt, v):
                    packed = struct.pack(fmt, v)
                    if len(packed) != struct.calcsize(fmt):
                        return f"size {len(packed)} for {fmt}"
                    back = struct.unpack(fmt, packed)
                    return True if back == (v,) else f"{fmt} {v} -> {back}"
                def date_trip(ordinal, seconds, micro, days, secs):
                    d = datetime.fromordinal(ordinal) + timedelta(seconds=seconds, microseconds=micro)
                    td = timedelta(days=days, seconds=secs, microseconds=micro)
                    try:
                        moved = d + td
                    except OverflowError:
                        return True  # outside year 1..9999: nothing to compare
                    if moved - td != d:
                        return f"{d!r} + {td!r} - td = {moved - td!r}"
                    if moved - d != td:
                        return f"({d!r} + {td!r}) - d = {moved - d!r}"
                    return True
                """);
    }

    @AfterAll
    static void close() {
        PY.close();
    }

    @Test
    void structUnpacksWhatItPacked() {
        String[] formats = {"b", "B", "h", "H", "i", "I", "l", "L", "q", "Q"};
        long[][] ranges = {{-128, 127}, {0, 255}, {-32768, 32767}, {0, 65535}, {Integer.MIN_VALUE, Integer.MAX_VALUE},
            {0, 4294967295L}, {Integer.MIN_VALUE, Integer.MAX_VALUE}, {0, 4294967295L}, {Long.MIN_VALUE, Long.MAX_VALUE},
            {0, Long.MAX_VALUE}};
        String[] orders = {"<", ">", "!", "=", "@"};
        qt().forAll(integers().between(0, formats.length - 1), integers().between(0, orders.length - 1),
                longs().all()).checkAssert((f, o, raw) -> {
                    long lo = ranges[f][0];
                    long hi = ranges[f][1];
                    long span = hi - lo + 1; // overflows (<= 0) for q and Q, whose ranges take raw as it is
                    long v = span > 0 ? lo + Math.floorMod(raw, span) : lo == 0 ? raw & Long.MAX_VALUE : raw;
                    assertThat(PY.call("struct_trip", orders[o] + formats[f], v)).isEqualTo(true);
                });
    }

    @Test
    void datetimeArithmeticRoundTrips() {
        // QuickTheories takes four generators at most: the microseconds are derived from the others
        qt().forAll(integers().between(1, 3652059), integers().between(0, 86399),
                integers().between(-400000, 400000), integers().between(-200000, 200000)).checkAssert(
                        (ordinal, seconds, days, secs) -> assertThat(PY.call("date_trip", (long) ordinal,
                                (long) seconds, Math.floorMod(secs * 7919L + days, 1_000_000L), (long) days,
                                (long) secs)).isEqualTo(true));
    }
}
