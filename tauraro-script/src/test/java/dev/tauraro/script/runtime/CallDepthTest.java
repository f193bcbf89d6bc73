package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every way into a script frame counts against sys.getrecursionlimit(), per thread. */
@Timeout(60)
class CallDepthTest {
    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        new Interpreter(ps, ps, List.of("t.py"), true).runMain(new SourceFile("t.py", code));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The depth a recursion through {@code call} reaches before RecursionError, with limit 100. */
    private static String depthReached(String definitions, String call) {
        return run(String.join("\n",
                "import sys",
                "sys.setrecursionlimit(100)",
                "depth = 0",
                definitions,
                "try:",
                "    " + call,
                "except RecursionError as e:",
                "    print(depth, e)",
                ""));
    }

    @Test
    void aDunderRecursionStopsAtTheLimitNotAtTheJavaStack() {
        String defs = String.join("\n",
                "class A:",
                "    def __getattr__(self, name):",
                "        global depth",
                "        depth += 1",
                "        return self.missing");
        assertThat(depthReached(defs, "A().x")).isEqualTo("99 maximum recursion depth exceeded\n");
    }

    @Test
    void methodsOperatorsAndPlainCallsCountTheSame() {
        String method = String.join("\n",
                "class M:",
                "    def m(self):",
                "        global depth",
                "        depth += 1",
                "        return self.m()");
        String operator = String.join("\n",
                "class P:",
                "    def __add__(self, other):",
                "        global depth",
                "        depth += 1",
                "        return self + other");
        String plain = String.join("\n",
                "def f(n):",
                "    global depth",
                "    depth += 1",
                "    return f(n)");
        assertThat(depthReached(method, "M().m()")).isEqualTo("99 maximum recursion depth exceeded\n");
        assertThat(depthReached(operator, "P() + 1")).isEqualTo("99 maximum recursion depth exceeded\n");
        assertThat(depthReached(plain, "f(0)")).isEqualTo("99 maximum recursion depth exceeded\n");
    }

    @Test
    void theCounterReturnsToZeroAfterUnwinding() {
        int before = CallDepth.current().depth;
        run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    pass\n");
        assertThat(CallDepth.current().depth).isEqualTo(before);
    }

    @Test
    void scriptThreadsCarryTheirOwnCounter() throws Exception {
        int[] seen = new int[2];
        ScriptThread t = new ScriptThread(() -> {
            CallDepth d = CallDepth.current();
            d.enter(10);
            seen[0] = d.frames();
            d.exit();
            seen[1] = d.frames();
        }, "depth-test", 1 << 20);
        t.start();
        t.join();
        assertThat(seen).containsExactly(2, 1);
    }
}
