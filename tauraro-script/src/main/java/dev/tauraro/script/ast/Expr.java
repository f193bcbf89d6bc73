package dev.tauraro.script.ast;

import java.util.List;

/** Expression nodes of the script language. Immutable; every node carries its source span. */
public sealed interface Expr {
    Span span();

    /** A name read, written or deleted. */
    record Name(String id, Span span) implements Expr {}

    /** A literal: Long/BigInteger, Double, String, Boolean, {@code None}, {@code Ellipsis} or bytes. */
    record Const(Object value, Span span) implements Expr {}

    /** An f-string: a concatenation of literal strings and formatted values. */
    record FString(List<Expr> parts, Span span) implements Expr {}

    /** {@code {value!conversion:spec}} inside an f-string; conversion is 0, 's', 'r' or 'a'. */
    record Formatted(Expr value, char conversion, Expr spec, Span span) implements Expr {}

    record BinOp(Expr left, String op, Expr right, Span span) implements Expr {}

    record UnaryOp(String op, Expr operand, Span span) implements Expr {}

    /** {@code and} / {@code or} over two or more values. */
    record BoolOp(String op, List<Expr> values, Span span) implements Expr {}

    /** A comparison chain {@code a < b <= c}. */
    record Compare(Expr left, List<String> ops, List<Expr> comparators, Span span) implements Expr {}

    /** A call argument: positional, {@code name=value}, {@code *value} or {@code **value}. */
    record Arg(String keyword, Expr value, boolean star, boolean doubleStar) {}

    record Call(Expr func, List<Arg> args, Span span) implements Expr {}

    record Attribute(Expr value, String attr, Span span) implements Expr {}

    record Subscript(Expr value, Expr index, Span span) implements Expr {}

    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {}

    record ListExpr(List<Expr> elts, Span span) implements Expr {}

    record TupleExpr(List<Expr> elts, Span span) implements Expr {}

    record SetExpr(List<Expr> elts, Span span) implements Expr {}

    /** A dict display; a null key means {@code **value}. */
    record DictExpr(List<Expr> keys, List<Expr> values, Span span) implements Expr {}

    record Starred(Expr value, Span span) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orElse, Span span) implements Expr {}

    record Lambda(Params params, Expr body, Span span) implements Expr {}

    /** One {@code for target in iter if cond...} clause of a comprehension. */
    record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}

    /** kind is "list", "set", "gen" or "dict" (then key and value are set, elt is null). */
    record Comp(String kind, Expr elt, Expr key, Expr value, List<Comprehension> generators, Span span)
            implements Expr {}

    record Await(Expr value, Span span) implements Expr {}

    record Yield(Expr value, Span span) implements Expr {}

    record YieldFrom(Expr value, Span span) implements Expr {}

    /** {@code name := value}. */
    record NamedExpr(Name target, Expr value, Span span) implements Expr {}
}
