package dev.tauraro.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@Timeout(60)
public class TauraroTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Tauraro py = Tauraro.builder().stdout(out).stderr(err).build();

    @AfterEach
    void close() {
        py.close();
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textAndNumbersReadTheSameInATurkishDefaultLocale() {
        // Python's case mappings and number parsing do not depend on the JVM's locale ('i'.upper()
        // is 'İ' and "INF".toLowerCase() is "ınf" in Turkish with Java's locale-sensitive methods)
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(py.eval("['i'.upper(), 'I'.lower(), 'title'.title(), 'IX'.casefold(), 'iii'.capitalize(), "
                    + "float('INF'), int('0XFF', 16), '%X' % 255, complex('1J').imag]"))
                    .isEqualTo(List.of("I", "i", "Title", "ix", "Iii", Double.POSITIVE_INFINITY, 255L, "FF", 1.0));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void theReadmeExampleRunsAsItSays(@TempDir Path scripts) {
        try (Tauraro py = Tauraro.builder().stdout(out).modulePath(scripts).build()) {
            py.exec("import asyncio\n"
                    + "def top(xs, n):\n    return sorted(xs, reverse=True)[:n]\n"
                    + "async def fetch(m):\n    await asyncio.sleep(0.1)\n    return (await m) * 2\n");
            assertThat(py.call("top", List.of(3, 9, 4, 7), 2)).isEqualTo(List.of(9L, 7L));
            assertThat((long) (Long) py.eval("len(top([1, 2, 3], 5))")).isEqualTo(3L);
            StringBuilder log = new StringBuilder();
            py.setGlobal("log", log);
            py.exec("log.append('best=').append(top([5, 8], 1)[0])");
            assertThat(log).hasToString("best=8");
            Mono<?> later = (Mono<?>) py.call("fetch", Mono.just(21));
            assertThat(later.block(Duration.ofSeconds(30))).isEqualTo(42L);
        }
    }

    // ------------------------------------------------------------------ builder

    @Test
    void stdoutAndStderrReceiveWhatTheScriptPrints() {
        py.exec("import sys\nprint('out', 1)\nprint('err', file=sys.stderr)\nsys.stdout.write('x\\n')");
        assertThat(stdout()).isEqualTo("out 1\nx\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("err\n");
    }

    @Test
    void stdinFeedsInputAndSysStdin() {
        try (Tauraro t = Tauraro.builder().stdout(out)
                .stdin(new ByteArrayInputStream("first\nsecond line\n".getBytes(StandardCharsets.UTF_8))).build()) {
            t.exec("import sys\na = input()\nb = sys.stdin.readline()");
            assertThat(t.getGlobal("a")).isEqualTo("first");
            assertThat(t.getGlobal("b")).isEqualTo("second line\n");
        }
    }

    @Test
    void argvBecomesSysArgvAndDefaultsToOneEmptyString() {
        py.exec("import sys");
        assertThat(py.eval("sys.argv")).isEqualTo(List.of(""));
        try (Tauraro t = Tauraro.builder().argv("prog", "-v").build()) {
            t.exec("import sys");
            assertThat(t.eval("sys.argv")).isEqualTo(List.of("prog", "-v"));
        }
    }

    @Test
    void modulePathIsSearchedByImport(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("helper.py"), "def twice(x):\n    return 2 * x\n");
        try (Tauraro t = Tauraro.builder().modulePath(dir).build()) {
            t.exec("import helper");
            assertThat(t.eval("helper.twice(21)")).isEqualTo(42L);
        }
        assertThatThrownBy(() -> py.exec("import helper")).isInstanceOf(TauraroException.class)
                .hasMessage("ModuleNotFoundError: No module named 'helper'");
    }

    @Test
    void virtualTimeMakesAsyncioSleepsInstant() {
        try (Tauraro t = Tauraro.builder().virtualTime(true).build()) {
            t.exec("import asyncio, time\nasync def main():\n    await asyncio.sleep(3600)\n    return 'slept'\n"
                    + "start = time.monotonic()\nr = asyncio.run(main())\nelapsed = time.monotonic() - start");
            assertThat(t.getGlobal("r")).isEqualTo("slept");
            assertThat((Double) t.getGlobal("elapsed")).isLessThan(60.0);
        }
    }

    // ------------------------------------------------------------------ eval / exec

    @Test
    void evalReturnsTheValueOfAnExpressionInMain() {
        assertThat(py.eval("1 + 1")).isEqualTo(2L);
        py.exec("x = 20");
        assertThat(py.eval("x * 2 + 2")).isEqualTo(42L);
        py.exec("x = 1");
        assertThat(py.eval("x * 2 + 2")).isEqualTo(4L); // a cached compilation still reads the global
        assertThat(py.eval("None")).isNull();
    }

    @Test
    void evalRefusesStatementsAsPythonsEvalDoes() {
        TauraroException e = catchThrowableOfType(() -> py.eval("y = 1"), TauraroException.class);
        assertThat(e.pythonType()).isEqualTo("SyntaxError");
        assertThat(e.pythonMessage()).isEqualTo("invalid syntax");
        assertThat(py.getGlobal("y")).isNull();
    }

    @Test
    void execRunsStatementsWhoseNamesStayDefined() {
        py.exec("def f(a, b=2):\n    return a + b\nclass K:\n    pass\nk = K()\n");
        assertThat(py.eval("f(1)")).isEqualTo(3L);
        py.exec("k.v = 'kept'");
        assertThat(py.eval("k.v")).isEqualTo("kept");
    }

    @Test
    void execOfAFileNamesTheFileInTracebacks(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("job.py");
        Files.writeString(file, "def ok():\n    return 'fine'\n\ndef bad():\n    raise KeyError('k')\n");
        py.exec(file);
        assertThat(py.call("ok")).isEqualTo("fine");
        assertThat(py.getGlobal("__file__")).isEqualTo(file.toString());
        TauraroException e = catchThrowableOfType(() -> py.call("bad"), TauraroException.class);
        assertThat(e.traceback()).isEqualTo("Traceback (most recent call last):\n"
                + "  File \"" + file + "\", line 5, in bad\n"
                + "    raise KeyError('k')\n"
                + "KeyError: 'k'\n");
    }

    // ------------------------------------------------------------------ call / globals

    @Test
    void callConvertsArgumentsAndResult() {
        py.exec("def describe(xs, d, s, b):\n    return [sum(xs), sorted(d.items()), s.upper(), b[::-1], len(xs)]");
        Object r = py.call("describe", List.of(1, 2, 3), Map.of("a", 1.5), "hi", new byte[] {1, 2});
        assertThat(r).asList().hasSize(5);
        List<?> l = (List<?>) r;
        assertThat(l.get(0)).isEqualTo(6L);
        assertThat(l.get(1)).isEqualTo(List.of(List.of("a", 1.5)));
        assertThat(l.get(2)).isEqualTo("HI");
        assertThat((byte[]) l.get(3)).containsExactly(2, 1);
        assertThat(l.get(4)).isEqualTo(3L);
    }

    @Test
    void callOfAnUnboundNameIsANameError() {
        assertThatThrownBy(() -> py.call("nothing")).isInstanceOf(TauraroException.class)
                .hasMessage("NameError: name 'nothing' is not defined");
    }

    @Test
    void globalsConvertBothWays() {
        py.setGlobal("n", 7);
        py.setGlobal("big", BigInteger.TWO.pow(100));
        py.setGlobal("f", 2.5f);
        py.setGlobal("s", "text");
        py.setGlobal("nothing", null);
        py.setGlobal("flag", true);
        py.setGlobal("bs", new byte[] {104, 105});
        py.setGlobal("nested", Map.of("k", List.of(1, Set.of("x"))));
        assertThat(py.eval("(type(n).__name__, n + 1)")).isEqualTo(List.of("int", 8L));
        assertThat(py.eval("big + 1")).isEqualTo(BigInteger.TWO.pow(100).add(BigInteger.ONE));
        assertThat(py.eval("f * 2")).isEqualTo(5.0);
        assertThat(py.eval("s + '!'")).isEqualTo("text!");
        assertThat(py.eval("nothing is None and flag is True")).isEqualTo(true);
        assertThat(py.eval("bs.decode()")).isEqualTo("hi");
        assertThat(py.eval("type(nested).__name__ + type(nested['k']).__name__ + type(nested['k'][1]).__name__"))
                .isEqualTo("dictlistset");
        py.exec("t = (1, 'a')\nd = {'z': 1, 'a': [None]}\nb = 2 ** 70\nby = b'\\x00\\xff'");
        assertThat(py.getGlobal("t")).isEqualTo(List.of(1L, "a"));
        assertThat(py.getGlobal("d")).isEqualTo(Map.of("z", 1L, "a", java.util.Arrays.asList((Object) null)));
        assertThat(List.copyOf(((Map<?, ?>) py.getGlobal("d")).keySet())).isEqualTo(List.of("z", "a"));
        assertThat(py.getGlobal("b")).isEqualTo(BigInteger.TWO.pow(70));
        assertThat((byte[]) py.getGlobal("by")).containsExactly(0, -1);
        assertThat(py.getGlobal("unbound")).isNull();
    }

    /** A plain Java type for scripts to use. */
    public static final class Account {
        public final String owner;
        public long balance;

        public Account(String owner) {
            this.owner = owner;
        }

        public long deposit(long amount) {
            if (amount <= 0) {
                throw new IllegalArgumentException("amount must be positive");
            }
            balance += amount;
            return balance;
        }

        public String describe(double rate) {
            return owner + " at " + rate;
        }

        public String describe(long times) {
            return owner + " x" + times;
        }

        public static String apply(Function<String, String> f, String s) {
            return f.apply(s);
        }
    }

    @Test
    void otherJavaObjectsShowTheirPublicMethodsAndFields() {
        Account a = new Account("ann");
        py.setGlobal("acct", a);
        py.exec("acct.deposit(5)\nr = acct.deposit(10)\nname = acct.owner\nbal = acct.balance\n"
                + "picked = [acct.describe(2), acct.describe(0.5)]\nsame = type(acct).__name__");
        assertThat(a.balance).isEqualTo(15);
        assertThat(py.getGlobal("r")).isEqualTo(15L);
        assertThat(py.getGlobal("name")).isEqualTo("ann");
        assertThat(py.getGlobal("bal")).isEqualTo(15L);
        assertThat(py.getGlobal("picked")).isEqualTo(List.of("ann x2", "ann at 0.5"));
        assertThat(py.getGlobal("same")).isEqualTo("Account");
        assertThat(py.getGlobal("acct")).isSameAs(a);
        assertThatThrownBy(() -> py.exec("acct.missing")).isInstanceOf(TauraroException.class)
                .hasMessage("AttributeError: 'dev.tauraro.script.Account' object has no attribute 'missing'");
    }

    /** A Java type with a static field a script assigns. */
    public static final class Limits {
        public static int maximum = 10;
        public static final int MINIMUM = 1;
    }

    @Test
    void scriptsAssignPublicFieldsThatAreNotFinal() {
        Account a = new Account("dee");
        py.setGlobal("acct", a);
        py.exec("acct.balance = 40\nacct.balance += 2\n");
        assertThat(a.balance).isEqualTo(42);
        assertThatThrownBy(() -> py.exec("acct.owner = 'eve'")).isInstanceOf(TauraroException.class)
                .hasMessage("AttributeError: 'dev.tauraro.script.Account' object attribute 'owner' is read-only");
        assertThatThrownBy(() -> py.exec("acct.balance = 'lots'")).isInstanceOf(TauraroException.class)
                .hasMessage("TypeError: cannot assign 'str' to the Java field Account.balance of type long");
        assertThatThrownBy(() -> py.exec("acct.deposit = 1")).isInstanceOf(TauraroException.class)
                .hasMessage("AttributeError: 'dev.tauraro.script.Account' object attribute 'deposit' is read-only");
        assertThat(a.owner).isEqualTo("dee");
        assertThat(a.balance).isEqualTo(42);

        py.setGlobal("Limits", Limits.class);
        try {
            py.exec("Limits.maximum = Limits.maximum * 3\n");
            assertThat(Limits.maximum).isEqualTo(30);
            assertThatThrownBy(() -> py.exec("Limits.maximum = 2 ** 40")).isInstanceOf(TauraroException.class)
                    .hasMessage("TypeError: cannot assign 'int' to the Java field Limits.maximum of type int");
            assertThatThrownBy(() -> py.exec("Limits.MINIMUM = 0")).isInstanceOf(TauraroException.class)
                    .hasMessageStartingWith("AttributeError: ").hasMessageEndingWith("attribute 'MINIMUM' is read-only");
        } finally {
            Limits.maximum = 10;
        }
    }

    @Test
    void javaClassesConstructAndGiveStaticMembersAndScriptCallablesImplementFunctionalInterfaces() {
        py.setGlobal("Account", Account.class);
        py.setGlobal("StringBuilder", StringBuilder.class);
        py.exec("a = Account('bo')\nsb = StringBuilder('x')\nsb.append(5).append('y')\n"
                + "out = Account.apply(lambda s: s * 3, 'ab')");
        py.setGlobal("String", String.class);
        assertThat(py.eval("String.format('%s-%d', 'a', 3)")).isEqualTo("a-3"); // varargs
        assertThat(py.getGlobal("a")).isInstanceOf(Account.class);
        assertThat(py.getGlobal("sb").toString()).isEqualTo("x5y");
        assertThat(py.getGlobal("out")).isEqualTo("ababab");
    }

    @Test
    void aJavaExceptionInACalledMethodIsAPythonExceptionWithTheJavaCause() {
        py.setGlobal("acct", new Account("cy"));
        py.exec("try:\n    acct.deposit(-1)\nexcept ValueError as e:\n    caught = str(e)\n");
        assertThat(py.getGlobal("caught")).isEqualTo("java.lang.IllegalArgumentException: amount must be positive");
        TauraroException e = catchThrowableOfType(() -> py.exec("acct.deposit(0)"), TauraroException.class);
        assertThat(e.pythonType()).isEqualTo("ValueError");
        assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class).hasMessage("amount must be positive");
    }

    // ------------------------------------------------------------------ coroutines

    @Test
    void aScriptCoroutineIsAColdMono() {
        py.exec("import asyncio\nstarted = []\nasync def work(n):\n    started.append(n)\n"
                + "    await asyncio.sleep(0.01)\n    return n * 2\n");
        Object m = py.call("work", 21);
        assertThat(m).isInstanceOf(Mono.class);
        assertThat(py.eval("started")).isEqualTo(List.of()); // nothing runs before subscription
        @SuppressWarnings("unchecked")
        Mono<Object> mono = (Mono<Object>) m;
        StepVerifier.create(mono).expectNext(42L).expectComplete().verify(Duration.ofSeconds(30));
        assertThat(py.eval("started")).isEqualTo(List.of(21L));
    }

    @Test
    void aScriptCoroutineFailingIsATauraroExceptionSignal() {
        py.exec("async def fail():\n    raise LookupError('gone')\n");
        @SuppressWarnings("unchecked")
        Mono<Object> mono = (Mono<Object>) py.call("fail");
        StepVerifier.create(mono).expectErrorSatisfies(e -> {
            assertThat(e).isInstanceOf(TauraroException.class).hasMessage("LookupError: gone");
        }).verify(Duration.ofSeconds(30));
    }

    @Test
    void cancellingACoroutinesMonoRaisesCancelledErrorAtItsAwait() throws InterruptedException {
        py.exec("import asyncio\nevents = []\nasync def slow(tag):\n    events.append(tag + ' started')\n"
                + "    try:\n        await asyncio.sleep(60)\n    except asyncio.CancelledError:\n"
                + "        events.append(tag + ' cancelled')\n        raise\n    finally:\n"
                + "        events.append(tag + ' cleaned up')\n    return 'finished'\n");
        @SuppressWarnings("unchecked")
        Mono<Object> disposed = (Mono<Object>) py.call("slow", "a");
        List<Object> signals = new java.util.concurrent.CopyOnWriteArrayList<>();
        reactor.core.Disposable d = disposed.subscribe(signals::add, signals::add, () -> signals.add("complete"));
        awaitEvents(List.of("a started"));
        d.dispose();
        awaitEvents(List.of("a started", "a cancelled", "a cleaned up"));

        // Reactor's own timeout cancels the subscription the same way
        @SuppressWarnings("unchecked")
        Mono<Object> timed = (Mono<Object>) py.call("slow", "b");
        StepVerifier.create(timed.timeout(Duration.ofMillis(300)))
                .expectError(java.util.concurrent.TimeoutException.class).verify(Duration.ofSeconds(30));
        awaitEvents(List.of("a started", "a cancelled", "a cleaned up", "b started", "b cancelled", "b cleaned up"));
        assertThat(signals).isEmpty(); // the disposed subscriber got neither the CancelledError nor a value
    }

    /** Waits (at most 30 s) until the script's {@code events} list equals {@code expected}. */
    private void awaitEvents(List<String> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!py.eval("events").equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(py.eval("events")).isEqualTo(expected);
    }

    @Test
    void aJavaMonoIsAwaitableInAScript() {
        py.setGlobal("later", Mono.delay(Duration.ofMillis(20)).thenReturn(List.of("from", "java")));
        py.exec("import asyncio, threading\nasync def main(m):\n    v = await m\n"
                + "    return (v, threading.current_thread().name)\n");
        py.exec("result = asyncio.run(main(later))");
        assertThat(py.getGlobal("result")).isEqualTo(List.of(List.of("from", "java"), "MainThread"));
        @SuppressWarnings("unchecked")
        Mono<Object> viaJava = (Mono<Object>) py.call("main", Mono.just(5));
        assertThat(viaJava.block(Duration.ofSeconds(30))).asList().first().isEqualTo(5L);
    }

    // ------------------------------------------------------------------ isolation and threads

    @Test
    void twoInterpretersInParallelThreadsStayIsolated() throws Exception {
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Object>> results = new java.util.ArrayList<>();
            for (int n = 1; n <= 2; n++) {
                int id = n;
                results.add(threads.submit(() -> {
                    ByteArrayOutputStream own = new ByteArrayOutputStream();
                    try (Tauraro t = Tauraro.builder().stdout(own).argv("interp" + id).build()) {
                        t.exec("import sys, json, random\nsys.marker = " + id + "\njson.marker = " + id
                                + "\nrandom.seed(" + id + ")\nclass Shared:\n    tag = " + id + "\n"
                                + "total = 0\nfor i in range(50000):\n    total += " + id + "\n"
                                + "print(sys.argv[0], total)");
                        // the other interpreter ran meanwhile; nothing of its state shows here
                        return List.of(t.eval("(sys.marker, json.marker, Shared.tag, total, sys.argv)"),
                                own.toString(StandardCharsets.UTF_8));
                    }
                }));
            }
            assertThat(results.get(0).get()).isEqualTo(List.of(List.of(1L, 1L, 1L, 50000L, List.of("interp1")),
                    "interp1 50000\n"));
            assertThat(results.get(1).get()).isEqualTo(List.of(List.of(2L, 2L, 2L, 100000L, List.of("interp2")),
                    "interp2 100000\n"));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCallIntoAnotherInterpreterFromInsideOneSeesNoneOfItsFramesOrExceptions() {
        try (Tauraro other = Tauraro.create()) {
            other.exec("import sys\ndef look():\n"
                    + "    return (sys.exc_info()[0] is None, sys._getframe().f_back is None)\n");
            py.setGlobal("other", other);
            py.exec("def outer():\n    try:\n        raise KeyError('mine')\n    except KeyError:\n"
                    + "        return other.call('look')\n");
            assertThat(py.call("outer")).isEqualTo(List.of(true, true));
        }
    }

    @Test
    void javaThreadsCallingOneInterpreterTakeTurnsUnderTheGil() throws Exception {
        py.exec("import threading\nseen = []\ndef record(who, n):\n    for i in range(n):\n"
                + "        seen.append(who)\n    return len([w for w in seen if w == who])\n");
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = threads.submit(() -> py.call("record", "a", 20000));
            var b = threads.submit(() -> py.call("record", "b", 20000));
            assertThat(a.get()).isEqualTo(20000L);
            assertThat(b.get()).isEqualTo(20000L);
            assertThat(py.eval("len(seen)")).isEqualTo(40000L);
        } finally {
            threads.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ close

    private static List<Thread> scriptThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(th -> th.getName().endsWith("(spin)") || th.getName().endsWith("(sleeper)"))
                .filter(Thread::isAlive).toList();
    }

    @Test
    void closeStopsScriptThreadsAndPoolsAndRefusesLaterCalls() throws Exception {
        Tauraro t = Tauraro.builder().stdout(out).stderr(err).build();
        t.exec("import threading, time, multiprocessing\nstop = False\n"
                + "def spin():\n    while not stop:\n        pass\n"
                + "def sleeper():\n    while True:\n        time.sleep(0.01)\n"
                + "threads = [threading.Thread(target=spin), threading.Thread(target=sleeper)]\n"
                + "for th in threads:\n    th.start()\n"
                + "pool = multiprocessing.Pool(2)\n"
                + "import atexit\natexit.register(lambda: print('atexit ran'))\n");
        assertThat(scriptThreads()).hasSize(2);
        t.close();
        assertThat(scriptThreads()).isEmpty();
        assertThat(stdout()).isEqualTo("atexit ran\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThatThrownBy(() -> t.eval("1")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the interpreter is closed");
        t.close(); // idempotent
    }
}
