package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
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

    /**
     * Queue.shutdown as CPython 3.13 has it (3.11, the oracle of the conformance scripts, has
     * none): puts fail at once, gets take what is left and then fail, {@code immediate=True}
     * drops what is left.
     */
    @Test
    void queueShutdownAsInCPython313() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        new Interpreter(ps, ps, List.of("t.py"), true).runMain(new SourceFile("t.py", String.join("\n",
                "import asyncio",
                "async def main():",
                "    q = asyncio.Queue()",
                "    q.put_nowait(1)",
                "    q.shutdown()",
                "    try:",
                "        await q.put(2)",
                "    except asyncio.QueueShutDown as e:",
                "        print('put', type(e).__name__, isinstance(e, Exception))",
                "    print('get', await q.get())",
                "    try:",
                "        await q.get()",
                "    except asyncio.QueueShutDown:",
                "        print('get when empty: QueueShutDown')",
                "    q = asyncio.Queue()",
                "    q.put_nowait(1)",
                "    q.shutdown(immediate=True)",
                "    print('left', q.qsize())",
                "    try:",
                "        q.get_nowait()",
                "    except asyncio.QueueShutDown:",
                "        print('get after immediate: QueueShutDown')",
                "asyncio.run(main())",
                "")));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n",
                "put QueueShutDown True", "get 1", "get when empty: QueueShutDown", "left 0",
                "get after immediate: QueueShutDown", ""));
    }
}
