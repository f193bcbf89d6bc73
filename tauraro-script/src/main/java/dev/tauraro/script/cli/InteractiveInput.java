package dev.tauraro.script.cli;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Params;
import dev.tauraro.script.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rewrites that make parsed prompt input behave as CPython's interactive ("single") mode:
 * every expression statement outside a function or class body hands its value to the display
 * hook (which prints its {@code repr} and keeps it in {@code _}), and input with a top-level
 * {@code await} becomes the body of a coroutine function whose assignments stay global, as
 * {@code python3 -m asyncio} compiles it.
 */
final class InteractiveInput {
    /** The coroutine function a top-level {@code await} input becomes (defined, called, then removed). */
    static final String AWAIT_WRAPPER = "__tauraro_prompt__";

    private InteractiveInput() {
    }

    /** {@code body} with each expression statement's value passed to {@code displayHook}. */
    static List<Stmt> echo(List<Stmt> body, Object displayHook) {
        List<Stmt> r = new ArrayList<>(body.size());
        for (Stmt s : body) {
            r.add(echo(s, displayHook));
        }
        return r;
    }

    private static Stmt echo(Stmt s, Object hook) {
        if (s instanceof Stmt.ExprStmt e) {
            Expr call = new Expr.Call(new Expr.Const(hook, e.span()),
                    List.of(new Expr.Arg(null, e.value(), false, false)), e.span());
            return new Stmt.ExprStmt(call, e.span());
        } else if (s instanceof Stmt.If i) {
            return new Stmt.If(i.test(), echo(i.body(), hook), echo(i.orElse(), hook), i.span());
        } else if (s instanceof Stmt.While w) {
            return new Stmt.While(w.test(), echo(w.body(), hook), echo(w.orElse(), hook), w.span());
        } else if (s instanceof Stmt.For f) {
            return new Stmt.For(f.target(), f.iter(), echo(f.body(), hook), echo(f.orElse(), hook), f.isAsync(),
                    f.span());
        } else if (s instanceof Stmt.With w) {
            return new Stmt.With(w.items(), echo(w.body(), hook), w.isAsync(), w.span());
        } else if (s instanceof Stmt.Try t) {
            List<Stmt.Handler> handlers = new ArrayList<>();
            for (Stmt.Handler h : t.handlers()) {
                handlers.add(new Stmt.Handler(h.type(), h.name(), echo(h.body(), hook), h.span(), h.star()));
            }
            return new Stmt.Try(echo(t.body(), hook), handlers, echo(t.orElse(), hook), echo(t.finalBody(), hook),
                    t.span());
        }
        return s; // function and class bodies do not echo, as in CPython
    }

    /**
     * {@code body} as {@code async def __tauraro_prompt__(): global <names it binds>; <body>}, so that
     * running the coroutine binds the same globals the statements would have bound.
     */
    static List<Stmt> awaitable(List<Stmt> body) {
        Set<String> names = new LinkedHashSet<>();
        bound(body, names);
        List<Stmt> inner = new ArrayList<>();
        dev.tauraro.script.ast.Span span = body.get(0).span();
        if (!names.isEmpty()) {
            inner.add(new Stmt.Global(List.copyOf(names), span));
        }
        inner.addAll(body);
        return List.of(new Stmt.FunctionDef(AWAIT_WRAPPER, Params.EMPTY, inner, List.of(), true, span));
    }

    /** The names statements bind at their own level (not inside nested functions or classes). */
    private static void bound(List<Stmt> body, Set<String> names) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Assign a) {
                a.targets().forEach(t -> targetNames(t, names));
            } else if (s instanceof Stmt.AugAssign a) {
                targetNames(a.target(), names);
            } else if (s instanceof Stmt.AnnAssign a) {
                targetNames(a.target(), names);
            } else if (s instanceof Stmt.For f) {
                targetNames(f.target(), names);
                bound(f.body(), names);
                bound(f.orElse(), names);
            } else if (s instanceof Stmt.While w) {
                bound(w.body(), names);
                bound(w.orElse(), names);
            } else if (s instanceof Stmt.If i) {
                bound(i.body(), names);
                bound(i.orElse(), names);
            } else if (s instanceof Stmt.With w) {
                w.items().forEach(item -> targetNames(item.target(), names));
                bound(w.body(), names);
            } else if (s instanceof Stmt.Try t) {
                bound(t.body(), names);
                t.handlers().forEach(h -> {
                    if (h.name() != null) {
                        names.add(h.name());
                    }
                    bound(h.body(), names);
                });
                bound(t.orElse(), names);
                bound(t.finalBody(), names);
            } else if (s instanceof Stmt.FunctionDef f) {
                names.add(f.name());
            } else if (s instanceof Stmt.ClassDef c) {
                names.add(c.name());
            } else if (s instanceof Stmt.Import im) {
                im.names().forEach(a -> names.add(a.asName() != null ? a.asName() : a.name().split("\\.")[0]));
            } else if (s instanceof Stmt.ImportFrom im) {
                im.names().forEach(a -> {
                    if (!a.name().equals("*")) {
                        names.add(a.asName() != null ? a.asName() : a.name());
                    }
                });
            }
        }
    }

    private static void targetNames(Expr target, Set<String> names) {
        if (target instanceof Expr.Name n) {
            names.add(n.id());
        } else if (target instanceof Expr.TupleExpr t) {
            t.elts().forEach(e -> targetNames(e, names));
        } else if (target instanceof Expr.ListExpr l) {
            l.elts().forEach(e -> targetNames(e, names));
        } else if (target instanceof Expr.Starred st) {
            targetNames(st.value(), names);
        }
    }
}
