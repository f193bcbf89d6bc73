package dev.tauraro.script.compile;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Params;
import dev.tauraro.script.ast.Span;
import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scope pass: finds every scope's local, global, nonlocal, cell and free names, lays out
 * frame slots, and reports scope errors ({@code await} outside {@code async def}, {@code return}
 * outside a function, bad {@code nonlocal}, ...) before anything runs, as CPython's compiler does.
 */
final class Resolver {
    private final SourceFile src;
    final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;
    private int loopDepth;

    /**
     * Whether the module starts with {@code from __future__ import annotations}: annotations are
     * then kept as their source text instead of being evaluated (PEP 563).
     */
    boolean stringAnnotations;

    /**
     * Whether the bodies of functions defined at module level or in a class body (no enclosing
     * function) are resolved when first compiled rather than with the module: set for the bundled
     * library, whose function bodies the compiler also compiles on first call. Such a function
     * captures nothing (no enclosing function has variables to capture) and nothing outside it
     * depends on what its body binds, so its scope can wait; what its own inner functions capture
     * from it (its cells) is known when it is resolved, before its body is compiled. (Resolving the
     * bodies of functions never called was a fifth of the time spent importing logging.)
     */
    boolean deferBodies;
    /** The scopes made since the current resolution began: those whose frees it links and lays out. */
    private List<Scope> made = new java.util.ArrayList<>();

    Resolver(SourceFile src) {
        this.src = src;
    }

    private static final java.util.Set<String> FUTURE_FEATURES = java.util.Set.of("nested_scopes", "generators",
            "division", "absolute_import", "with_statement", "print_function", "unicode_literals",
            "barry_as_FLUFL", "generator_stop", "annotations");

    /**
     * Checks the module's {@code __future__} imports as CPython's compiler does: only at the
     * beginning (after the docstring), only known features; all but {@code annotations} are
     * already the language's behaviour.
     */
    private void futureImports(List<Stmt> body) {
        boolean leading = true;
        for (int i = 0; i < body.size(); i++) {
            Stmt st = body.get(i);
            if (i == 0 && st instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Const c && c.value() instanceof String) {
                continue; // the docstring
            }
            if (st instanceof Stmt.ImportFrom im && im.level() == 0 && im.module().equals("__future__")) {
                if (!leading) {
                    throw error(im.span(), "from __future__ imports must occur at the beginning of the file");
                }
                for (Stmt.Alias a : im.names()) {
                    if (a.name().equals("braces")) {
                        throw error(im.span(), "not a chance");
                    }
                    if (!FUTURE_FEATURES.contains(a.name())) {
                        throw error(im.span(), "future feature " + a.name() + " is not defined");
                    }
                    stringAnnotations |= a.name().equals("annotations");
                }
            } else {
                leading = false;
            }
        }
    }

    Scope resolveModule(List<Stmt> body, Object key) {
        futureImports(body);
        Scope module = new Scope(Scope.Kind.MODULE, null, "<module>", false);
        register(key, module);
        current = module;
        stmts(body);
        link();
        return module;
    }

    /**
     * Resolves a function body left by {@link #deferBodies}: its names, its inner scopes, the
     * cells they capture from it, and its frame layout after its parameters.
     */
    void resolveDeferred(Scope s) {
        List<Stmt> body = s.deferredBody;
        s.deferredBody = null;
        made.add(s);
        current = s;
        loopDepth = 0;
        stmts(body);
        current = null;
        link();
    }

    private void register(Object key, Scope s) {
        scopes.put(key, s);
        made.add(s);
    }

    /** Pass 2 over the scopes made since the last one: closures, then frame slots. */
    private void link() {
        for (Scope s : made) {
            linkFrees(s);
        }
        for (Scope s : made) {
            layout(s);
        }
        made = new java.util.ArrayList<>();
    }

    private ScriptSyntaxError error(Span span, String message) {
        return ScriptSyntaxError.at(src, span.start(), message);
    }

    // ---------------------------------------------------------------- pass 1: collect

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void bind(String name) {
        current.assigned.add(name);
    }

    /**
     * One statement's names and scopes. The longer kinds are methods of their own, as in
     * {@link Compiler}: this runs for every statement imported, and the JIT's first tier compiled
     * the whole chain (19-21 kB in every run) when each kind's code was inline.
     */
    private void stmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) {
                target(t);
            }
            expr(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                target(a.target());
                expr(a.value());
            }
        } else if (s instanceof Stmt.Pass p) {
        } else if (s instanceof Stmt.Break b) {
            if (loopDepth == 0) {
                throw error(b.span(), "'break' outside loop");
            }
        } else if (s instanceof Stmt.Continue c) {
            if (loopDepth == 0) {
                throw error(c.span(), "'continue' not properly in loop");
            }
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.Raise r) {
            expr(r.exc());
            expr(r.cause());
        } else if (s instanceof Stmt.Global g) {
            global(g);
        } else if (s instanceof Stmt.Nonlocal nl) {
            nonlocal(nl);
        } else if (s instanceof Stmt.Del d) {
            del(d);
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            expr(a.msg());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orElse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            loopDepth++;
            stmts(w.body());
            loopDepth--;
            stmts(w.orElse());
        } else if (s instanceof Stmt.For f) {
            forStmt(f);
        } else if (s instanceof Stmt.Try t) {
            tryStmt(t);
        } else if (s instanceof Stmt.With w) {
            with(w);
        } else if (s instanceof Stmt.FunctionDef fd) {
            functionDef(fd);
        } else if (s instanceof Stmt.ClassDef cd) {
            classDef(cd);
        } else if (s instanceof Stmt.Import im) {
            for (Stmt.Alias a : im.names()) {
                bind(a.asName() != null ? a.asName() : a.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            importFrom(im);
        } else if (s instanceof Stmt.Match m) {
            match(m);
        } else {
            throw new IllegalStateException("unexpected node: " + s);
        }
    }

    private void augAssign(Stmt.AugAssign a) {
        target(a.target());
        expr(a.target() instanceof Expr.Name ? null : a.target());
        if (a.target() instanceof Expr.Name n) {
            current.used.add(n.id());
            if (a.op().equals("+")) {
                current.accumulated.add(n.id());
            }
        }
        expr(a.value());
    }

    private void returnStmt(Stmt.Return r) {
        if (current.kind != Scope.Kind.FUNCTION) {
            throw error(r.span(), "'return' outside function");
        }
        if (r.value() != null && current.isAsync && current.isGenerator) {
            throw error(r.span(), "'return' with value in async generator");
        }
        expr(r.value());
    }

    private void global(Stmt.Global g) {
        for (String n : g.names()) {
            if (current.assigned.contains(n) || current.used.contains(n)) {
                throw error(g.span(), "name '" + n + "' is " + (current.assigned.contains(n) ? "assigned to"
                        : "used") + " prior to global declaration");
            }
            current.globals.add(n);
        }
    }

    private void nonlocal(Stmt.Nonlocal nl) {
        if (current.kind == Scope.Kind.MODULE) {
            throw error(nl.span(), "nonlocal declaration not allowed at module level");
        }
        for (String n : nl.names()) {
            if (current.assigned.contains(n) || current.used.contains(n)) {
                throw error(nl.span(), "name '" + n + "' is " + (current.assigned.contains(n)
                        ? "assigned to" : "used") + " prior to nonlocal declaration");
            }
            current.nonlocals.add(n);
        }
    }

    private void del(Stmt.Del d) {
        for (Expr t : d.targets()) {
            if (!(t instanceof Expr.Name || t instanceof Expr.Attribute || t instanceof Expr.Subscript
                    || t instanceof Expr.TupleExpr || t instanceof Expr.ListExpr)) {
                throw error(t.span(), "cannot delete " + dev.tauraro.script.syntax.ExprNames.describe(t));
            }
            target(t);
        }
    }

    private void forStmt(Stmt.For f) {
        if (f.isAsync() && !current.isAsync) {
            throw error(f.span(), "'async for' outside async function");
        }
        target(f.target());
        expr(f.iter());
        loopDepth++;
        stmts(f.body());
        loopDepth--;
        stmts(f.orElse());
    }

    private void tryStmt(Stmt.Try t) {
        stmts(t.body());
        for (Stmt.Handler h : t.handlers()) {
            expr(h.type());
            if (h.name() != null) {
                bind(h.name());
            }
            stmts(h.body());
        }
        stmts(t.orElse());
        stmts(t.finalBody());
    }

    private void with(Stmt.With w) {
        if (w.isAsync() && !current.isAsync) {
            throw error(w.span(), "'async with' outside async function");
        }
        for (Stmt.WithItem item : w.items()) {
            expr(item.context());
            if (item.target() != null) {
                target(item.target());
            }
        }
        stmts(w.body());
    }

    private void functionDef(Stmt.FunctionDef fd) {
        for (Expr d : fd.decorators()) {
            expr(d);
        }
        defaults(fd.params());
        bind(fd.name());
        function(fd, fd.name(), fd.params(), fd.isAsync(), fd.body(), null);
    }

    private void classDef(Stmt.ClassDef cd) {
        for (Expr d : cd.decorators()) {
            expr(d);
        }
        for (Expr.Arg a : cd.bases()) {
            expr(a.value());
        }
        bind(cd.name());
        Scope saved = current;
        int savedLoops = loopDepth;
        loopDepth = 0;
        current = new Scope(Scope.Kind.CLASS, saved, cd.name(), false);
        register(cd, current);
        stmts(cd.body());
        current = saved;
        loopDepth = savedLoops;
    }

    private void importFrom(Stmt.ImportFrom im) {
        for (Stmt.Alias a : im.names()) {
            if (a.name().equals("*")) {
                if (current.kind != Scope.Kind.MODULE) {
                    throw error(im.span(), "import * only allowed at module level");
                }
                continue;
            }
            bind(a.asName() != null ? a.asName() : a.name());
        }
    }

    private void match(Stmt.Match m) {
        expr(m.subject());
        List<Stmt.MatchCase> cases = m.cases();
        for (int i = 0; i < cases.size(); i++) {
            Stmt.MatchCase c = cases.get(i);
            PatternNames names = PatternNames.of(c.pattern(), this::error);
            if (i < cases.size() - 1 && c.guard() == null && PatternNames.irrefutable(c.pattern())) {
                throw error(c.pattern().span(), PatternNames.unreachable(c.pattern()));
            }
            names.exprs.forEach(this::expr);
            names.names.forEach(this::bind);
            expr(c.guard());
            stmts(c.body());
        }
    }

    private void defaults(Params p) {
        for (Expr d : p.defaults()) {
            expr(d);
        }
        for (Expr d : p.kwDefaults()) {
            expr(d);
        }
    }

    private void function(Object key, String name, Params params, boolean isAsync, List<Stmt> body, Expr exprBody) {
        Scope saved = current;
        int savedLoops = loopDepth;
        loopDepth = 0;
        current = new Scope(Scope.Kind.FUNCTION, saved, name, isAsync);
        register(key, current);
        for (String p : params.allNames()) {
            current.params.add(p);
            bind(p);
        }
        if (body != null) {
            markGenerator(body); // what kind of code the function is: needed when it is defined
            if (deferBodies && !insideFunction(saved)) {
                current.deferredBody = body;
            } else {
                stmts(body);
            }
        } else {
            current.isGenerator = YieldFinder.has(exprBody, true, false); // lambda: (yield x)
            expr(exprBody);
        }
        current = saved;
        loopDepth = savedLoops;
    }

    private static boolean insideFunction(Scope s) {
        for (; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.FUNCTION) {
                return true;
            }
        }
        return false;
    }

    /** A function is a generator if a yield occurs in it (not in nested scopes): decided before walking. */
    private void markGenerator(List<Stmt> body) {
        current.isGenerator = body instanceof dev.tauraro.script.syntax.CachedBody cached ? cached.yields()
                : YieldFinder.containsYield(body);
    }

    private void target(Expr t) {
        if (t instanceof Expr.Name n) {
            bind(n.id());
        } else if (t instanceof Expr.TupleExpr tu) {
            tu.elts().forEach(this::target);
        } else if (t instanceof Expr.ListExpr l) {
            l.elts().forEach(this::target);
        } else if (t instanceof Expr.Starred s) {
            target(s.value());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.index());
        } else {
            throw error(t.span(), "cannot assign to " + dev.tauraro.script.syntax.ExprNames.describe(t) + " here. Maybe you meant '==' " + "instead of '='?");
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Name n) {
            current.used.add(n.id());
        } else if (e instanceof Expr.Const c) {
        } else if (e instanceof Expr.FString f) {
            f.parts().forEach(this::expr);
        } else if (e instanceof Expr.Formatted f) {
            expr(f.value());
            expr(f.spec());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            b.values().forEach(this::expr);
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            c.comparators().forEach(this::expr);
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            for (Expr.Arg a : c.args()) {
                expr(a.value());
            }
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.index());
        } else if (e instanceof Expr.Slice s) {
            expr(s.lower());
            expr(s.upper());
            expr(s.step());
        } else if (e instanceof Expr.ListExpr l) {
            l.elts().forEach(this::expr);
        } else if (e instanceof Expr.TupleExpr t) {
            t.elts().forEach(this::expr);
        } else if (e instanceof Expr.SetExpr s) {
            s.elts().forEach(this::expr);
        } else if (e instanceof Expr.DictExpr d) {
            d.keys().forEach(this::expr);
            d.values().forEach(this::expr);
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orElse());
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.params());
            function(l, "<lambda>", l.params(), false, null, l.body());
        } else if (e instanceof Expr.Comp c) {
            comprehension(c);
        } else if (e instanceof Expr.Await a) {
            if (current.kind != Scope.Kind.FUNCTION) {
                throw error(a.span(), "'await' outside function");
            }
            if (!current.isAsync) {
                throw error(a.span(), "'await' outside async function");
            }
            expr(a.value());
        } else if (e instanceof Expr.Yield y) {
            if (current.kind != Scope.Kind.FUNCTION) {
                throw error(y.span(), "'yield' outside function");
            }
            expr(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            if (current.kind != Scope.Kind.FUNCTION) {
                throw error(y.span(), "'yield' outside function");
            }
            if (current.isAsync) {
                throw error(y.span(), "'yield from' inside async function");
            }
            expr(y.value());
        } else if (e instanceof Expr.NamedExpr n) {
            Scope target = current;
            // PEP 572: the name binds in the scope around the comprehensions (generator expressions too)
            while (target.parent != null && (target.name.equals("<genexpr>")
                    || target.name.startsWith("<") && target.name.endsWith("comp>"))) {
                target = target.parent;
            }
            target.assigned.add(n.target().id());
            if (target != current) {
                current.used.add(n.target().id());
            }
            expr(n.value());
        } else {
            throw new IllegalStateException("unexpected node: " + e);
        }
    }

    private void comprehension(Expr.Comp c) {
        // the first iterable is evaluated in the enclosing scope; the rest in the comprehension's own
        expr(c.generators().get(0).iter());
        Scope saved = current;
        String name = switch (c.kind()) {
            case "list" -> "<listcomp>";
            case "set" -> "<setcomp>";
            case "dict" -> "<dictcomp>";
            default -> "<genexpr>";
        };
        boolean isAsync = saved.isAsync && YieldFinder.deepAwait(c);
        current = new Scope(Scope.Kind.FUNCTION, saved, name, isAsync);
        current.isGenerator = c.kind().equals("gen");
        register(c, current);
        current.params.add(".0");
        bind(".0");
        boolean first = true;
        for (Expr.Comprehension g : c.generators()) {
            if (!first) {
                expr(g.iter());
            }
            first = false;
            target(g.target());
            g.ifs().forEach(this::expr);
        }
        if (c.elt() != null) {
            expr(c.elt());
        } else {
            expr(c.key());
            expr(c.value());
        }
        current = saved;
    }

    // ---------------------------------------------------------------- pass 2: closures

    private void linkFrees(Scope s) {
        if (s.kind == Scope.Kind.MODULE) {
            return;
        }
        for (String n : s.nonlocals) {
            Scope def = s.definingScope(n);
            if (def == null) {
                throw new ScriptSyntaxError("SyntaxError", "no binding for nonlocal '" + n + "' found",
                        src.name(), 0, 0, "");
            }
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>(s.used);
        names.addAll(s.nonlocals);
        for (String n : names) {
            if (s.isLocal(n) || s.globals.contains(n)) {
                continue;
            }
            if (s.kind == Scope.Kind.CLASS && s.assigned.contains(n)) {
                continue;
            }
            Scope def = s.definingScope(n);
            if (def == null) {
                continue;
            }
            def.cells.add(n);
            for (Scope p = s; p != def; p = p.parent) {
                p.frees.add(n);
            }
        }
    }

    private void layout(Scope s) {
        if (s.kind == Scope.Kind.FUNCTION) {
            for (String p : s.params) {
                if (!s.slots.containsKey(p)) { // laid out already when the body was resolved later
                    s.slots.put(p, s.nextSlot++);
                }
            }
            for (String n : s.assigned) {
                if (s.isLocal(n) && !s.slots.containsKey(n)) {
                    s.slots.put(n, s.nextSlot++);
                }
            }
        }
        for (String n : s.frees) {
            if (!s.slots.containsKey(n)) {
                s.slots.put(n, s.nextSlot++);
            }
        }
    }
}
