package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The time module's zone constants and {@code %Z}, in a zone with summer time (the first test's
 * expected lines are CPython 3.11's under {@code TZ=America/New_York}), and that importing logging,
 * which loads the time module's calendar part ({@code _time}), leaves them for first use.
 */
class TimeZoneNamesTest {
    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Interpreter interp = new Interpreter(ps, ps, List.of(""), false);
        interp.runScript(new SourceFile("<test>", code));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String inNewYork(String code) {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            return run(code);
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void zoneNamesAreTheCLibrarysAbbreviationsOnEveryJdk() {
        // JDK 21+'s locale data names the zone "GMT-05:00" in the root locale; JDK 17 said "EST"
        assertThat(inNewYork("""
                import time
                print(time.timezone, time.altzone, time.daylight, time.tzname)
                print(time.strftime("%Z %z", time.localtime(0)))
                print(time.strftime("%Z", time.localtime(15552000)))
                """)).isEqualTo("""
                18000 14400 1 ('EST', 'EDT')
                EST -0500
                EDT
                """);
    }

    @Test
    void importingLoggingLeavesTheZoneConstantsForFirstUse() {
        assertThat(inNewYork("""
                import logging, sys
                print("tzname" in vars(sys.modules["_time"]))
                import time
                print(time.tzname, "tzname" in vars(sys.modules["_time"]))
                from time import altzone
                print(altzone)
                """)).isEqualTo("""
                False
                ('EST', 'EDT') True
                14400
                """);
    }
}
