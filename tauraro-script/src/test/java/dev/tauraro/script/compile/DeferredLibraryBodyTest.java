package dev.tauraro.script.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.syntax.Parser;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Library functions (sources named {@code <frozen ...>}) whose scopes are resolved on first call
 * ({@link Resolver#deferBodies}): run, they see globals, class scopes and their own closures as a
 * user module's functions do (the expected values are CPython 3.11's).
 */
class DeferredLibraryBodyTest {
    private static PyModule run(String name, String text) {
        PrintStream ps = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Interpreter interp = new Interpreter(ps, ps, List.of("x.py"), true);
        PyModule m = new PyModule("t", interp);
        SourceFile src = new SourceFile(name, text);
        interp.execIn(m, src, Parser.parseFile(src));
        return m;
    }

    private static final String PROGRAM = """
            g = 10
            def counter(start):
                n = start
                def step():
                    nonlocal n
                    n += 1
                    return n
                return step
            def setg(v):
                global g
                g = v
                return [g + i for i in range(2)]
            class C:
                k = 5
                def m(self, a):
                    return (a, g, __class__.__name__, [x * a for x in (1, 2)])
                def gen(self):
                    yield from range(2)
            s = counter(3)
            out = (s(), s(), setg(7), g, C().m(2), list(C().gen()), C.m.__qualname__, counter(0).__qualname__)
            """;

    @Test
    void aDeferredFunctionSeesItsClosuresGlobalsAndClassAsAnEagerOneDoes() {
        String expected = "(4, 5, [7, 8], 7, (2, 7, 'C', [2, 4]), [0, 1], 'C.m', 'counter.<locals>.step')";
        assertThat(Ops.repr(run("<frozen t>", PROGRAM).get("out"))).isEqualTo(expected);
        assertThat(Ops.repr(run("t.py", PROGRAM).get("out"))).isEqualTo(expected);
    }

    @Test
    void aScopeErrorInADeferredBodyIsRaisedOnItsFirstCallAndInAUserModuleBeforeItRuns() {
        String text = "ran = True\ndef f():\n    nonlocal x\n    x = 1\n";
        PyModule lib = run("<frozen t>", text + "ok = True\n");
        assertThat(lib.get("ok")).isEqualTo(Boolean.TRUE);
        assertThatThrownBy(() -> ((dev.tauraro.script.runtime.PyFunction) lib.get("f")).call0())
                .isInstanceOf(ScriptSyntaxError.class).hasMessageContaining("no binding for nonlocal 'x' found");
        assertThatThrownBy(() -> run("t.py", text)).isInstanceOf(ScriptSyntaxError.class)
                .hasMessageContaining("no binding for nonlocal 'x' found");
    }
}
