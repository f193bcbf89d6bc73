package dev.tauraro.script.ast;

import java.util.List;

/**
 * The patterns of a {@code match} statement's {@code case} clauses (PEP 634). Immutable; every node
 * carries its source span. Literal and value patterns keep their expression, evaluated when matched.
 */
public sealed interface Pattern {
    Span span();

    /** A literal or dotted-name value, compared with {@code ==}. */
    record Value(Expr value, Span span) implements Pattern {}

    /** {@code None}, {@code True} or {@code False}, compared with {@code is}. */
    record Singleton(Object value, Span span) implements Pattern {}

    /**
     * A capture: a bare name ({@code inner} null), {@code inner as name}, or the wildcard {@code _}
     * ({@code name} null, {@code inner} null).
     */
    record Capture(Pattern inner, String name, Span span) implements Pattern {}

    /** {@code *name} inside a sequence pattern; {@code name} null for {@code *_}. */
    record Star(String name, Span span) implements Pattern {}

    /** {@code [a, b, *rest]} or {@code (a, b)} or the open form {@code case a, b:}. */
    record Sequence(List<Pattern> items, Span span) implements Pattern {}

    /** {@code {key: pattern, ..., **rest}}; {@code rest} null when absent. */
    record Mapping(List<Expr> keys, List<Pattern> values, String rest, Span span) implements Pattern {}

    /** {@code Cls(p1, p2, attr=p3)}. */
    record ClassPattern(Expr cls, List<Pattern> args, List<String> kwNames, List<Pattern> kwValues, Span span)
            implements Pattern {}

    /** {@code p1 | p2 | ...}. */
    record Or(List<Pattern> alternatives, Span span) implements Pattern {}
}
