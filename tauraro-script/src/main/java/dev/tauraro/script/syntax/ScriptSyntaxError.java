package dev.tauraro.script.syntax;

/**
 * A syntax (or indentation) error found before the script runs, with its place in the source.
 * Printed in CPython's format by {@link #format()}.
 */
public final class ScriptSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String kind;
    private final String file;
    private final int line;
    private final int column;
    /** 1-based column just after the marked range (CPython's {@code end_offset}), or 0 for a single caret. */
    private final int endColumn;
    private final String lineText;

    /**
     * @param kind "SyntaxError" or "IndentationError"
     * @param column 1-based column of the caret, or 0 for none
     */
    public ScriptSyntaxError(String kind, String message, String file, int line, int column, String lineText) {
        this(kind, message, file, line, column, 0, lineText);
    }

    /** @param endColumn 1-based column just after the marked range on the same line, or 0 for one caret */
    public ScriptSyntaxError(String kind, String message, String file, int line, int column, int endColumn,
            String lineText) {
        super(message, null, false, false);
        this.kind = kind;
        this.file = file;
        this.line = line;
        this.column = column;
        this.endColumn = endColumn;
        this.lineText = lineText;
    }

    /** An error marked from {@code start} to {@code end} (offsets; a range past its line is cut at the line's end). */
    public static ScriptSyntaxError range(SourceFile src, int start, int end, String message) {
        int line = src.line(start);
        int column = src.column(start);
        int endColumn = src.line(end) == line ? src.column(end) : src.lineText(line).stripTrailing().length() + 1;
        return new ScriptSyntaxError("SyntaxError", message, src.name(), line, column, endColumn, src.lineText(line));
    }

    public static ScriptSyntaxError at(SourceFile src, int offset, String message) {
        return at(src, offset, "SyntaxError", message);
    }

    public static ScriptSyntaxError at(SourceFile src, int offset, String kind, String message) {
        int line = src.line(offset);
        return new ScriptSyntaxError(kind, message, src.name(), line, src.column(offset), src.lineText(line));
    }

    public String kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** CPython's {@code end_offset}: the column after the marked range, or 0 when only {@link #column()} is marked. */
    public int endColumn() {
        return endColumn;
    }

    /** CPython's rendering: file and line, the source line, a caret, then the message. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(file).append("\", line ").append(line).append('\n');
        String text = lineText == null ? "" : lineText;
        int lead = 0;
        while (lead < text.length() && (text.charAt(lead) == ' ' || text.charAt(lead) == '\t')) {
            lead++;
        }
        String shown = text.substring(lead).stripTrailing();
        if (!shown.isEmpty()) {
            sb.append("    ").append(shown).append('\n');
            if (column > 0) {
                int caret = Math.max(0, Math.min(column - 1 - lead, shown.length()));
                int width = endColumn > column ? Math.min(endColumn - column, shown.length() + 1 - caret) : 1;
                sb.append("    ").append(" ".repeat(caret)).append("^".repeat(Math.max(1, width))).append('\n');
            }
        }
        sb.append(kind).append(": ").append(getMessage()).append('\n');
        return sb.toString();
    }
}
