package dev.tauraro.script.modules.text;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer fuzz test of {@code re.compile} and the matching calls on what it compiled: any pattern
 * (str or bytes), any flags and any subject either work or raise a Python exception (re.error is
 * ValueError's subclass in the script; ValueError stands in for it here). A Java exception or a
 * stack overflow escaping is a bug.
 *
 * <p>A normal test run replays {@code ReCompileFuzzTestInputs/}; to fuzz, run
 * {@code JAZZER_FUZZ=1 ./mvnw -pl tauraro-script test -Dtest=ReCompileFuzzTest}.
 */
class ReCompileFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void compilingAndMatchingOnlyRaisePythonExceptions(FuzzedDataProvider data) {
        boolean bytes = data.consumeBoolean();
        int flags = data.consumeInt(0, 511);
        String subject = data.consumeString(40);
        String pattern = data.consumeRemainingAsString();
        try {
            Object p = bytes ? new PyBytes(pattern.getBytes(StandardCharsets.ISO_8859_1)) : pattern;
            Regex rx = ReModule.compile(p, flags, Exceptions.VALUE_ERROR);
            Object s = bytes ? new PyBytes(subject.getBytes(StandardCharsets.ISO_8859_1)) : subject;
            rx.findall(s, 0, Long.MAX_VALUE);
            rx.sub(PyNone.NONE, bytes ? new PyBytes(new byte[] {'-'}) : "-", s, 0);
            rx.split(s, 0);
            for (int mode = 0; mode < 3; mode++) {
                rx.match(PyNone.NONE, s, 1, subject.length(), mode);
            }
            rx.finditer(PyNone.NONE, s, 0, Long.MAX_VALUE).next();
        } catch (PyException expected) {
            // what a script would see
        }
    }
}
