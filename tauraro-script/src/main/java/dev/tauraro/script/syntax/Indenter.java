package dev.tauraro.script.syntax;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The pre-pass that makes Python's layout explicit for the grammar: it emits one line per logical
 * line, prefixed by {@link #INDENT} or {@link #DEDENT} markers when the indentation changes, and
 * removes comments, blank lines and line continuations (newlines inside brackets and after a
 * backslash become spaces). Strings are copied untouched. {@link #offsets()} maps every emitted
 * character back to its offset in the original text, so spans and errors point at the source.
 */
final class Indenter {
    static final char INDENT = '\u0001';
    static final char DEDENT = '\u0002';

    private final SourceFile src;
    private final String s;
    private final StringBuilder out = new StringBuilder();
    private int[] map = new int[256];
    private final Deque<Integer> stack = new ArrayDeque<>();

    Indenter(SourceFile src) {
        this.src = src;
        this.s = src.text();
    }

    String text() {
        return out.toString();
    }

    /** Original offset of each emitted character, plus one entry for the end. */
    int[] offsets() {
        return Arrays.copyOf(map, out.length() + 1);
    }

    private void emit(char c, int origin) {
        if (out.length() + 1 >= map.length) {
            map = Arrays.copyOf(map, map.length * 2);
        }
        map[out.length()] = origin;
        out.append(c);
        map[out.length()] = origin + 1;
    }

    Indenter run() {
        stack.push(0);
        int i = 0;
        int n = s.length();
        while (i < n) {
            // start of a logical line: measure indentation
            int col = 0;
            int j = i;
            while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\f')) {
                char c = s.charAt(j);
                col = c == '\t' ? (col / 8 + 1) * 8 : c == '\f' ? 0 : col + 1;
                j++;
            }
            if (j >= n) {
                break;
            }
            char first = s.charAt(j);
            if (first == '#' || first == '\n' || first == '\r') {
                while (j < n && s.charAt(j) != '\n') {
                    j++;
                }
                i = j + 1;
                continue;
            }
            if (first == '\\' && j + 1 < n && s.charAt(j + 1) == '\n') {
                i = j + 2; // a backslash continuation of an empty line
                continue;
            }
            int top = stack.peek();
            if (col > top) {
                stack.push(col);
                emit(INDENT, j);
            } else if (col < top) {
                while (col < stack.peek()) {
                    stack.pop();
                    emit(DEDENT, j);
                }
                if (col != stack.peek()) { // CPython's caret stands just after the line's text
                    int end = s.indexOf('\n', j);
                    String rest = s.substring(j, end < 0 ? n : end).stripTrailing();
                    throw ScriptSyntaxError.at(src, j + rest.length(), "IndentationError",
                            "unindent does not match any outer indentation level");
                }
            }
            i = logicalLine(j);
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            emit('\n', n);
        }
        while (stack.size() > 1) {
            stack.pop();
            emit(DEDENT, n);
        }
        return this;
    }

    /** Copies one logical line starting at {@code i}; returns the offset after its newline. */
    private int logicalLine(int i) {
        int n = s.length();
        int depth = 0;
        int openAt = -1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '\\' && i + 1 < n && (s.charAt(i + 1) == '\n'
                    || s.charAt(i + 1) == '\r' && i + 2 < n && s.charAt(i + 2) == '\n')) {
                emit(' ', i);
                i += s.charAt(i + 1) == '\r' ? 3 : 2;
                continue;
            }
            if (c == '\r') {
                i++;
                continue;
            }
            if (c == '\n') {
                if (depth > 0) {
                    emit(' ', i);
                    i++;
                    continue;
                }
                emit('\n', i);
                return i + 1;
            }
            if (c == '"' || c == '\'') {
                i = string(i);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (depth == 0) {
                    openAt = i;
                }
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    throw ScriptSyntaxError.at(src, i, "unmatched '" + c + "'");
                }
                depth--;
            }
            emit(c, i);
            i++;
        }
        if (depth > 0) {
            throw ScriptSyntaxError.at(src, openAt, "'" + s.charAt(openAt) + "' was never closed");
        }
        emit('\n', n);
        return n;
    }

    /** Copies a string literal whose opening quote is at {@code i}; returns the offset after it. */
    private int string(int i) {
        int n = s.length();
        int start = i;
        char q = s.charAt(i);
        boolean triple = i + 2 < n && s.charAt(i + 1) == q && s.charAt(i + 2) == q;
        int open = triple ? 3 : 1;
        for (int k = 0; k < open; k++) {
            emit(q, i++);
        }
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                emit(c, i);
                emit(s.charAt(i + 1), i + 1);
                i += 2;
                continue;
            }
            if (c == '\n' && !triple) {
                throw ScriptSyntaxError.at(src, start,
                        "unterminated string literal (detected at line " + src.line(start) + ")");
            }
            if (c == q && (!triple || i + 2 < n && s.charAt(i + 1) == q && s.charAt(i + 2) == q)) {
                for (int k = 0; k < open; k++) {
                    emit(q, i++);
                }
                return i;
            }
            emit(c, i);
            i++;
        }
        if (triple) {
            throw ScriptSyntaxError.at(src, start, "unterminated triple-quoted string literal (detected at line "
                    + src.line(n) + ")");
        }
        throw ScriptSyntaxError.at(src, start,
                "unterminated string literal (detected at line " + src.line(start) + ")");
    }
}
