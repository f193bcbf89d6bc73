package dev.tauraro.script.syntax;

import java.util.Arrays;

/** A script's text and name, with line lookup for spans and error messages. */
public final class SourceFile {
    private final String name;
    private final String text;
    /**
     * Where each line starts, worked out on first use: most modules never need it (spans carry
     * their line), and counting lines char by char was a tenth of importing a large library
     * module at start-up. Built whole before it is published, so a racing thread at worst builds
     * it too.
     */
    private volatile int[] lineStarts;

    public SourceFile(String name, String text) {
        this.name = name;
        this.text = text;
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            starts = new int[16];
            int n = 0;
            starts[n++] = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
            starts = Arrays.copyOf(starts, n);
            lineStarts = starts;
        }
        return starts;
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The 1-based line of a character offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts(), offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of a character offset. */
    public int column(int offset) {
        return offset - lineStarts()[line(offset) - 1] + 1;
    }

    /** The text of a 1-based line, without its newline; empty past the end. */
    public String lineText(int line) {
        int[] lineStarts = lineStarts();
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }
}
