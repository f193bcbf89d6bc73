package dev.tauraro.script.ast;

/** A region of the original source: character offsets {@code [start, end)} and the 1-based line of start. */
public record Span(int start, int end, int line) {
    public static final Span NONE = new Span(0, 0, 0);
}
