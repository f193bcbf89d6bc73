package dev.tauraro.script.ast;

import java.util.List;

/** Statement nodes of the script language. Immutable; every node carries its source span. */
public sealed interface Stmt {
    Span span();

    record ExprStmt(Expr value, Span span) implements Stmt {}

    /** {@code a = b = value}: one or more targets. */
    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {}

    record AugAssign(Expr target, String op, Expr value, Span span) implements Stmt {}

    /** {@code target: annotation [= value]}; the annotation is parsed and ignored. */
    record AnnAssign(Expr target, Expr annotation, Expr value, Span span) implements Stmt {}

    record Pass(Span span) implements Stmt {}

    record Break(Span span) implements Stmt {}

    record Continue(Span span) implements Stmt {}

    record Return(Expr value, Span span) implements Stmt {}

    record Raise(Expr exc, Expr cause, Span span) implements Stmt {}

    record Global(List<String> names, Span span) implements Stmt {}

    record Nonlocal(List<String> names, Span span) implements Stmt {}

    record Del(List<Expr> targets, Span span) implements Stmt {}

    record Assert(Expr test, Expr msg, Span span) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, boolean isAsync, Span span)
            implements Stmt {}

    /** {@code except [type [as name]]:}; type null catches everything. */
    record Handler(Expr type, String name, List<Stmt> body, Span span, boolean star) {
        public Handler(Expr type, String name, List<Stmt> body, Span span) {
            this(type, name, body, span, false);
        }
    }

    record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> finalBody, Span span)
            implements Stmt {}

    record WithItem(Expr context, Expr target) {}

    record With(List<WithItem> items, List<Stmt> body, boolean isAsync, Span span) implements Stmt {}

    record FunctionDef(String name, Params params, List<Stmt> body, List<Expr> decorators, boolean isAsync,
                       Span span) implements Stmt {}

    record ClassDef(String name, List<Expr.Arg> bases, List<Stmt> body, List<Expr> decorators, Span span)
            implements Stmt {}

    /** {@code match subject:} with its {@code case} clauses, tried in order. */
    record Match(Expr subject, List<MatchCase> cases, Span span) implements Stmt {}

    /** {@code case pattern [if guard]:}; guard null when absent. */
    record MatchCase(Pattern pattern, Expr guard, List<Stmt> body, Span span) {}

    /** {@code import a.b as c}: asName null means bind the first component. */
    record Alias(String name, String asName) {}

    record Import(List<Alias> names, Span span) implements Stmt {}

    /** {@code from module import names}; names is [Alias("*", null)] for a star import. */
    record ImportFrom(String module, int level, List<Alias> names, Span span) implements Stmt {}
}
