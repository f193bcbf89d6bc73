package dev.tauraro.script.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.syntax.Parser;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolverTest {
    private static Resolver resolve(String text) {
        SourceFile src = new SourceFile("t.py", text);
        List<Stmt> body = Parser.parseFile(src);
        Resolver r = new Resolver(src);
        r.resolveModule(body, body);
        return r;
    }

    private static Resolver resolveLibrary(String text) {
        SourceFile src = new SourceFile("<frozen t>", text);
        List<Stmt> body = Parser.parseFile(src);
        Resolver r = new Resolver(src);
        r.deferBodies = true;
        r.resolveModule(body, body);
        return r;
    }

    @Test
    void aLibraryFunctionOutsideFunctionsIsResolvedWithItsBodyAsAnEagerOneIs() {
        String text = "g = 0\nclass C:\n    def m(self, a, *r, k=1):\n        global g\n        g = a\n"
                + "        x = [a for a in r]\n        def inner():\n            return x, self\n        return inner\n";
        Resolver lazy = resolveLibrary(text);
        Scope m = scope(lazy, "m");
        assertThat(m.deferredBody).isNotNull();
        assertThat(m.cells).isEmpty();
        assertThat(lazy.scopes.values()).noneMatch(s -> s.name.equals("inner") || s.name.equals("<listcomp>"));

        lazy.resolveDeferred(m);
        Scope eager = scope(resolve(text), "m");
        assertThat(m.deferredBody).isNull();
        assertThat(m.slots).containsExactlyEntriesOf(eager.slots); // parameters first, then locals
        assertThat(m.cells).containsExactlyInAnyOrderElementsOf(eager.cells).containsExactlyInAnyOrder("x", "self");
        assertThat(m.isLocal("g")).isFalse();
        assertThat(scope(lazy, "inner").frees).containsExactly("x", "self");
        assertThat(scope(lazy, "inner").qualname).isEqualTo("C.m.<locals>.inner");
        assertThat(m.nextSlot).isEqualTo(eager.nextSlot);
    }

    @Test
    void aLibraryFunctionInsideAFunctionIsResolvedWithIt() {
        Resolver r = resolveLibrary("def outer():\n    v = 1\n    def inner():\n        return v\n    return inner\n");
        Scope outer = scope(r, "outer");
        assertThat(outer.deferredBody).isNotNull();
        r.resolveDeferred(outer);
        assertThat(scope(r, "inner").deferredBody).isNull(); // it captures from outer: resolved with it
        assertThat(outer.cells).containsExactly("v");
        assertThat(scope(r, "inner").frees).containsExactly("v");
    }

    @Test
    void aScopeErrorInADeferredBodyIsReportedWhenItIsResolved() {
        Resolver r = resolveLibrary("def f():\n    nonlocal x\n    x = 1\n");
        assertThatThrownBy(() -> r.resolveDeferred(scope(r, "f"))).isInstanceOf(ScriptSyntaxError.class)
                .hasMessageContaining("no binding for nonlocal 'x' found");
    }

    @Test
    void aUserModulesScopeErrorsStillComeBeforeAnythingRuns() {
        assertThatThrownBy(() -> resolve("def f():\n    nonlocal x\n    x = 1\n"))
                .isInstanceOf(ScriptSyntaxError.class).hasMessageContaining("no binding for nonlocal 'x' found");
    }

    private static Scope scope(Resolver r, String name) {
        return r.scopes.values().stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    @Test
    void capturedLocalsBecomeCellsAndInnerReadsBecomeFree() {
        Resolver r = resolve("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
        assertThat(scope(r, "outer").cells).containsExactly("x");
        assertThat(scope(r, "inner").frees).containsExactly("x");
        assertThat(scope(r, "inner").isLocal("x")).isFalse();
    }

    @Test
    void freeVariablesPassThroughIntermediateScopes() {
        Resolver r = resolve("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n"
                + "        return c\n    return b\n");
        assertThat(scope(r, "b").frees).containsExactly("v");
        assertThat(scope(r, "c").frees).containsExactly("v");
    }

    @Test
    void globalAndNonlocalDeclarationsDecideWhereAssignmentsGo() {
        Resolver r = resolve("g = 0\ndef f():\n    global g\n    g = 1\n    n = 0\n    def h():\n"
                + "        nonlocal n\n        n += 1\n    return h\n");
        assertThat(scope(r, "f").isLocal("g")).isFalse();
        assertThat(scope(r, "f").cells).containsExactly("n");
        assertThat(scope(r, "h").isLocal("n")).isFalse();
        assertThat(scope(r, "h").frees).containsExactly("n");
    }

    @Test
    void parametersComeFirstInTheFrameLayout() {
        Resolver r = resolve("def f(a, b, *rest, k=1, **kw):\n    c = a\n    return c\n");
        Scope f = scope(r, "f");
        assertThat(f.slots).containsEntry("a", 0).containsEntry("b", 1).containsEntry("rest", 2)
                .containsEntry("k", 3).containsEntry("kw", 4).containsEntry("c", 5);
    }

    @Test
    void classBodiesAreSkippedWhenResolvingMethodNames() {
        Resolver r = resolve("x = 'global'\nclass C:\n    x = 'class'\n    def m(self):\n        return x\n");
        assertThat(scope(r, "m").frees).isEmpty();
    }

    @Test
    void yieldMakesAFunctionAGeneratorButNotItsEnclosingFunction() {
        Resolver r = resolve("def outer():\n    def gen():\n        yield 1\n    return gen\n");
        assertThat(scope(r, "gen").isGenerator).isTrue();
        assertThat(scope(r, "outer").isGenerator).isFalse();
    }

    @Test
    void scopeErrorsAreReportedBeforeRunningWithCPythonMessages() {
        assertThatThrownBy(() -> resolve("def f():\n    await g()\n")).isInstanceOf(ScriptSyntaxError.class)
                .hasMessage("'await' outside async function");
        assertThatThrownBy(() -> resolve("await g()\n")).hasMessage("'await' outside function");
        assertThatThrownBy(() -> resolve("return 1\n")).hasMessage("'return' outside function");
        assertThatThrownBy(() -> resolve("yield 1\n")).hasMessage("'yield' outside function");
        assertThatThrownBy(() -> resolve("break\n")).hasMessage("'break' outside loop");
        assertThatThrownBy(() -> resolve("def f():\n    continue\n")).hasMessage("'continue' not properly in loop");
        assertThatThrownBy(() -> resolve("nonlocal x\n"))
                .hasMessage("nonlocal declaration not allowed at module level");
        assertThatThrownBy(() -> resolve("def f():\n    nonlocal x\n")).hasMessage("no binding for nonlocal 'x' found");
        assertThatThrownBy(() -> resolve("def f():\n    x = 1\n    global x\n"))
                .hasMessage("name 'x' is assigned to prior to global declaration");
        assertThatThrownBy(() -> resolve("def f():\n    async with a:\n        pass\n"))
                .hasMessage("'async with' outside async function");
    }

    @Test
    void awaitInsideAsyncComprehensionIsAllowedInAsyncFunctions() {
        Resolver r = resolve("async def f(xs):\n    return [await x for x in xs]\n");
        assertThat(scope(r, "<listcomp>").isAsync).isTrue();
    }
}
