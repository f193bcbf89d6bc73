package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.runtime.Interpreter;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AsyncioModuleTest {
    private final Interpreter interp = new Interpreter(new PrintStream(PrintStream.nullOutputStream()),
            new PrintStream(PrintStream.nullOutputStream()), List.of(), true);

    @Test
    void everyBindingNamesAPublicMemberOfTheJavaApi() {
        for (AsyncioModule.Binding b : AsyncioModule.bindings(interp)) {
            Class<?> type = b.javaType();
            assertThat(Modifier.isPublic(type.getModifiers())).as(b.pythonName()).isTrue();
            if (b.javaMember().equals("new")) {
                assertThat(Arrays.stream(type.getConstructors()).anyMatch(c -> Modifier.isPublic(c.getModifiers())))
                        .as(b.pythonName() + " -> public constructor of " + type.getSimpleName()).isTrue();
                continue;
            }
            boolean method = Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(b.javaMember()::equals);
            boolean constant = Arrays.stream(type.getFields()).map(Field::getName).anyMatch(b.javaMember()::equals);
            assertThat(method || constant).as(b.pythonName() + " -> " + type.getSimpleName() + "." + b.javaMember())
                    .isTrue();
        }
    }

    @Test
    void pythonNamesAreUniqueAndSnakeCaseOnlyOnThePythonSide() {
        List<AsyncioModule.Binding> table = AsyncioModule.bindings(interp);
        Set<String> seen = new HashSet<>();
        for (AsyncioModule.Binding b : table) {
            assertThat(seen.add(b.pythonName())).as("duplicate " + b.pythonName()).isTrue();
            boolean constant = b.javaMember().chars().allMatch(c -> Character.isUpperCase(c) || c == '_');
            if (!constant) {
                assertThat(b.javaMember()).doesNotContain("_");
            }
        }
    }

    @Test
    void theModuleExposesExactlyTheTable() {
        var module = AsyncioModule.create(interp);
        for (AsyncioModule.Binding b : AsyncioModule.bindings(interp)) {
            assertThat(module.get(b.pythonName())).as(b.pythonName()).isNotNull();
        }
        assertThat(module.get("gather")).isNotNull();
        assertThat(module.get("run")).isNotNull();
    }
}
