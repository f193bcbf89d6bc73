package dev.tauraro.script.runtime;

/**
 * Where in the source a compiled operation sits, as CPython 3.11 keeps per instruction: first and
 * last line, 0-based start and end columns (character offsets into those lines), and for a binary
 * operation or a subscript on one line the columns {@code [anchorStart, anchorEnd)} of its operator
 * or brackets (-1 otherwise). Tracebacks draw their {@code ^^^^} markers from it ({@link Carets}).
 */
public record SourceRange(int line, int col, int endLine, int endCol, int anchorStart, int anchorEnd) {}
