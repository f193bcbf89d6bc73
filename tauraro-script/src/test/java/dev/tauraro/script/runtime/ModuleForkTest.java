package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.syntax.SourceFile;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ModuleForkTest {
    private final Interpreter interp = new Interpreter(new PrintStream(PrintStream.nullOutputStream()),
            new PrintStream(PrintStream.nullOutputStream()), List.of(), true);

    private PyModule run(String source) {
        return interp.runMain(new SourceFile("/tmp/fork_test_main.py", source));
    }

    @Test
    void aForkedFunctionWritesTheForksGlobalsNotTheParents() {
        PyModule main = run("counter = 0\ndef bump():\n    global counter\n    counter += 1\n    return counter\n");
        ModuleFork fork = ModuleFork.fork(interp, null);
        Object bump = ModuleFork.transfer(main.get("bump"), interp, fork);
        assertThat(bump).isNotSameAs(main.get("bump")).isSameAs(fork.module("__main__").get("bump"));
        assertThat(((PyFunction) bump).call0()).isEqualTo(1L);
        assertThat(((PyFunction) bump).call0()).isEqualTo(2L);
        assertThat(main.get("counter")).isEqualTo(0L);
        assertThat(fork.module("__main__").get("counter")).isEqualTo(2L);
        assertThat(((PyFunction) main.get("bump")).call0()).isEqualTo(1L);
    }

    @Test
    void aForkSeesTheGlobalsAsTheyWereWhenItWasMade() {
        PyModule main = run("items = [1, 2]\ndef get():\n    return items\n");
        ModuleFork fork = ModuleFork.fork(interp, null);
        ((PyList) main.get("items")).add(3L);
        PyFunction get = (PyFunction) ModuleFork.transfer(main.get("get"), interp, fork);
        assertThat((PyList) get.call0()).containsExactly(1L, 2L);
    }

    @Test
    void sharedStructureAndCyclesSurviveTheCopy() {
        PyModule main = run("a = []\na.append(a)\nb = [a, a]\n");
        ModuleFork fork = ModuleFork.fork(interp, null);
        PyList a = (PyList) fork.module("__main__").get("a");
        PyList b = (PyList) fork.module("__main__").get("b");
        assertThat(a).isNotSameAs(main.get("a"));
        assertThat(a.get(0)).isSameAs(a);
        assertThat(b.get(0)).isSameAs(a).isSameAs(b.get(1));
    }

    @Test
    void classesAreRecreatedAndInstancesComeBackAsTheParentsClass() {
        PyModule main = run("class P:\n    def __init__(self, x):\n        self.x = x\n"
                + "    def twice(self):\n        return P(self.x * 2)\np = P(4)\n");
        ModuleFork fork = ModuleFork.fork(interp, null);
        PyClass forked = (PyClass) fork.module("__main__").get("P");
        assertThat(forked).isNotSameAs(main.get("P"));
        PyInstance p = (PyInstance) fork.module("__main__").get("p");
        assertThat(p.type()).isSameAs(forked);
        Object twice = Ops.call(Ops.getAttr(p, "twice"));
        assertThat(((PyInstance) twice).type()).isSameAs(forked);
        PyInstance back = (PyInstance) ModuleFork.transfer(twice, interp, null);
        assertThat(back.type()).isSameAs(main.get("P"));
        assertThat(back.getOwn("x")).isEqualTo(8L);
    }

    @Test
    void closuresAndDefaultsAreCopiedWithTheFunction() {
        PyModule main = run("def make():\n    seen = []\n    def f(x, acc=[]):\n        seen.append(x)\n"
                + "        acc.append(x)\n        return len(seen), len(acc)\n    return f, seen\nf, seen = make()\n");
        ModuleFork fork = ModuleFork.fork(interp, null);
        PyFunction f = (PyFunction) fork.module("__main__").get("f");
        assertThat(f.call1(1L)).isEqualTo(new PyTuple(new Object[] {1L, 1L}));
        assertThat(f.closure[0]).isNotSameAs(((PyFunction) main.get("f")).closure[0]);
        assertThat((PyList) fork.module("__main__").get("seen")).containsExactly(1L);
        assertThat((PyList) main.get("seen")).isEmpty();
    }

    @Test
    void libraryModulesAndTheirSentinelsAreShared() {
        PyModule main = run("import dataclasses\n@dataclasses.dataclass\nclass D:\n    x: int = 1\n");
        ModuleFork fork = ModuleFork.fork(interp, null);
        assertThat(fork.module("__main__").get("dataclasses")).isSameAs(main.get("dataclasses"));
        assertThat(fork.module("dataclasses")).isNull();
        Object d = Ops.call(fork.module("__main__").get("D"));
        assertThat(Ops.repr(d)).isEqualTo("D(x=1)");
    }

    @Test
    void aForkOfAForkCopiesTheForksState() {
        run("n = 1\ndef inc():\n    global n\n    n += 1\n    return n\n");
        ModuleFork first = ModuleFork.fork(interp, null);
        ((PyFunction) first.module("__main__").get("inc")).call0();
        ModuleFork second = ModuleFork.fork(interp, first);
        assertThat(((PyFunction) second.module("__main__").get("inc")).call0()).isEqualTo(3L);
        assertThat(first.module("__main__").get("n")).isEqualTo(2L);
    }
}
