package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class InterpreterTest {
    private static String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        new Interpreter(ps, ps, List.of("t.py"), true).runMain(new SourceFile("t.py", code));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void interpretersInParallelThreadsShareNoState() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                results.add(pool.submit(() -> run("counter = 0\nfor i in range(20000):\n    counter += " + n
                        + "\nimport sys\nsys.marker = " + n + "\nprint(counter, sys.marker)\n")));
            }
            for (int i = 0; i < 8; i++) {
                assertThat(results.get(i).get()).isEqualTo((20000 * i) + " " + i + "\n");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachInterpreterHasItsOwnIntDigitLimit() throws Exception {
        // one interpreter lifts the limit while another, in the same JVM and at the same time, keeps 4300
        String lifted = "import sys, threading\nsys.set_int_max_str_digits(0)\n"
                + "print(sys.get_int_max_str_digits(), len(str(10 ** 5000)), int('7' * 5000) % 10)\n";
        String kept = "import sys\ntry:\n    str(10 ** 5000)\nexcept ValueError as e:\n    print(e)\n"
                + "print(sys.get_int_max_str_digits(), len(str(10 ** 4299)))\n";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Future<String> a = pool.submit(() -> run(lifted));
                Future<String> b = pool.submit(() -> run(kept));
                assertThat(a.get()).isEqualTo("0 5001 7\n");
                assertThat(b.get()).isEqualTo("Exceeds the limit (4300 digits) for integer string conversion; use "
                        + "sys.set_int_max_str_digits() to increase the limit\n4300 4300\n");
            }
        } finally {
            pool.shutdownNow();
        }
        // set in a script, the limit stays the interpreter's (not the thread's) for its later runs
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Interpreter interp = new Interpreter(ps, ps, List.of("t.py"), true);
        interp.runMain(new SourceFile("t.py", "import sys\nsys.set_int_max_str_digits(700)\n"));
        assertThat(interp.intMaxStrDigits).isEqualTo(700);
        assertThat(run("import sys\nprint(sys.get_int_max_str_digits())\n")).isEqualTo("4300\n");
    }

    @Test
    void builtinClassesAreImmutableSoTheyCanBeShared() {
        assertThatThrownBy(() -> run("int.foo = 1\n")).isInstanceOf(PyException.class)
                .hasMessage("TypeError: cannot set 'foo' attribute of immutable type 'int'");
    }

    @Test
    void uncaughtExceptionsCarryOneTracebackEntryPerFrame() {
        try {
            run("def a():\n    b()\ndef b():\n    raise ValueError('x')\na()\n");
        } catch (PyException e) {
            assertThat(e.value.traceback).extracting(PyBaseException.TraceEntry::function)
                    .containsExactly("b", "a", "<module>");
            assertThat(e.value.traceback).extracting(PyBaseException.TraceEntry::line).containsExactly(4, 2, 5);
            return;
        }
        throw new AssertionError("expected an exception");
    }

    @Test
    void generatorsSuspendAndResumeThroughLoopsTryAndFinally() {
        String out = run("def g():\n    try:\n        for i in range(3):\n            x = yield i\n"
                + "            print('sent', x)\n    finally:\n        print('closing')\n"
                + "it = g()\nprint(next(it))\nprint(it.send('a'))\nprint(list(it))\n");
        assertThat(out).isEqualTo("0\nsent a\n1\nsent None\nsent None\nclosing\n[2]\n");
    }

    @Test
    void coroutinesAwaitNestedCoroutinesWithoutGrowingTheStack() {
        String out = run("import asyncio\nasync def leaf(i):\n    return i\n"
                + "async def main():\n    total = 0\n    for i in range(200000):\n        total += await leaf(i)\n"
                + "    return total\nprint(asyncio.run(main()))\n");
        assertThat(out).isEqualTo("19999900000\n");
    }

    @Test
    void aSleepingCoroutineHoldsNoThread() {
        int before = Thread.activeCount();
        String out = run("import asyncio\nasync def sleeper(i):\n    await asyncio.sleep(1)\n    return i\n"
                + "async def main():\n    r = await asyncio.gather(*[sleeper(i) for i in range(20000)])\n"
                + "    print(len(r), sum(r))\nasyncio.run(main())\n");
        assertThat(out).isEqualTo("20000 199990000\n");
        assertThat(Thread.activeCount()).isLessThanOrEqualTo(before + 1);
    }
}
