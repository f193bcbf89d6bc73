package dev.tauraro.script.modules.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random patterns built from regex metacharacters: compiling and matching may only succeed or
 * raise a Python exception (re.error here stands in as ValueError), never leak a Java one.
 */
class RandomPatternsTest {
    private static final String ALPHABET = "ab()[]{}*+?|^$\\.-,0123PQ<>=!:#x \nwsdDbAZgu";

    @Test
    void compilingAndMatchingRandomPatternsOnlyRaisesPythonExceptions() {
        Random random = new Random(12);
        List<String> leaks = new ArrayList<>();
        int compiled = 0;
        for (int i = 0; i < 20000; i++) {
            StringBuilder p = new StringBuilder();
            int len = 1 + random.nextInt(12);
            for (int k = 0; k < len; k++) {
                p.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String pattern = p.toString();
            try {
                Regex rx = ReModule.compile(pattern, random.nextInt(4) == 0 ? 64 : 0, Exceptions.VALUE_ERROR);
                compiled++;
                rx.findall("ab(x)[1] {2}\nPQ a-b ===", 0, Long.MAX_VALUE);
                rx.sub(PyNone.NONE, "-", "abc\nxx", 0);
                rx.split("a b\nc", 0);
                rx.match(PyNone.NONE, "ab", 0, Long.MAX_VALUE, 2);
            } catch (PyException expected) {
                // a Python exception: what the script would see
            } catch (RuntimeException | StackOverflowError e) {
                leaks.add(pattern.replace("\n", "\\n") + " -> " + e);
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(compiled).isGreaterThan(1000); // the generator does produce valid patterns
    }
}
