package dev.tauraro.script.runtime;

/**
 * The marker line CPython 3.11 prints under a traceback's source line: {@code ^} under the failing
 * operation's range, or for a binary operation or subscript {@code ~} under the operands and
 * {@code ^} under the operator or brackets. Observed rules: a range over several lines is marked
 * to the end of its first line, without operator anchors; a plain range that covers the whole
 * (stripped) line is not marked at all, an anchored one always is.
 */
public final class Carets {
    private Carets() {}

    /**
     * The marker line for {@code rawLine} (the source line with its indentation), already indented
     * by {@code indent} (CPython's four spaces), or null when none is printed.
     */
    public static String under(String rawLine, SourceRange r, String indent) {
        if (r == null || rawLine == null) {
            return null;
        }
        String stripped = rawLine.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        int lead = rawLine.length() - rawLine.stripLeading().length();
        int lineEnd = lead + stripped.length();
        int start = r.col();
        boolean oneLine = r.endLine() == r.line();
        int end = oneLine ? r.endCol() : lineEnd;
        if (start < lead || end > rawLine.length() || end <= start) {
            return null; // a range that does not fit this line (the file changed since): no markers
        }
        boolean anchored = oneLine && r.anchorStart() >= start && r.anchorEnd() > r.anchorStart()
                && r.anchorEnd() <= end;
        if (!anchored && end - start >= stripped.length()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(indent);
        sb.append(" ".repeat(start - lead));
        if (anchored) {
            sb.append("~".repeat(r.anchorStart() - start));
            sb.append("^".repeat(r.anchorEnd() - r.anchorStart()));
            sb.append("~".repeat(end - r.anchorEnd()));
        } else {
            sb.append("^".repeat(end - start));
        }
        return sb.toString();
    }
}
