package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.ModuleFork;
import dev.tauraro.script.runtime.PyList;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiprocessingModuleTest {
    private final Interpreter interp = new Interpreter(new PrintStream(PrintStream.nullOutputStream()),
            new PrintStream(PrintStream.nullOutputStream()), List.of(), false);

    @Test
    void everyBindingNamesAPublicMethodOfTheJavaApi() {
        for (AsyncioModule.Binding b : MultiprocessingModule.bindings(interp)) {
            assertThat(Arrays.stream(b.javaType().getMethods()).map(Method::getName).anyMatch(b.javaMember()::equals))
                    .as(b.pythonName() + " -> " + b.javaType().getSimpleName() + "." + b.javaMember()).isTrue();
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
}
