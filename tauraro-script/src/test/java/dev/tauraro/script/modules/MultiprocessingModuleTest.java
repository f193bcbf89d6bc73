package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.ModuleFork;
import dev.tauraro.script.runtime.PyList;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class MultiprocessingModuleTest {
    private final Interpreter interp = new Interpreter(new PrintStream(PrintStream.nullOutputStream()),
            new PrintStream(PrintStream.nullOutputStream()), List.of(), false);

    @Test
    void everyBindingNamesAPublicMemberOfTheJavaApi() {
        for (AsyncioModule.Binding b : MultiprocessingModule.bindings(interp)) {
            if (b.javaMember().equals("new")) { // an exception class: its Java twin is constructible
                assertThat(b.javaType().getConstructors()).as(b.pythonName() + " -> public constructor").isNotEmpty();
            } else {
                assertThat(Arrays.stream(b.javaType().getMethods()).map(Method::getName).anyMatch(b.javaMember()::equals))
                        .as(b.pythonName() + " -> " + b.javaType().getSimpleName() + "." + b.javaMember()).isTrue();
            }
            assertThat(MultiprocessingModule.create(interp).get(b.pythonName())).isNotNull();
        }
    }

    @Test
    void argumentsAndResultsAreCopiedAcrossTheWorkerBoundary() {
        PyList inner = new PyList(List.of(1L, 2L));
        PyList outer = new PyList(List.of(inner, "s"));
        PyList copy = (PyList) ModuleFork.transfer(outer, interp, null);
        assertThat(copy).isEqualTo(outer);
        assertThat(copy.get(0)).isNotSameAs(inner);
        ((PyList) copy.get(0)).add(3L);
        assertThat(inner).hasSize(2);
    }

    /** Runs a script and returns what it printed. */
    private static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Interpreter i = new Interpreter(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(PrintStream.nullOutputStream()), List.of(), true);
        i.runMain(new dev.tauraro.script.syntax.SourceFile("/tmp/mp_module_test.py", source));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void poolWorkersCountInTheirOwnCopyOfTheGlobals() {
        assertThat(run("import multiprocessing\nn = 0\ndef f(x):\n    global n\n    n += 1\n    return n\n"
                + "with multiprocessing.Pool(1) as p:\n    print(p.map(f, range(4)))\nprint(n)\n"))
                .isEqualTo("[1, 2, 3, 4]\n0\n");
    }

    @Test
    void aWorkersExceptionIsCaughtByTheCallersClass() {
        assertThat(run("import multiprocessing\nclass E(Exception):\n    pass\ndef f(x):\n    raise E(x)\n"
                + "with multiprocessing.Pool(2) as p:\n    try:\n        p.map(f, [7])\n"
                + "    except E as e:\n        print(type(e) is E, e)\n")).isEqualTo("True 7\n");
    }

    @Test
    void aProcessSubclassRunsItsOwnRunInTheChild() {
        assertThat(run("import multiprocessing\nlog = []\nclass P(multiprocessing.Process):\n"
                + "    def run(self):\n        log.append(self.name)\n        self.q.put(list(log))\n"
                + "q = multiprocessing.Queue()\np = P()\np.q = q\np.start()\nprint(q.get())\np.join()\n"
                + "print(log, p.exitcode)\n")).matches("\\['P-\\d+'\\]\n\\[\\] 0\n");
    }
}
