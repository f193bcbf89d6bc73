package dev.tauraro.script.compile;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.ast.Stmt;
import java.util.List;

/**
 * Finds suspension points ({@code yield}, {@code await}, {@code async for/with}) in a function body
 * without entering nested scopes: what decides which nodes need resumable variants.
 */
public final class YieldFinder {
    private YieldFinder() {
    }

    /** Whether a yield occurs in the body outside nested scopes: whether its function is a generator. */
    public static boolean containsYield(List<Stmt> body) {
        for (Stmt s : body) {
            if (stmtHas(s, true, false)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsAwait(Expr e) {
        return has(e, false, true);
    }

    /** Whether the statement contains any suspension point (yield or await). */
    static boolean suspends(Stmt s) {
        return stmtHas(s, true, true);
    }

    static boolean suspends(List<Stmt> body) {
        for (Stmt s : body) {
            if (suspends(s)) {
                return true;
            }
        }
        return false;
    }

    static boolean suspends(Expr e) {
        return has(e, true, true);
    }

    private static boolean any(List<Stmt> body, boolean y, boolean a) {
        for (Stmt s : body) {
            if (stmtHas(s, y, a)) {
                return true;
            }
        }
        return false;
    }

    // Loops rather than streams: this runs at every import, mostly before the JIT compiles it,
    // where a stream's pipeline objects and lambdas cost several times the walk itself.

    private static boolean anyHas(List<? extends Expr> es, boolean y, boolean a) {
        for (Expr e : es) {
            if (has(e, y, a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean argsHave(List<Expr.Arg> args, boolean y, boolean a) {
        for (Expr.Arg arg : args) {
            if (has(arg.value(), y, a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlersHave(List<Stmt.Handler> handlers, boolean y, boolean a) {
        for (Stmt.Handler h : handlers) {
            if (has(h.type(), y, a) || any(h.body(), y, a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean itemsHave(List<Stmt.WithItem> items, boolean y, boolean a) {
        for (Stmt.WithItem it : items) {
            if (has(it.context(), y, a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean casesHave(List<Stmt.MatchCase> cases, boolean y, boolean a) {
        for (Stmt.MatchCase c : cases) {
            if (has(c.guard(), y, a) || any(c.body(), y, a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean stmtHas(Stmt s, boolean y, boolean a) {
        if (s instanceof Stmt.ExprStmt e) {
            return has(e.value(), y, a);
        } else if (s instanceof Stmt.Assign as) {
            return has(as.value(), y, a) || anyHas(as.targets(), y, a);
        } else if (s instanceof Stmt.AugAssign as) {
            return has(as.value(), y, a) || has(as.target(), y, a);
        } else if (s instanceof Stmt.AnnAssign as) {
            return has(as.value(), y, a);
        } else if (s instanceof Stmt.Return r) {
            return has(r.value(), y, a);
        } else if (s instanceof Stmt.Raise r) {
            return has(r.exc(), y, a) || has(r.cause(), y, a);
        } else if (s instanceof Stmt.Del d) {
            return false;
        } else if (s instanceof Stmt.Assert as) {
            return has(as.test(), y, a) || has(as.msg(), y, a);
        } else if (s instanceof Stmt.If i) {
            return has(i.test(), y, a) || any(i.body(), y, a) || any(i.orElse(), y, a);
        } else if (s instanceof Stmt.While w) {
            return has(w.test(), y, a) || any(w.body(), y, a) || any(w.orElse(), y, a);
        } else if (s instanceof Stmt.For f) {
            return (a && f.isAsync()) || has(f.iter(), y, a) || any(f.body(), y, a) || any(f.orElse(), y, a);
        } else if (s instanceof Stmt.Try t) {
            return any(t.body(), y, a) || any(t.orElse(), y, a) || any(t.finalBody(), y, a) || handlersHave(t.handlers(), y, a);
        } else if (s instanceof Stmt.With w) {
            return (a && w.isAsync()) || any(w.body(), y, a) || itemsHave(w.items(), y, a);
        } else if (s instanceof Stmt.FunctionDef fd) {
            return anyHas(fd.decorators(), y, a) || anyHas(fd.params().defaults(), y, a);
        } else if (s instanceof Stmt.ClassDef cd) {
            return argsHave(cd.bases(), y, a);
        } else if (s instanceof Stmt.Match m) {
            return has(m.subject(), y, a) || casesHave(m.cases(), y, a);
        } else {
            return false;
        }
    }

    /** Whether a comprehension awaits anywhere (then it is itself an awaited coroutine). */
    static boolean deepAwait(Expr.Comp c) {
        for (Expr.Comprehension g : c.generators()) {
            if (g.isAsync() || has(g.iter(), false, true) || has(g.target(), false, true)
                    || anyHas(g.ifs(), false, true)) {
                return true;
            }
        }
        return has(c.elt(), false, true) || has(c.key(), false, true) || has(c.value(), false, true);
    }

    static boolean has(Expr e, boolean y, boolean a) {
        if (e == null) {
            return false;
        }
        if (e instanceof Expr.Yield yy) {
            return y || has(yy.value(), y, a);
        } else if (e instanceof Expr.YieldFrom yy) {
            return y || has(yy.value(), y, a);
        } else if (e instanceof Expr.Await aw) {
            return a || has(aw.value(), y, a);
        } else if (e instanceof Expr.Name n) {
            return false;
        } else if (e instanceof Expr.Const c) {
            return false;
        } else if (e instanceof Expr.FString f) {
            return anyHas(f.parts(), y, a);
        } else if (e instanceof Expr.Formatted f) {
            return has(f.value(), y, a) || has(f.spec(), y, a);
        } else if (e instanceof Expr.BinOp b) {
            return has(b.left(), y, a) || has(b.right(), y, a);
        } else if (e instanceof Expr.UnaryOp u) {
            return has(u.operand(), y, a);
        } else if (e instanceof Expr.BoolOp b) {
            return anyHas(b.values(), y, a);
        } else if (e instanceof Expr.Compare c) {
            return has(c.left(), y, a) || anyHas(c.comparators(), y, a);
        } else if (e instanceof Expr.Call c) {
            return has(c.func(), y, a) || argsHave(c.args(), y, a);
        } else if (e instanceof Expr.Attribute at) {
            return has(at.value(), y, a);
        } else if (e instanceof Expr.Subscript s) {
            return has(s.value(), y, a) || has(s.index(), y, a);
        } else if (e instanceof Expr.Slice s) {
            return has(s.lower(), y, a) || has(s.upper(), y, a) || has(s.step(), y, a);
        } else if (e instanceof Expr.ListExpr l) {
            return anyHas(l.elts(), y, a);
        } else if (e instanceof Expr.TupleExpr t) {
            return anyHas(t.elts(), y, a);
        } else if (e instanceof Expr.SetExpr s) {
            return anyHas(s.elts(), y, a);
        } else if (e instanceof Expr.DictExpr d) {
            return anyHas(d.keys(), y, a) || anyHas(d.values(), y, a);
        } else if (e instanceof Expr.Starred s) {
            return has(s.value(), y, a);
        } else if (e instanceof Expr.IfExp i) {
            return has(i.test(), y, a) || has(i.body(), y, a) || has(i.orElse(), y, a);
        } else if (e instanceof Expr.Lambda l) {
            return false;
        } else if (e instanceof Expr.Comp c) {
            return has(c.generators().get(0).iter(), y, a) || (a && deepAwait(c));
        } else if (e instanceof Expr.NamedExpr n) {
            return has(n.value(), y, a);
        } else {
            throw new IllegalStateException("unexpected node: " + e);
        }
    }
}
