package dev.tauraro.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.function.IntBinaryOperator;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class TauraroScriptEngineFactoryTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();
    private final ScriptEngine engine = manager.getEngineByName("python");
    private final StringWriter out = new StringWriter();

    @AfterEach
    void close() throws Exception {
        ((AutoCloseable) engine).close();
    }

    @Test
    void theManagerFindsTheEngineByNameExtensionAndMimeType() throws Exception {
        assertThat(engine).isNotNull();
        assertThat(engine.getFactory()).isInstanceOf(TauraroScriptEngineFactory.class);
        for (ScriptEngine e : List.of(manager.getEngineByName("tauraro"), manager.getEngineByExtension("py"),
                manager.getEngineByMimeType("text/x-python"))) {
            assertThat(e.getFactory().getEngineName()).isEqualTo("Tauraro");
            ((AutoCloseable) e).close();
        }
        assertThat(engine.getFactory().getParameter(ScriptEngine.LANGUAGE)).isEqualTo("python");
        assertThat(engine.getFactory().getParameter("THREADING")).isEqualTo("MULTITHREADED");
    }

    @Test
    void factoryProgramsRunInTheEngine() throws Exception {
        TauraroScriptEngineFactory f = new TauraroScriptEngineFactory();
        engine.getContext().setWriter(out);
        engine.eval(f.getProgram("s = 'it''s'", f.getOutputStatement("a 'quoted'\\ line"),
                f.getMethodCallSyntax("s", "upper")));
        assertThat(out.toString()).isEqualTo("a 'quoted'\\ line\n");
        assertThat(engine.eval(f.getMethodCallSyntax("s", "upper"))).isEqualTo("ITS");
    }

    @Test
    void evalReturnsTheLastExpressionAndWritesToTheContextWriter() throws Exception {
        engine.getContext().setWriter(out);
        assertThat(engine.eval("x = 6\nprint('hello')\nx * 7")).isEqualTo(42L);
        assertThat(engine.eval("y = 1")).isNull();
        assertThat(engine.eval(new StringReader("x + y"))).isEqualTo(7L);
        assertThat(out.toString()).isEqualTo("hello\n");
    }

    @Test
    void engineScopeBindingsAreTheScriptsGlobals() throws Exception {
        engine.put("items", List.of(3, 1, 2));
        engine.eval("items.sort()\nbiggest = items[-1]");
        assertThat(engine.get("biggest")).isEqualTo(3L);
        assertThat(engine.get("items")).isEqualTo(List.of(1L, 2L, 3L));
        Bindings b = engine.getBindings(ScriptContext.ENGINE_SCOPE);
        assertThat(b.containsKey("biggest")).isTrue();
        assertThat(b.remove("biggest")).isEqualTo(3L);
        assertThatThrownBy(() -> engine.eval("biggest")).isInstanceOf(ScriptException.class)
                .hasMessage("NameError: name 'biggest' is not defined");
    }

    @Test
    void createdBindingsAreSeparateNamespaces() throws Exception {
        Bindings other = engine.createBindings();
        engine.eval("who = 'main'");
        engine.eval("who = 'other'", other);
        assertThat(engine.eval("who")).isEqualTo("main");
        assertThat(other.get("who")).isEqualTo("other");
    }

    @Test
    void foreignBindingsAreCopiedInAndBack() throws Exception {
        SimpleBindings b = new SimpleBindings();
        b.put("n", 4);
        assertThat(engine.eval("m = n * n\nm + 1", b)).isEqualTo(17L);
        assertThat(b.get("m")).isEqualTo(16L);
        manager.put("shared", "from the manager");
        assertThat(engine.eval("shared")).isEqualTo("from the manager");
    }

    @Test
    void aContextGivesStreamsAndFileName() throws Exception {
        SimpleScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
        StringWriter err = new StringWriter();
        ctx.setWriter(out);
        ctx.setErrorWriter(err);
        ctx.setReader(new StringReader("typed\n"));
        ctx.setAttribute(ScriptEngine.FILENAME, "job.py", ScriptContext.ENGINE_SCOPE);
        engine.eval("import sys\nprint(input() + ' ✓')\nprint('e', file=sys.stderr)", ctx);
        assertThat(out.toString()).isEqualTo("typed ✓\n");
        assertThat(err.toString()).isEqualTo("e\n");
        ScriptException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> engine.eval("def f():\n    return 1 / 0\nf()", ctx), ScriptException.class);
        assertThat(e).hasMessage("ZeroDivisionError: division by zero");
        assertThat(((TauraroException) e.getCause()).traceback()).isEqualTo("Traceback (most recent call last):\n"
                + "  File \"job.py\", line 3, in <module>\n  File \"job.py\", line 2, in f\n"
                + "ZeroDivisionError: division by zero\n");
    }

    @Test
    void syntaxErrorsAreScriptExceptions() {
        assertThatThrownBy(() -> engine.eval("def (")).isInstanceOf(ScriptException.class)
                .hasCauseInstanceOf(TauraroException.class)
                .satisfies(e -> assertThat(((TauraroException) e.getCause()).pythonType()).isEqualTo("SyntaxError"));
        assertThatThrownBy(() -> ((Compilable) engine).compile("x = = 1")).isInstanceOf(ScriptException.class);
    }

    @Test
    void compiledScriptsRunInAnyNamespace() throws Exception {
        CompiledScript script = ((Compilable) engine).compile("count = globals().get('count', 0) + 1\ncount");
        assertThat(script.getEngine()).isSameAs(engine);
        assertThat(script.eval()).isEqualTo(1L);
        assertThat(script.eval()).isEqualTo(2L);
        Bindings other = engine.createBindings();
        assertThat(script.eval(other)).isEqualTo(1L);
        assertThat(script.eval()).isEqualTo(3L);
    }

    @Test
    void invocableCallsFunctionsAndMethodsAndImplementsInterfaces() throws Exception {
        engine.eval("def add(a, b):\n    return a + b\n"
                + "def applyAsInt(a, b):\n    return a * b\n"
                + "class Greeter:\n    def greet(self, who):\n        return 'hi ' + who\n"
                + "g = Greeter()");
        Invocable inv = (Invocable) engine;
        assertThat(inv.invokeFunction("add", 2, 3)).isEqualTo(5L);
        assertThat(inv.invokeMethod(engine.get("g"), "greet", "bo")).isEqualTo("hi bo");
        assertThatThrownBy(() -> inv.invokeFunction("missing")).isInstanceOf(NoSuchMethodException.class);
        assertThatThrownBy(() -> inv.invokeMethod(engine.get("g"), "nope")).isInstanceOf(NoSuchMethodException.class);
        IntBinaryOperator times = inv.getInterface(IntBinaryOperator.class);
        assertThat(times.applyAsInt(6, 7)).isEqualTo(42);
        assertThat(inv.getInterface(Runnable.class)).isNull(); // no function named run
        engine.eval("class Job:\n    def run(self):\n        global ran\n        ran = True\njob = Job()");
        inv.getInterface(engine.get("job"), Runnable.class).run();
        assertThat(engine.get("ran")).isEqualTo(true);
    }
}
