package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaclassesTest {
    private static PyModule run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        Interpreter interp = new Interpreter(ps, ps, List.of("t.py"), true);
        interp.runMain(new SourceFile("t.py", code));
        return interp.modules().get("__main__");
    }

    private static PyClass plain(String name, PyClass... bases) {
        return PyClass.user(name, "__main__", bases, new HashMap<>());
    }

    @Test
    void classesWithoutAMetaclassStayOnTheFastPath() {
        PyModule m = run("class A:\n    pass\n");
        PyClass a = (PyClass) m.get("A");
        assertThat(a.customMetaclass()).isNull();
        assertThat(a.metaclass()).isSameAs(Types.TYPE);
        assertThat(Ops.type(a)).isSameAs(Types.TYPE);
    }

    @Test
    void theMostDerivedMetaclassWins() {
        PyModule m = run("class M(type):\n    pass\nclass N(M):\n    pass\nclass A(metaclass=M):\n    pass\n"
                + "class B(metaclass=N):\n    pass\n");
        PyClass a = (PyClass) m.get("A");
        PyClass b = (PyClass) m.get("B");
        assertThat(Metaclasses.winner(Types.TYPE, new PyClass[] {a, b})).isSameAs(m.get("N"));
        assertThat(plain("C", a, b).metaclass()).isSameAs(m.get("N"));
    }

    @Test
    void unrelatedMetaclassesConflict() {
        PyModule m = run("class M(type):\n    pass\nclass N(type):\n    pass\nclass A(metaclass=M):\n    pass\n"
                + "class B(metaclass=N):\n    pass\n");
        assertThatThrownBy(() -> Metaclasses.winner(Types.TYPE, new PyClass[] {(PyClass) m.get("A"),
            (PyClass) m.get("B")})).isInstanceOf(PyException.class).hasMessageStartingWith("TypeError: metaclass conflict");
    }

    @Test
    void builtinClassesRecordNoSubclassesSoInterpretersShareNothing() {
        PyClass mine = plain("Mine", Types.OBJECT);
        assertThat(Types.OBJECT.subclassList()).isEmpty();
        PyClass child = plain("Child", mine);
        assertThat(mine.subclassList()).containsExactly(child);
    }

    @Test
    void aClassStatementCallsTheMetaclassWithTheKeywords() {
        PyModule m = run("seen = []\nclass M(type):\n    def __new__(mcs, name, bases, ns, **kw):\n"
                + "        seen.append((name, kw))\n        return super().__new__(mcs, name, bases, ns)\n"
                + "class A(metaclass=M, flag=1):\n    pass\n");
        assertThat(Ops.repr(m.get("seen"))).isEqualTo("[('A', {'flag': 1})]");
        assertThat(((PyClass) m.get("A")).metaclass()).isSameAs(m.get("M"));
    }
}
