package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PyDerivedTest {
    private static Interpreter interp;

    private static PyModule run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        interp = new Interpreter(ps, ps, List.of("t.py"), true);
        interp.runMain(new SourceFile("t.py", code));
        return interp.modules().get("__main__");
    }

    @Test
    void aDictSubclassInstanceHoldsOneDictThatEveryPathWrites() {
        PyModule m = run("class D(dict):\n    def __setitem__(self, k, v):\n        super().__setitem__(k, v * 2)\n"
                + "d = D(a=1)\nd['b'] = 2\nd.update(c=3)\n");
        PyDerived d = (PyDerived) m.get("d");
        assertThat(d.type().name).isEqualTo("D");
        assertThat(Ops.repr(d.value)).isEqualTo("{'a': 1, 'b': 4, 'c': 3}");
        assertThat(Ops.len(d)).isEqualTo(3);
    }

    @Test
    void immutableBasesAreFixedByNewAndHashAsTheirValue() {
        PyModule m = run("class S(str):\n    pass\nclass I(int):\n    pass\ns = S('x')\ni = I(7)\n");
        assertThat(((PyDerived) m.get("s")).value).isEqualTo("x");
        assertThat(Ops.pyHash(m.get("s"))).isEqualTo(Ops.pyHash("x"));
        assertThat(Ops.eq(7L, m.get("i"))).isTrue();
        assertThat(Ops.toLong(m.get("i"))).isEqualTo(7L);
    }

    @Test
    void plainClassesStillMakePlainInstances() {
        PyModule m = run("class P:\n    pass\np = P()\n");
        assertThat(m.get("p").getClass()).isEqualTo(PyInstance.class);
    }

    @Test
    void forkedCopiesKeepTheSubclassAndACycleThroughTheContainer() {
        PyModule m = run("class L(list):\n    pass\nl = L([1])\nl.append(l)\nl.tag = 'x'\n");
        Object copy = ModuleFork.transfer(m.get("l"), interp, ModuleFork.fork(interp, null));
        assertThat(copy).isInstanceOf(PyDerived.class).isNotSameAs(m.get("l"));
        PyDerived c = (PyDerived) copy;
        assertThat(c.type().name).isEqualTo("L");
        assertThat(((PyList) c.value).get(1)).isSameAs(c);
        assertThat(c.getOwn("tag")).isEqualTo("x");
    }
}
