package dev.tauraro.script.compile;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Params;
import dev.tauraro.script.ast.Pattern;
import dev.tauraro.script.ast.Span;
import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.runtime.Code;
import dev.tauraro.script.runtime.ExprNode;
import dev.tauraro.script.runtime.Frame;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyAsyncGenerator;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.SourceRange;
import dev.tauraro.script.runtime.StmtNode;
import dev.tauraro.script.syntax.ScriptSyntaxError;
import dev.tauraro.script.syntax.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles a resolved AST into executable node trees ("closure compilation"): names become frame
 * slots, cells or global cells at compile time, and in generator and coroutine bodies the nodes on
 * the path to a suspension point become their {@link Resumable} variants.
 */
public final class Compiler {
    private final SourceFile src;
    private final PyModule module;
    private final dev.tauraro.script.runtime.BuiltinNamespace builtins;
    private final Resolver resolver;
    private Scope scope;
    /** Whether the body being compiled can suspend (generator, coroutine, async generator). */
    private boolean resumable;

    /**
     * Each function scope's slot count before its first compilation (temporaries are allocated on
     * top), so that recompiling a function for another module lays its frame out identically.
     * Shared by every compilation of one source; recompilations lock it.
     */
    private final Map<Scope, Integer> baseSlots;
    /**
     * Whether function bodies are compiled when first called rather than with the module: for the
     * bundled library ({@code <frozen ...>} sources), whose modules define many functions a program
     * never calls and whose bodies have no compile-time errors to report before running. (Compiling
     * them was a third of the time spent importing os, re, logging, pathlib, json, datetime and
     * argparse.) A user's module is compiled whole, so its syntax errors come before it runs.
     */
    private final boolean onFirstCall;

    private Compiler(SourceFile src, PyModule module) {
        this(src, module, new Resolver(src), new java.util.IdentityHashMap<>());
    }

    private Compiler(SourceFile src, PyModule module, Resolver resolver, Map<Scope, Integer> baseSlots) {
        this.src = src;
        this.module = module;
        this.builtins = module.builtins();
        this.resolver = resolver;
        this.baseSlots = baseSlots;
        this.onFirstCall = src.name().startsWith("<frozen ");
        resolver.deferBodies = onFirstCall;
    }

    /**
     * Resolves and compiles a module body.
     *
     * @throws ScriptSyntaxError for scope errors, before anything runs
     */
    public static Code compileModule(SourceFile src, List<Stmt> body, PyModule module) {
        Code code = compileModule(src, body, module, false);
        String doc = docstring(body);
        module.set("__doc__", doc == null ? PyNone.NONE : doc);
        return code;
    }

    /**
     * Resolves and compiles code to run in an existing module, as the embedding API's {@code exec}
     * and {@code eval} do: like {@link #compileModule}, but the module's {@code __doc__} is left
     * alone and a final expression statement's value becomes the frame's {@code ret} (it stays
     * null otherwise), which is the value an embedding program or a prompt shows.
     *
     * @throws ScriptSyntaxError for scope errors, before anything runs
     */
    public static Code compileModuleWithValue(SourceFile src, List<Stmt> body, PyModule module) {
        return compileModule(src, body, module, true);
    }

    private static Code compileModule(SourceFile src, List<Stmt> body, PyModule module, boolean keepValue) {
        Compiler c = new Compiler(src, module);
        Scope s = c.resolver.resolveModule(body, body);
        c.scope = s;
        Code code = new Code("<module>", "<module>", src.name(), Code.Kind.PLAIN, new String[0], 0, 0, false, false,
                new int[0], new int[0]);
        int last = body.size() - 1;
        if (keepValue && last >= 0 && body.get(last) instanceof Stmt.ExprStmt e) {
            StmtNode[] nodes = new StmtNode[body.size()];
            for (int i = 0; i < last; i++) {
                nodes[i] = c.stmt(body.get(i));
            }
            nodes[last] = new Stmts.Return(line(e), c.expr(e.value()));
            code.body = Stmts.block(1, nodes);
        } else {
            code.body = c.block(body, 1);
        }
        code.frameSize = s.nextSlot;
        return code;
    }

    /**
     * Like {@link #compileModuleWithValue}, for {@code compile(..., 'single')}: each top-level
     * expression statement prints the repr of a value that is not None, as the interactive prompt does.
     *
     * @throws ScriptSyntaxError for scope errors, before anything runs
     */
    public static Code compileInteractive(SourceFile src, List<Stmt> body, PyModule module) {
        Compiler c = new Compiler(src, module);
        Scope s = c.resolver.resolveModule(body, body);
        c.scope = s;
        Code code = new Code("<module>", "<module>", src.name(), Code.Kind.PLAIN, new String[0], 0, 0, false, false,
                new int[0], new int[0]);
        StmtNode[] nodes = new StmtNode[body.size()];
        for (int i = 0; i < nodes.length; i++) {
            Stmt st = body.get(i);
            nodes[i] = st instanceof Stmt.ExprStmt e
                    ? new Stmts.Display(line(st), c.expr(e.value()), c.builtins.get("print"))
                    : c.stmt(st);
        }
        code.body = Stmts.block(1, nodes);
        code.frameSize = s.nextSlot;
        return code;
    }

    /**
     * The value a frame slot holds as the script sees it ({@code locals()}): a captured local's
     * cell read, a {@code +=} accumulator flattened; null when unbound.
     */
    public static Object slotValue(Object v) {
        if (v instanceof dev.tauraro.script.runtime.Cell cell) {
            v = cell.value;
        }
        return v == null ? null : Accumulator.flat(v);
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Const c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private ScriptSyntaxError error(Span span, String message) {
        return ScriptSyntaxError.at(src, span.start(), message);
    }

    /**
     * An annotation's value: evaluated, or under {@code from __future__ import annotations} its
     * source text. (CPython stores the expression re-formatted by its unparser; the source text
     * is the same for annotations written in the usual spacing, and a string alone is quoted as
     * the unparser quotes it.)
     */
    private ExprNode annotation(Expr e) {
        if (!resolver.stringAnnotations) {
            return expr(e);
        }
        if (e instanceof Expr.Const c && c.value() instanceof String text) {
            return new Nodes.Const(Ops.repr(text)); // as CPython's unparser quotes it
        }
        Span span = e.span();
        return new Nodes.Const(src.text().substring(span.start(), span.end()).strip());
    }

    // ================================================================ functions

    private Code function(Object key, String name, Params params, List<Stmt> body, Expr exprBody, int line) {
        return function(key, name, params, body, exprBody, line, !onFirstCall || body == null);
    }

    /** {@code now}: the body compiled here, else when the first frame is made for the code. */
    private Code function(Object key, String name, Params params, List<Stmt> body, Expr exprBody, int line,
                          boolean now) {
        Scope saved = scope;
        boolean savedResumable = resumable;
        Scope s = resolver.scopes.get(key);
        if (now) {
            if (s.deferredBody != null) {
                resolver.resolveDeferred(s);
            }
            Integer base = baseSlots.putIfAbsent(s, s.nextSlot);
            if (base != null) {
                s.nextSlot = base; // a recompilation: same temporaries in the same slots
            }
        }
        scope = s;
        Code.Kind kind = s.isAsync ? (s.isGenerator ? Code.Kind.ASYNC_GENERATOR : Code.Kind.COROUTINE)
                : s.isGenerator ? Code.Kind.GENERATOR : Code.Kind.PLAIN;
        resumable = kind != Code.Kind.PLAIN;
        List<String> names = params.allNames();
        // a loop rather than a stream: this runs for every function of every imported module, mostly
        // before the JIT compiles it, and the stream's pipeline cost 5% of importing seven modules
        int[] cellSlots = new int[s.cells.size()];
        int cells = 0;
        for (String n : s.cells) {
            Integer slot = s.slots.get(n);
            if (slot != null && s.isLocal(n)) {
                cellSlots[cells++] = slot;
            }
        }
        if (s.deferredBody != null) {
            cellSlots = Code.CELLS_PENDING; // known once the body is resolved, on first call
        } else if (cells < cellSlots.length) {
            cellSlots = java.util.Arrays.copyOf(cellSlots, cells);
        }
        int[] freeSlots = new int[s.frees.size()];
        int i = 0;
        for (String n : s.frees) {
            freeSlots[i++] = s.slots.get(n);
        }
        Code code = new Code(name, s.qualname, src.name(), kind, names.toArray(new String[0]),
                params.positional().size(), params.kwOnly().size(), params.varArgs() != null, params.kwArgs() != null,
                cellSlots, freeSlots);
        code.positionalOnly = params.positionalOnly();
        code.firstLine = line;
        code.localNames = new String[s.nextSlot];
        s.slots.forEach((n, slot) -> code.localNames[slot] = n);
        code.recompile = m -> {
            synchronized (baseSlots) {
                return new Compiler(src, m, resolver, baseSlots).function(key, name, params, body, exprBody, line,
                        true);
            }
        };
        if (body != null) {
            code.doc = docstring(body);
        }
        if (!now) {
            PyModule home = module;
            code.compileOnFirstUse(() -> code.recompile.apply(home));
        } else {
            StmtNode loop = key instanceof Expr.Comp c ? genExprLoop(c, line) : null;
            code.body = loop != null ? loop : body != null ? block(body, line) : new Stmts.Return(line, rexpr(exprBody));
            code.frameSize = s.nextSlot;
        }
        scope = saved;
        resumable = savedResumable;
        return code;
    }

    /** The node that creates the function at run time, capturing cells from the current frame. */
    private Nodes.MakeFunction makeFunction(Object key, String name, Params params, List<Stmt> body, Expr exprBody,
                                            int line) {
        ExprNode[] defaults = new ExprNode[params.defaults().size()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = expr(params.defaults().get(i));
        }
        ExprNode[] kwDefaults = new ExprNode[params.kwOnly().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = params.kwDefaults().get(i);
            kwDefaults[i] = d == null ? null : expr(d);
        }
        String[] annotationNames = params.annotations().keySet().toArray(new String[0]);
        ExprNode[] annotationValues = new ExprNode[annotationNames.length];
        for (int i = 0; i < annotationNames.length; i++) {
            annotationValues[i] = annotation(params.annotations().get(annotationNames[i]));
        }
        Code code = function(key, name, params, body, exprBody, line);
        Scope child = resolver.scopes.get(key);
        int[] closure = new int[child.frees.size()];
        int i = 0;
        for (String n : child.frees) {
            Integer slot = scope.slots.get(n);
            if (slot == null) {
                throw new IllegalStateException("free variable " + n + " has no slot in " + scope.name);
            }
            closure[i++] = slot;
        }
        Nodes.MakeFunction make = new Nodes.MakeFunction(code, defaults, params.kwOnly().toArray(new String[0]),
                kwDefaults, closure);
        make.annotationNames = annotationNames;
        make.annotationValues = annotationValues;
        return make;
    }

    // ================================================================ statements

    private StmtNode block(List<Stmt> body, int line) {
        if (resumable && YieldFinder.suspends(body)) {
            Flow.Builder flow = new Flow.Builder(scope.temp());
            flow(flow, body);
            return flow.build(line);
        }
        StmtNode[] nodes = new StmtNode[body.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = stmt(body.get(i));
        }
        return Stmts.block(line, nodes);
    }

    /**
     * Emits a suspending statement sequence as {@link Flow} instructions: {@code if}, {@code while}
     * and (not async) {@code for} whose header cannot suspend become jumps around their flattened
     * bodies, {@code yield x} statements yield points; any other statement is one instruction.
     */
    private void flow(Flow.Builder b, List<Stmt> body) {
        for (Stmt s : body) {
            int line = line(s);
            if (!YieldFinder.suspends(s)) {
                b.exec(line, stmt(s));
            } else if (s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Yield y
                    && (y.value() == null || !YieldFinder.suspends(y.value()))) {
                b.yield(line, y.value() == null ? null : expr(y.value()));
            } else if (s instanceof Stmt.If i && !YieldFinder.suspends(i.test())) {
                int toElse = b.jumpIfFalse(line, expr(i.test()));
                flow(b, i.body());
                if (i.orElse().isEmpty()) {
                    b.patch(toElse);
                } else {
                    int toEnd = b.jump(line, -1);
                    b.patch(toElse);
                    flow(b, i.orElse());
                    b.patch(toEnd);
                }
            } else if (s instanceof Stmt.While w && !YieldFinder.suspends(w.test())) {
                int top = b.here();
                loop(b, line, top, b.jumpIfFalse(line, expr(w.test())), w.body(), w.orElse());
            } else if (s instanceof Stmt.For f && !f.isAsync() && !YieldFinder.suspends(f.iter())) {
                Targets.Target t = target(f.target());
                int it = scope.temp();
                b.getIter(line, expr(f.iter()), it);
                int top = b.here();
                loop(b, line, top, b.forIter(line, t, it), f.body(), f.orElse());
                b.clear(line, it); // where a break leaves the loop; its iterator is done with
            } else {
                b.resumable(line, stmt(s));
            }
        }
    }

    /**
     * A loop's body after its head (at {@code top}, with its exit jump at {@code exit}), then its
     * {@code else} clause, where the exit jump goes; a {@code break} goes past the clause.
     */
    private void loop(Flow.Builder b, int line, int top, int exit, List<Stmt> body, List<Stmt> orElse) {
        b.enterLoop(top);
        flow(b, body);
        b.jump(line, top);
        Flow.Loop loop = b.leaveLoopBody();
        b.patch(exit);
        flow(b, orElse);
        b.endLoop(loop);
    }

    private StmtNode optBlock(List<Stmt> body, int line) {
        return body.isEmpty() ? null : block(body, line);
    }

    private static int line(Stmt s) {
        return s.span().line();
    }

    /**
     * The node of one statement. The longer kinds are methods of their own: this runs for every
     * statement of every module imported, hot enough for the JIT's first tier, which compiled the
     * whole chain into 26-29 kB in every run when each kind's code was inline.
     */
    private StmtNode stmt(Stmt s) {
        int line = line(s);
        boolean susp = resumable && YieldFinder.suspends(s);
        StmtNode step = susp ? null : comprehensionStep(s, line);
        if (step != null) {
            return step;
        }
        if (s instanceof Stmt.ExprStmt e) {
            return new Stmts.ExprStmt(line, rexpr(e.value()));
        } else if (s instanceof Stmt.Assign a) {
            return assign(a, line, susp);
        } else if (s instanceof Stmt.AugAssign a) {
            return augAssign(a, line, susp);
        } else if (s instanceof Stmt.AnnAssign a) {
            return annAssign(a, line);
        } else if (s instanceof Stmt.Pass p) {
            return new Stmts.Jump(line, StmtNode.NORMAL);
        } else if (s instanceof Stmt.Break b) {
            return new Stmts.Jump(line, StmtNode.BREAK);
        } else if (s instanceof Stmt.Continue c) {
            return new Stmts.Jump(line, StmtNode.CONTINUE);
        } else if (s instanceof Stmt.Return r) {
            return new Stmts.Return(line, r.value() == null ? null : rexpr(r.value()));
        } else if (s instanceof Stmt.Raise r) {
            if (susp) {
                throw error(r.span(), "await in a raise statement is not supported");
            }
            return new Stmts.Raise(line, r.exc() == null ? null : expr(r.exc()),
                    r.cause() == null ? null : expr(r.cause()));
        } else if (s instanceof Stmt.Global g) {
            return new Stmts.Jump(line, StmtNode.NORMAL);
        } else if (s instanceof Stmt.Nonlocal n) {
            return new Stmts.Jump(line, StmtNode.NORMAL);
        } else if (s instanceof Stmt.Del d) {
            Targets.Target[] ts = new Targets.Target[d.targets().size()];
            for (int i = 0; i < ts.length; i++) {
                ts[i] = target(d.targets().get(i));
            }
            return new Stmts.Del(line, ts);
        } else if (s instanceof Stmt.Assert a) {
            if (susp) {
                throw error(a.span(), "await in an assert statement is not supported");
            }
            return new Stmts.Assert(line, expr(a.test()), a.msg() == null ? null : expr(a.msg()));
        } else if (s instanceof Stmt.If i) {
            if (susp) {
                return new Resumable.If(line, rexpr(i.test()), block(i.body(), line), optBlock(i.orElse(), line),
                        scope.temp());
            }
            return new Stmts.If(line, expr(i.test()), block(i.body(), line), optBlock(i.orElse(), line));
        } else if (s instanceof Stmt.While w) {
            if (susp) {
                return new Resumable.While(line, rexpr(w.test()), block(w.body(), line),
                        optBlock(w.orElse(), line), scope.temp());
            }
            return new Stmts.While(line, expr(w.test()), block(w.body(), line), optBlock(w.orElse(), line));
        } else if (s instanceof Stmt.For f) {
            return forStmt(f, line, susp);
        } else if (s instanceof Stmt.Try t) {
            return tryStmt(t, line);
        } else if (s instanceof Stmt.With w) {
            return with(w, 0, line);
        } else if (s instanceof Stmt.FunctionDef fd) {
            return functionDef(fd, line);
        } else if (s instanceof Stmt.ClassDef cd) {
            return classDef(cd, line);
        } else if (s instanceof Stmt.Import im) {
            return importStmt(im, line);
        } else if (s instanceof Stmt.ImportFrom im) {
            return importFrom(im, line);
        } else if (s instanceof Stmt.Match m) {
            return match(m, line, susp);
        } else {
            throw new IllegalStateException("unexpected node: " + s);
        }
    }

    private StmtNode assign(Stmt.Assign a, int line, boolean susp) {
        List<Expr> names = a.targets().size() != 1 ? null
                : a.targets().get(0) instanceof Expr.TupleExpr tt ? tt.elts()
                : a.targets().get(0) instanceof Expr.ListExpr tl ? tl.elts() : null;
        if (!susp && names != null && a.value() instanceof Expr.TupleExpr tv && tv.elts().size() == names.size()
                && tv.elts().stream().noneMatch(Expr.Starred.class::isInstance)
                && names.stream().noneMatch(Expr.Starred.class::isInstance)) {
            ExprNode[] values = exprs(tv.elts());
            return new Stmts.ParallelAssign(line, ((Targets.Unpack) target(a.targets().get(0))).targets, values);
        }
        ExprNode value = rexpr(a.value());
        if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
            Targets.Target t = store(n.id());
            if (t instanceof Targets.Local l) {
                return new Stmts.AssignLocal(line, l.slot, value);
            }
        }
        Targets.Target[] ts = new Targets.Target[a.targets().size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = target(a.targets().get(i));
        }
        if (ts.length == 1 && ts[0] instanceof Targets.Unpack u) {
            return new Stmts.AssignUnpack(line, u, value);
        }
        return new Stmts.Assign(line, ts, value);
    }

    private StmtNode augAssign(Stmt.AugAssign a, int line, boolean susp) {
        ExprNode value = rexpr(a.value());
        if (susp && YieldFinder.suspends(a.target())) {
            throw error(a.span(), "await in an augmented assignment target is not supported");
        }
        if (a.target() instanceof Expr.Name n) {
            Targets.Target t = store(n.id());
            if (t instanceof Targets.Local l) {
                return new Stmts.AugLocal(line, l.slot, n.id(), a.op().intern(), value,
                        scope.accumulated.contains(n.id()));
            }
            return new Stmts.AugAssign(line, load(n.id()), t, null, null, null, a.op(), value);
        } else if (a.target() instanceof Expr.Attribute at) {
            return new Stmts.AugAssign(line, null, null, expr(at.value()), attr(at), null, a.op(), value);
        } else if (a.target() instanceof Expr.Subscript sb) {
            return new Stmts.AugAssign(line, null, null, expr(sb.value()), null, expr(sb.index()), a.op(),
                    value);
        } else {
            throw error(a.span(), "'" + "expression" + "' is an illegal expression for augmented " + "assignment");
        }
    }

    private StmtNode annAssign(Stmt.AnnAssign a, int line) {
        StmtNode assign = a.value() == null ? null
                : new Stmts.Assign(line, new Targets.Target[] {target(a.target())}, rexpr(a.value()));
        if ((scope.kind == Scope.Kind.CLASS || scope.kind == Scope.Kind.MODULE) && a.target() instanceof Expr.Name n) {
            // class and module annotations are kept in __annotations__, in order: dataclasses read them
            StmtNode annotate = new Stmts.Annotate(line, n.id(), annotation(a.annotation()));
            return assign == null ? annotate : Stmts.block(line, new StmtNode[] {annotate, assign});
        }
        return assign == null ? new Stmts.Jump(line, StmtNode.NORMAL) : assign;
    }

    private StmtNode forStmt(Stmt.For f, int line, boolean susp) {
        Targets.Target t = target(f.target());
        if (susp) {
            int st = scope.temp();
            int it = scope.temp();
            return new Resumable.For(line, t, rexpr(f.iter()), block(f.body(), line),
                    optBlock(f.orElse(), line), f.isAsync(), st, it);
        }
        int localSlot = t instanceof Targets.Local l ? l.slot : -1;
        int[] pair = t instanceof Targets.Unpack u ? u.localPair() : null;
        return new Stmts.For(line, t, localSlot, pair, expr(f.iter()), block(f.body(), line),
                optBlock(f.orElse(), line));
    }

    private StmtNode tryStmt(Stmt.Try t, int line) {
        StmtNode body = block(t.body(), line);
        int n = t.handlers().size();
        ExprNode[] types = new ExprNode[n];
        Targets.Target[] names = new Targets.Target[n];
        StmtNode[] handlers = new StmtNode[n];
        for (int i = 0; i < n; i++) {
            Stmt.Handler h = t.handlers().get(i);
            if (h.type() == null && i < n - 1) {
                throw error(h.span(), "default 'except:' must be last");
            }
            types[i] = h.type() == null ? null : expr(h.type());
            names[i] = h.name() == null ? null : store(h.name());
            handlers[i] = block(h.body(), h.span().line());
        }
        int first = scope.temp();
        scope.temp();
        scope.temp();
        scope.temp();
        scope.temp();
        boolean star = !t.handlers().isEmpty() && t.handlers().get(0).star();
        for (Stmt.Handler h : t.handlers()) {
            if (h.star() != star) {
                throw error(h.span(), "cannot have both 'except' and 'except*' on the same 'try'");
            }
            if (star && h.type() == null) {
                throw error(h.span(), "expected an exception type after 'except*'");
            }
            if (star && resumable && YieldFinder.suspends(h.body())) {
                throw error(h.span(), "await inside an 'except*' block is not supported");
            }
        }
        Resumable.Try node = new Resumable.Try(line, body, types, names, handlers, optBlock(t.orElse(), line),
                optBlock(t.finalBody(), line), first);
        node.star = star;
        return node;
    }

    private StmtNode functionDef(Stmt.FunctionDef fd, int line) {
        ExprNode[] decs = exprs(fd.decorators());
        Nodes.MakeFunction make = makeFunction(fd, fd.name(), fd.params(), fd.body(), null, line);
        ExprNode value = decs.length == 0 ? make : new Decorated(decs, make);
        return new Stmts.Assign(line, new Targets.Target[] {store(fd.name())}, value);
    }

    private StmtNode classDef(Stmt.ClassDef cd, int line) {
        ExprNode[] decs = exprs(cd.decorators());
        ExprNode[] bases = new ExprNode[cd.bases().size()];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = expr(cd.bases().get(i).value());
        }
        Nodes.CallShape shape = shape(cd.bases());
        Nodes.MakeFunction body = makeFunction(cd, cd.name(), Params.EMPTY, cd.body(), null, line);
        return new Stmts.ClassDef(line, cd.name(), bases, shape, body, decs, store(cd.name()));
    }

    private StmtNode importStmt(Stmt.Import im, int line) {
        List<StmtNode> parts = new ArrayList<>();
        for (Stmt.Alias a : im.names()) {
            String bound = a.asName() != null ? a.asName() : a.name().split("\\.")[0];
            parts.add(new Stmts.Import(line, a.name(), store(bound), a.asName() == null));
        }
        return parts.size() == 1 ? parts.get(0) : new Stmts.Block(line, parts.toArray(new StmtNode[0]));
    }

    private StmtNode importFrom(Stmt.ImportFrom im, int line) {
        String[] names = new String[im.names().size()];
        Targets.Target[] ts = new Targets.Target[names.length];
        for (int i = 0; i < names.length; i++) {
            Stmt.Alias a = im.names().get(i);
            names[i] = a.name();
            ts[i] = a.name().equals("*") ? null : store(a.asName() != null ? a.asName() : a.name());
        }
        return new Stmts.ImportFrom(line, im.module(), im.level(), names, ts);
    }

    /**
     * {@code match}: the subject goes to a temporary slot, then the cases become an if/elif chain
     * whose tests match a pattern (binding its captures) and then check the guard.
     */
    private StmtNode match(Stmt.Match m, int line, boolean susp) {
        int subject = scope.temp();
        StmtNode chain = null;
        for (int i = m.cases().size() - 1; i >= 0; i--) {
            Stmt.MatchCase c = m.cases().get(i);
            int caseLine = c.span().line();
            PatternNames names = PatternNames.of(c.pattern(), this::error);
            Targets.Target[] targets = new Targets.Target[names.names.size()];
            for (int t = 0; t < targets.length; t++) {
                targets[t] = store(names.names.get(t));
            }
            ExprNode test = new Patterns.CaseTest(subject, pattern(c.pattern(), names.names), targets);
            if (c.guard() != null) {
                test = resumable && YieldFinder.suspends(c.guard())
                        ? new Resumable.BoolOp(new ExprNode[] {test, rexpr(c.guard())}, true, scope.temp())
                        : new Nodes.And(new ExprNode[] {test, expr(c.guard())});
            }
            StmtNode body = block(c.body(), caseLine);
            // each case in a block of its own, as an elif is: an error in its pattern names its line
            chain = susp
                    ? new Resumable.Block(caseLine, new StmtNode[] {new Resumable.If(caseLine, test, body, chain,
                            scope.temp())}, scope.temp())
                    : Stmts.block(caseLine, new StmtNode[] {new Stmts.If(caseLine, test, body, chain)});
        }
        StmtNode[] both = {new Stmts.AssignLocal(line, subject, rexpr(m.subject())), chain};
        return susp ? new Resumable.Block(line, both, scope.temp()) : Stmts.block(line, both);
    }

    private Patterns.Node pattern(Pattern p, List<String> names) {
        if (p instanceof Pattern.Value v) {
            return new Patterns.Value(expr(v.value()));
        } else if (p instanceof Pattern.Singleton s) {
            return new Patterns.Singleton(s.value());
        } else if (p instanceof Pattern.Capture c) {
            return new Patterns.Capture(c.inner() == null ? null : pattern(c.inner(), names),
                    c.name() == null ? -1 : names.indexOf(c.name()));
        } else if (p instanceof Pattern.Sequence s) {
            int star = -1;
            int starIndex = -1;
            Patterns.Node[] items = new Patterns.Node[s.items().size()];
            for (int i = 0; i < items.length; i++) {
                if (s.items().get(i) instanceof Pattern.Star st) {
                    star = i;
                    starIndex = st.name() == null ? -1 : names.indexOf(st.name());
                } else {
                    items[i] = pattern(s.items().get(i), names);
                }
            }
            return new Patterns.Sequence(items, star, starIndex);
        } else if (p instanceof Pattern.Mapping m) {
            Patterns.Node[] values = new Patterns.Node[m.values().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = pattern(m.values().get(i), names);
            }
            return new Patterns.Mapping(exprs(m.keys()), values, m.rest() == null ? -1 : names.indexOf(m.rest()));
        } else if (p instanceof Pattern.ClassPattern c) {
            Patterns.Node[] args = new Patterns.Node[c.args().size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = pattern(c.args().get(i), names);
            }
            Patterns.Node[] kw = new Patterns.Node[c.kwValues().size()];
            for (int i = 0; i < kw.length; i++) {
                kw[i] = pattern(c.kwValues().get(i), names);
            }
            return new Patterns.ClassPattern(expr(c.cls()), args, c.kwNames().toArray(new String[0]), kw);
        } else if (p instanceof Pattern.Or o) {
            Patterns.Node[] alts = new Patterns.Node[o.alternatives().size()];
            for (int i = 0; i < alts.length; i++) {
                alts[i] = pattern(o.alternatives().get(i), names);
            }
            return new Patterns.Or(alts);
        }
        throw new IllegalStateException("unexpected pattern: " + p);
    }

    private StmtNode with(Stmt.With w, int index, int line) {
        Stmt.WithItem item = w.items().get(index);
        StmtNode inner = index == w.items().size() - 1 ? block(w.body(), line) : with(w, index + 1, line);
        if (w.isAsync() && !resumable) {
            throw error(w.span(), "'async with' outside async function");
        }
        int first = scope.temp();
        scope.temp();
        scope.temp();
        scope.temp();
        ExprNode ctx = resumable ? rexpr(item.context()) : expr(item.context());
        return new Resumable.With(line, ctx, item.target() == null ? null : target(item.target()), inner,
                w.isAsync(), first);
    }

    /** Applies decorators (evaluated before the function is made) bottom-up. */
    static final class Decorated extends ExprNode {
        final ExprNode[] decorators;
        final ExprNode inner;

        Decorated(ExprNode[] decorators, ExprNode inner) {
            this.decorators = decorators;
            this.inner = inner;
        }

        @Override
        public Object eval(Frame f) {
            Object[] decs = new Object[decorators.length];
            for (int i = 0; i < decs.length; i++) {
                decs[i] = decorators[i].eval(f);
            }
            Object v = inner.eval(f);
            for (int i = decs.length - 1; i >= 0; i--) {
                v = Ops.call(decs[i], v);
            }
            return v;
        }
    }

    // ================================================================ names

    private ExprNode load(String n) {
        Scope s = scope;
        switch (s.kind) {
            case MODULE:
                return new Nodes.Global(module.cell(n), builtins);
            case CLASS: {
                ExprNode fallback = s.frees.contains(n) ? new Nodes.CellRef(s.slots.get(n), n, true)
                        : new Nodes.Global(module.cell(n), builtins);
                if (s.globals.contains(n)) {
                    return fallback;
                }
                return new Nodes.ClassName(s.mangle(n), fallback); // the class namespace holds private names mangled
            }
            default:
                if (s.isLocal(n)) {
                    int slot = s.slots.get(n);
                    if (s.cells.contains(n)) {
                        return new Nodes.CellRef(slot, n, false);
                    }
                    return s.accumulated.contains(n) ? new Nodes.AccumulatedLocal(slot, n) : new Nodes.Local(slot, n);
                }
                if (s.frees.contains(n)) {
                    return new Nodes.CellRef(s.slots.get(n), n, true);
                }
                if (n.equals("__class__") && s.parent != null && s.parent.kind == Scope.Kind.CLASS
                        && !s.globals.contains(n)) {
                    return new Nodes.ClassCell(); // the implicit cell of a method, as zero-argument super() uses
                }
                return new Nodes.Global(module.cell(n), builtins);
        }
    }

    private Targets.Target store(String n) {
        Scope s = scope;
        switch (s.kind) {
            case MODULE:
                return new Targets.Global(module.cell(n));
            case CLASS:
                if (s.globals.contains(n)) {
                    return new Targets.Global(module.cell(n));
                }
                if (s.nonlocals.contains(n)) {
                    return new Targets.CellTarget(s.slots.get(n), n);
                }
                return new Targets.ClassName(s.mangle(n));
            default:
                if (s.isLocal(n)) {
                    int slot = s.slots.get(n);
                    return s.cells.contains(n) ? new Targets.CellTarget(slot, n) : new Targets.Local(slot, n);
                }
                if (s.frees.contains(n)) {
                    return new Targets.CellTarget(s.slots.get(n), n);
                }
                return new Targets.Global(module.cell(n));
        }
    }

    /** An attribute's name as the code uses it: private names mangled inside classes. */
    private String attr(Expr.Attribute a) {
        return scope.mangle(a.attr());
    }

    private Targets.Target target(Expr t) {
        if (t instanceof Expr.Name n) {
            return store(n.id());
        } else if (t instanceof Expr.Attribute a) {
            return new Targets.Attr(expr(a.value()), attr(a));
        } else if (t instanceof Expr.Subscript s) {
            ExprNode obj = expr(s.value());
            ExprNode index = expr(s.index());
            return index instanceof Nodes.SliceNode sl ? new Targets.SliceItem(obj, sl) : new Targets.Item(obj, index);
        } else if (t instanceof Expr.TupleExpr tu) {
            return unpack(tu.elts(), t.span());
        } else if (t instanceof Expr.ListExpr l) {
            return unpack(l.elts(), t.span());
        } else {
            throw error(t.span(), "cannot assign to expression");
        }
    }

    private Targets.Target unpack(List<Expr> elts, Span span) {
        Targets.Target[] ts = new Targets.Target[elts.size()];
        int star = -1;
        for (int i = 0; i < ts.length; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred s) {
                if (star >= 0) {
                    throw error(span, "multiple starred expressions in assignment");
                }
                star = i;
                ts[i] = target(s.value());
            } else {
                ts[i] = target(e);
            }
        }
        return new Targets.Unpack(ts, star);
    }

    // ================================================================ expressions

    private ExprNode[] exprs(List<Expr> es) {
        ExprNode[] r = new ExprNode[es.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = expr(es.get(i));
        }
        return r;
    }

    /** Compiles an expression that may suspend (in a resumable body), else a plain one. */
    private ExprNode rexpr(Expr e) {
        if (!resumable || !YieldFinder.suspends(e)) {
            return expr(e);
        }
        if (e instanceof Expr.Await a) {
            return new Resumable.Await(rexpr(a.value()), scope.temp());
        } else if (e instanceof Expr.Yield y) {
            return new Resumable.Yield(y.value() == null ? null : rexpr(y.value()), scope.temp());
        } else if (e instanceof Expr.YieldFrom y) {
            return new Resumable.YieldFrom(rexpr(y.value()), scope.temp());
        } else if (e instanceof Expr.BoolOp b) {
            ExprNode[] vs = new ExprNode[b.values().size()];
            for (int i = 0; i < vs.length; i++) {
                vs[i] = rexpr(b.values().get(i));
            }
            return new Resumable.BoolOp(vs, b.op().equals("and"), scope.temp());
        } else if (e instanceof Expr.IfExp i) {
            return new Resumable.IfExp(rexpr(i.test()), rexpr(i.body()), rexpr(i.orElse()), scope.temp());
        } else if (e instanceof Expr.BinOp b) {
            int op = BinOps.code(b.op());
            return apply(new Expr[] {b.left(), b.right()}, v -> BinOps.apply(op, v[0], v[1]));
        } else if (e instanceof Expr.UnaryOp u) {
            String op = u.op();
            return apply(new Expr[] {u.operand()}, v -> Nodes.Unary.apply(op, v[0]));
        } else if (e instanceof Expr.Compare c) {
            Expr[] all = new Expr[c.comparators().size() + 1];
            all[0] = c.left();
            for (int i = 1; i < all.length; i++) {
                all[i] = c.comparators().get(i - 1);
            }
            int[] ops = new int[c.ops().size()];
            for (int i = 0; i < ops.length; i++) {
                ops[i] = BinOps.compareCode(c.ops().get(i));
            }
            return apply(all, v -> {
                Object r = Boolean.TRUE;
                for (int i = 0; i < ops.length; i++) {
                    r = BinOps.compare(ops[i], v[i], v[i + 1]);
                    if (!Ops.truthy(r)) {
                        return r;
                    }
                }
                return r;
            });
        } else if (e instanceof Expr.Call c) {
            Nodes.CallShape shape = shape(c.args());
            Expr[] args = new Expr[c.args().size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = c.args().get(i).value();
            }
            // obj.m(...) looks m up before evaluating the arguments (a __getattr__ or property runs first)
            Expr[] all = prepend(c.func(), args);
            return apply(all, v -> {
                String[][] kw = new String[1][];
                Object[] a = shape.buildArgs(java.util.Arrays.copyOfRange(v, 1, v.length), kw, v[0]);
                return Ops.callKw(v[0], a, kw[0]);
            });
        } else if (e instanceof Expr.Attribute a) {
            String name = attr(a);
            return apply(new Expr[] {a.value()}, v -> Ops.getAttr(v[0], name));
        } else if (e instanceof Expr.Subscript s) {
            return apply(new Expr[] {s.value(), s.index()}, v -> Ops.getItem(v[0], v[1]));
        } else if (e instanceof Expr.TupleExpr t) {
            return display('t', t.elts());
        } else if (e instanceof Expr.ListExpr l) {
            return display('l', l.elts());
        } else if (e instanceof Expr.SetExpr st) {
            return display('s', st.elts());
        } else if (e instanceof Expr.DictExpr d) {
            if (d.keys().contains(null)) {
                throw error(e.span(), "await inside a dict display with ** is not supported");
            }
            Expr[] all = new Expr[d.keys().size() * 2];
            for (int i = 0; i < d.keys().size(); i++) {
                all[2 * i] = d.keys().get(i);
                all[2 * i + 1] = d.values().get(i);
            }
            return apply(all, v -> {
                dev.tauraro.script.runtime.PyDict r = new dev.tauraro.script.runtime.PyDict();
                for (int i = 0; i < v.length; i += 2) {
                    r.put(v[i], v[i + 1]);
                }
                return r;
            });
        } else if (e instanceof Expr.FString fs) {
            return apply(fs.parts().toArray(new Expr[0]), v -> {
                StringBuilder sb = new StringBuilder();
                for (Object o : v) {
                    sb.append((String) o);
                }
                return sb.toString();
            });
        } else if (e instanceof Expr.Formatted fm) {
            char conv = fm.conversion();
            if (fm.spec() == null) {
                return apply(new Expr[] {fm.value()}, v -> Nodes.Formatted.apply(v[0], conv, ""));
            }
            return apply(new Expr[] {fm.value(), fm.spec()},
                    v -> Nodes.Formatted.apply(v[0], conv, (String) v[1]));
        } else if (e instanceof Expr.Starred st) {
            return rexpr(st.value());
        } else if (e instanceof Expr.Comp c) {
            return comprehension(c);
        } else if (e instanceof Expr.NamedExpr n) {
            Targets.Target t = store(n.target().id());
            return apply(new Expr[] {n.value()}, v -> {
                return v[0];
            }, t);
        } else {
            throw error(e.span(), "await inside this kind of expression is not supported");
        }
    }

    private static Expr[] prepend(Expr first, Expr[] rest) {
        Expr[] all = new Expr[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private ExprNode display(char kind, List<Expr> elts) {
        boolean[] starred = new boolean[elts.size()];
        for (int i = 0; i < starred.length; i++) {
            starred[i] = elts.get(i) instanceof Expr.Starred;
        }
        return apply(elts.toArray(new Expr[0]), v -> {
            dev.tauraro.script.runtime.PyList l = new dev.tauraro.script.runtime.PyList();
            for (int i = 0; i < v.length; i++) {
                if (starred[i]) {
                    l.addAll(Ops.toList(v[i]));
                } else {
                    l.add(v[i]);
                }
            }
            return Nodes.Display.build(kind, l);
        });
    }

    private ExprNode apply(Expr[] children, Resumable.Applier op) {
        return apply(children, op, null);
    }

    private ExprNode apply(Expr[] children, Resumable.Applier op, Targets.Target storeResult) {
        ExprNode[] nodes = new ExprNode[children.length];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = rexpr(children[i]);
        }
        int progress = scope.temp();
        int base = scope.nextSlot;
        scope.nextSlot += nodes.length;
        ExprNode node = new Resumable.Apply(nodes, op, progress, base);
        if (storeResult == null) {
            return node;
        }
        return new ExprNode() {
            @Override
            public Object eval(Frame f) {
                Object v = node.eval(f);
                if (v != Frame.SUSPEND) {
                    storeResult.store(f, v);
                }
                return v;
            }
        };
    }

    private ExprNode expr(Expr e) {
        ExprNode node = expr0(e);
        if (e instanceof Expr.Name || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp
                || e instanceof Expr.Compare || e instanceof Expr.Call || e instanceof Expr.Attribute
                || e instanceof Expr.Subscript || e instanceof Expr.Comp) {
            node.pos = range(e);
            if (node instanceof Nodes.ClassName cn) {
                cn.fallback.pos = node.pos; // the enclosing scope's lookup is what raises NameError
            }
        }
        return node;
    }

    /**
     * The range CPython 3.11 gives the operation of {@code e}, with the operator (binary operation)
     * or brackets (subscript) as anchors when it lies on one line: anchors start after the left
     * part, past spaces and closing parentheses; a binary operator is marked two characters wide
     * when the character after it is not a space and comes before the right operand.
     */
    SourceRange range(Expr e) {
        Span sp = e.span();
        int line = src.line(sp.start());
        int endLine = src.line(sp.end());
        int col = src.column(sp.start()) - 1;
        int endCol = src.column(sp.end()) - 1;
        int anchorStart = -1;
        int anchorEnd = -1;
        if (line == endLine && (e instanceof Expr.BinOp || e instanceof Expr.Subscript)) {
            String text = src.text();
            Expr left = e instanceof Expr.BinOp b ? b.left() : ((Expr.Subscript) e).value();
            int limit = e instanceof Expr.BinOp b ? b.right().span().start() : sp.end();
            int a = left.span().end();
            while (a < limit && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == ')')) {
                a++;
            }
            int z = e instanceof Expr.BinOp ? a + 1 : sp.end();
            if (e instanceof Expr.BinOp && z < limit && !Character.isWhitespace(text.charAt(z))) {
                z++;
            }
            if (a < z && z <= sp.end()) {
                anchorStart = col + (a - sp.start());
                anchorEnd = col + (z - sp.start());
            }
        }
        return new SourceRange(line, col, endLine, endCol, anchorStart, anchorEnd);
    }

    /**
     * A one-character str literal below U+0100 as CPython 3.11 makes it: the cached string that
     * indexing, iterating and {@code chr} give (so {@code 'a-'[1] is '-'}). The characters of names
     * ({@code [A-Za-z0-9_]}) are interned instead, as CPython interns such literals (so {@code 'a' is 'a'}
     * and {@code sys.intern('a') is 'a'} hold whether the source was parsed now or read from the
     * syntax cache); whether CPython's interned one is its cached string depends on the names its
     * start-up interned first ({@code 'ab'[0] is 'a'} and {@code chr(95) is '_'} are False there,
     * {@code chr(48) is '0'} True), so these stay apart from the cached strings.
     */
    private static String latin1Literal(String s) {
        if (s.length() != 1 || s.charAt(0) >= 256) {
            return s;
        }
        char c = s.charAt(0);
        boolean nameChar = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
        return nameChar ? s.intern() : dev.tauraro.script.runtime.Latin1Chars.of(c);
    }

    private ExprNode expr0(Expr e) {
        if (e instanceof Expr.BinOp || e instanceof Expr.UnaryOp || e instanceof Expr.TupleExpr) {
            Object folded = ConstantFolder.value(e);
            if (folded != ConstantFolder.NOT_CONSTANT) {
                return new Nodes.Const(folded);
            }
        }
        if (e instanceof Expr.Name n) {
            return load(n.id());
        } else if (e instanceof Expr.Const c) {
            return new Nodes.Const(c.value() instanceof String s ? latin1Literal(s) : c.value());
        } else if (e instanceof Expr.FString f) {
            ExprNode[] parts = exprs(f.parts());
            return new Nodes.FString(parts);
        } else if (e instanceof Expr.Formatted f) {
            return new Nodes.Formatted(expr(f.value()), f.conversion(), f.spec() == null ? null : expr(f.spec()));
        } else if (e instanceof Expr.BinOp b) {
            ExprNode l = expr(b.left());
            ExprNode r = expr(b.right());
            return switch (b.op()) {
                case "+" -> new Nodes.Add(l, r);
                case "-" -> new Nodes.Sub(l, r);
                case "*" -> new Nodes.Mul(l, r);
                default -> new Nodes.Binary(b.op(), l, r);
            };
        } else if (e instanceof Expr.UnaryOp u) {
            if (u.op().equals("not")) {
                return new Nodes.Not(expr(u.operand()));
            }
            return new Nodes.Unary(u.op(), expr(u.operand()));
        } else if (e instanceof Expr.BoolOp b) {
            ExprNode[] vs = exprs(b.values());
            return b.op().equals("and") ? new Nodes.And(vs) : new Nodes.Or(vs);
        } else if (e instanceof Expr.Compare c) {
            if (c.ops().size() == 1) {
                ExprNode l = expr(c.left());
                ExprNode r = expr(c.comparators().get(0));
                String op = c.ops().get(0);
                if ((op.equals("is") || op.equals("is not")) && r instanceof Nodes.Const k && k.value == PyNone.NONE) {
                    return new Nodes.IsNone(l, op.equals("is not"));
                }
                return op.equals("<") ? new Nodes.Lt(l, r) : new Nodes.Compare(op, l, r);
            }
            ExprNode[] operands = new ExprNode[c.comparators().size() + 1];
            operands[0] = expr(c.left());
            for (int i = 1; i < operands.length; i++) {
                operands[i] = expr(c.comparators().get(i - 1));
            }
            return new Nodes.Chain(c.ops().toArray(new String[0]), operands);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        } else if (e instanceof Expr.Attribute a) {
            return new Nodes.Attr(expr(a.value()), attr(a));
        } else if (e instanceof Expr.Subscript s) {
            ExprNode obj = expr(s.value());
            ExprNode index = expr(s.index());
            return index instanceof Nodes.SliceNode sl ? new Nodes.SliceItem(obj, sl) : new Nodes.Item(obj, index);
        } else if (e instanceof Expr.Slice s) {
            return new Nodes.SliceNode(s.lower() == null ? null : expr(s.lower()),
                    s.upper() == null ? null : expr(s.upper()), s.step() == null ? null : expr(s.step()));
        } else if (e instanceof Expr.ListExpr l) {
            return display('l', l.elts(), true);
        } else if (e instanceof Expr.TupleExpr t) {
            return display('t', t.elts(), true);
        } else if (e instanceof Expr.SetExpr s) {
            return display('s', s.elts(), true);
        } else if (e instanceof Expr.DictExpr d) {
            ExprNode[] keys = new ExprNode[d.keys().size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
            }
            return new Nodes.DictDisplay(keys, exprs(d.values()));
        } else if (e instanceof Expr.Starred s) {
            throw ScriptSyntaxError.range(src, s.span().start(), s.span().end(), "can't use starred expression here");
        } else if (e instanceof Expr.IfExp i) {
            return new Nodes.IfExp(expr(i.test()), expr(i.body()), expr(i.orElse()));
        } else if (e instanceof Expr.Lambda l) {
            return makeFunction(l, "<lambda>", l.params(), null, l.body(), l.span().line());
        } else if (e instanceof Expr.Comp c) {
            return comprehension(c);
        } else if (e instanceof Expr.Await a) {
            throw error(a.span(), "'await' outside async function");
        } else if (e instanceof Expr.Yield y) {
            throw error(y.span(), "'yield' outside function");
        } else if (e instanceof Expr.YieldFrom y) {
            throw error(y.span(), "'yield' outside function");
        } else if (e instanceof Expr.NamedExpr n) {
            return new Nodes.NamedExpr(store(n.target().id()), expr(n.value()));
        } else {
            throw new IllegalStateException("unexpected node: " + e);
        }
    }

    private ExprNode display(char kind, List<Expr> elts, boolean plain) {
        ExprNode[] items = new ExprNode[elts.size()];
        boolean[] starred = new boolean[items.length];
        for (int i = 0; i < items.length; i++) {
            Expr el = elts.get(i);
            if (el instanceof Expr.Starred s) {
                starred[i] = true;
                items[i] = expr(s.value());
            } else {
                items[i] = expr(el);
            }
        }
        // CPython folds a set display of 3+ constants into a frozenset constant that is merged into the new
        // set; the merge can lay the table out differently from adding one by one, so iteration order follows
        boolean folded = kind == 's' && elts.size() > 2 && elts.stream().allMatch(Compiler::isFoldableConstant);
        boolean anyStarred = false;
        for (boolean b : starred) {
            anyStarred |= b;
        }
        if (!anyStarred && kind == 'l') {
            return items.length == 0 ? new Nodes.EmptyList() : new Nodes.ListDisplay(items);
        }
        if (!anyStarred && kind == 't') {
            return new Nodes.TupleDisplay(items);
        }
        return new Nodes.Display(kind, items, starred, folded);
    }

    /** What CPython's AST optimizer turns into a constant: literals, signed numbers, tuples of those. */
    private static boolean isFoldableConstant(Expr e) {
        if (e instanceof Expr.Const c) {
            return !(c.value() instanceof dev.tauraro.script.runtime.PyList);
        }
        if (e instanceof Expr.UnaryOp u && (u.op().equals("-") || u.op().equals("+"))) {
            return u.operand() instanceof Expr.Const c && c.value() instanceof Number;
        }
        return e instanceof Expr.TupleExpr t && t.elts().stream().allMatch(Compiler::isFoldableConstant);
    }

    private Nodes.CallShape shape(List<Expr.Arg> args) {
        int n = args.size();
        String[] kws = new String[n];
        boolean[] star = new boolean[n];
        boolean[] dstar = new boolean[n];
        boolean simple = true;
        java.util.Set<String> named = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            Expr.Arg a = args.get(i);
            kws[i] = a.keyword();
            if (a.keyword() != null && !named.add(a.keyword())) {
                // marked from the keyword's name to its value's end, as CPython's compiler marks it
                Span value = a.value().span();
                int from = src.text().lastIndexOf(a.keyword(), value.start());
                throw ScriptSyntaxError.range(src, from, value.end(), "keyword argument repeated: " + a.keyword());
            }
            star[i] = a.star();
            dstar[i] = a.doubleStar();
            if (a.star() || a.doubleStar()) {
                simple = false;
            }
        }
        return new Nodes.CallShape(kws, star, dstar, simple);
    }

    private ExprNode call(Expr.Call c) {
        List<Expr.Arg> args = c.args();
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && args.isEmpty()
                && !(scope.kind == Scope.Kind.FUNCTION && scope.isLocal("super"))) {
            return new Nodes.Super(load("super"));
        }
        if (c.func() instanceof Expr.Name n && args.isEmpty()
                && (n.id().equals("globals") || n.id().equals("locals") || n.id().equals("vars"))
                && !(scope.kind == Scope.Kind.FUNCTION && scope.isLocal(n.id())) && module.get(n.id()) == null) {
            // the frame is at hand here; the builtins of the same names find it on the call stack
            boolean globals = n.id().equals("globals");
            return new ExprNode() {
                @Override
                public Object eval(Frame f) {
                    return globals ? f.module.dict() : f.locals();
                }
            };
        }
        Nodes.CallShape shape = shape(args);
        ExprNode[] values = new ExprNode[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = expr(args.get(i).value());
        }
        boolean positional = shape.simple();
        for (Expr.Arg a : args) {
            positional &= a.keyword() == null;
        }
        if (c.func() instanceof Expr.Attribute at) {
            Nodes.MethodCall call = new Nodes.MethodCall(expr(at.value()), attr(at), values, shape);
            call.lookupPos = range(at); // a failing lookup marks `obj.name`, as CPython's LOAD_METHOD
            if (at.value() instanceof Expr.Call sc && sc.func() instanceof Expr.Name n && n.id().equals("super")
                    && scope.kind == Scope.Kind.FUNCTION && !scope.isLocal("super")) {
                List<Expr.Arg> sa = sc.args();
                if (sa.isEmpty()) {
                    return new Nodes.SuperMethodCall(load("super"), null, null, call);
                }
                if (sa.size() == 2 && sa.stream().allMatch(a -> a.keyword() == null && !a.star() && !a.doubleStar()
                        && a.value() instanceof Expr.Name)) {
                    // names only: the general call may read them again
                    return new Nodes.SuperMethodCall(load("super"), expr(sa.get(0).value()), expr(sa.get(1).value()),
                            call);
                }
            }
            return call;
        }
        ExprNode fn = expr(c.func());
        if (positional && (values.length == 2 || values.length == 3) && c.func() instanceof Expr.Name n
                && n.id().equals("getattr") && args.get(1).value() instanceof Expr.Const k && k.value() instanceof String name) {
            return new GetattrCall(fn, values[0], name, values.length == 3 ? values[2] : null);
        }
        if (positional) {
            switch (values.length) {
                case 0:
                    return new Nodes.Call0(fn);
                case 1:
                    return new Nodes.Call1(fn, values[0]);
                case 2:
                    return new Nodes.Call2(fn, values[0], values[1]);
                default:
                    break;
            }
        }
        return new Nodes.CallN(fn, values, shape);
    }

    // ================================================================ comprehensions

    /**
     * A comprehension is a nested function called at once with the first iterable, as in CPython;
     * its body is synthesized as ordinary statements and compiled like any function.
     */
    private ExprNode comprehension(Expr.Comp c) {
        Span sp = c.span();
        Scope cs = resolver.scopes.get(c);
        String acc = ".r";
        if (!c.kind().equals("gen") && !cs.slots.containsKey(acc)) {
            cs.assigned.add(acc);
            cs.slots.put(acc, cs.nextSlot++);
        }
        Expr.Name accName = new Expr.Name(acc, sp);
        Stmt inner;
        switch (c.kind()) {
            case "gen" -> inner = new Stmt.ExprStmt(new Expr.Yield(c.elt(), sp), sp);
            case "list" -> inner = new Stmt.ExprStmt(new Expr.Call(new Expr.Attribute(accName, "append", sp),
                    List.of(new Expr.Arg(null, c.elt(), false, false)), sp), sp);
            case "set" -> inner = new Stmt.ExprStmt(new Expr.Call(new Expr.Attribute(accName, "add", sp),
                    List.of(new Expr.Arg(null, c.elt(), false, false)), sp), sp);
            default -> inner = new Stmt.Assign(List.of(new Expr.Subscript(accName, c.key(), sp)), c.value(), sp);
        }
        List<Expr.Comprehension> gens = c.generators();
        for (int i = gens.size() - 1; i >= 0; i--) {
            Expr.Comprehension g = gens.get(i);
            for (int k = g.ifs().size() - 1; k >= 0; k--) {
                inner = new Stmt.If(g.ifs().get(k), List.of(inner), List.of(), sp);
            }
            Expr iter = i == 0 ? new Expr.Name(".0", sp) : g.iter();
            inner = new Stmt.For(g.target(), iter, List.of(inner), List.of(), g.isAsync(), sp);
        }
        List<Stmt> body = new ArrayList<>();
        if (!c.kind().equals("gen")) {
            Expr init = switch (c.kind()) {
                case "list" -> new Expr.ListExpr(List.of(), sp);
                case "set" -> new Expr.SetExpr(List.of(), sp);
                default -> new Expr.DictExpr(List.of(), List.of(), sp);
            };
            body.add(new Stmt.Assign(List.of(accName), init, sp));
        }
        body.add(inner);
        if (!c.kind().equals("gen")) {
            body.add(new Stmt.Return(accName, sp));
        }
        Params params = new Params(List.of(".0"), List.of(), null, List.of(), List.of(), null);
        ExprNode first = resumable ? rexpr(gens.get(0).iter()) : expr(gens.get(0).iter());
        Nodes.MakeFunction make = makeFunction(c, cs.name, params, body, null, sp.line());
        boolean asyncFirst = gens.get(0).isAsync();
        ExprNode callNode = new CompCall(make, first, asyncFirst);
        if (cs.isAsync && !c.kind().equals("gen")) {
            return new Resumable.Await(callNode, scope.temp());
        }
        return callNode;
    }

    /**
     * The body of a generator expression as one node (the common {@code sum(x for x in xs if p(x))},
     * and nested clauses such as {@code (x * y for x in a for y in b)}), or null for an async one or
     * another comprehension, which compile through the statements {@link #comprehension} wrote.
     * Called with the expression's own scope.
     */
    private StmtNode genExprLoop(Expr.Comp c, int line) {
        List<Expr.Comprehension> gens = c.generators();
        if (!c.kind().equals("gen") || scope.isAsync || gens.stream().anyMatch(Expr.Comprehension::isAsync)
                || !(store(".0") instanceof Targets.Local source)) {
            return null; // (decided before any clause is compiled: the statements compile them then)
        }
        int n = gens.size();
        Targets.Target[] targets = new Targets.Target[n];
        ExprNode[] iters = new ExprNode[n];
        ExprNode[][] ifs = new ExprNode[n][];
        int[] itSlots = new int[n];
        for (int k = 0; k < n; k++) { // in source order, as the statements would compile
            Expr.Comprehension g = gens.get(k);
            iters[k] = k == 0 ? null : expr(g.iter());
            targets[k] = target(g.target());
            ifs[k] = exprs(g.ifs());
            itSlots[k] = scope.temp();
        }
        return new Resumable.GenExprLoop(line, targets, source.slot, iters, ifs, expr(c.elt()), itSlots);
    }

    /**
     * The innermost step of a list, set or dict comprehension as {@link #comprehension} writes it
     * ({@code .r.append(x)}, {@code .r.add(x)}, {@code .r[k] = v}), compiled to a direct add to the
     * result held in the hidden local {@code .r} (CPython's LIST_APPEND, SET_ADD and MAP_ADD): no
     * source can name {@code .r}, so nothing else has these shapes. Null for any other statement.
     */
    private StmtNode comprehensionStep(Stmt s, int line) {
        if (s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Call c && c.args().size() == 1
                && c.func() instanceof Expr.Attribute at && at.value() instanceof Expr.Name n && n.id().equals(".r")
                && store(".r") instanceof Targets.Local l) {
            return new Stmts.ComprehensionAdd(line, l.slot, null, expr(c.args().get(0).value()));
        }
        if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Subscript sb
                && sb.value() instanceof Expr.Name n && n.id().equals(".r") && store(".r") instanceof Targets.Local l) {
            // the key before the value, as CPython 3.8+ evaluates a dict comprehension's pair
            return new Stmts.ComprehensionAdd(line, l.slot, expr(sb.index()), expr(a.value()));
        }
        return null;
    }

    /** Calls a comprehension function with the iterator of its first iterable. */
    static final class CompCall extends ExprNode {
        final Nodes.MakeFunction make;
        final ExprNode first;
        final boolean async;

        CompCall(Nodes.MakeFunction make, ExprNode first, boolean async) {
            this.make = make;
            this.first = first;
            this.async = async;
        }

        @Override
        public Object eval(Frame f) {
            Object it = first.eval(f);
            if (it == Frame.SUSPEND) {
                return it;
            }
            try {
                Object iterator = async ? (it instanceof PyAsyncGenerator ? it
                        : Ops.callMethod(it, "__aiter__", Ops.NO_ARGS, null)) : Ops.iter(it);
                // the function takes just the iterator: no argument binding, but its cells and the
                // closure (what it reads of the enclosing function) go into the frame
                var fn = (dev.tauraro.script.runtime.PyFunction) make.eval(f);
                Frame nf = new Frame(fn.code.frameSize(), fn, fn.module);
                nf.slots[0] = iterator;
                fn.prepareCells(nf);
                return fn.run(nf);
            } catch (dev.tauraro.script.runtime.PyException e) {
                throw noted(e);
            }
        }
    }

    static Object none() {
        return PyNone.NONE;
    }
}
