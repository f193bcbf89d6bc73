package dev.tauraro.script.modules.sqlite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code _sqlite3} needs to know of an SQL text that the JDBC driver does not tell: the names
 * of its parameters (the C API's {@code sqlite3_bind_parameter_name}), where its first statement
 * ends (the tail {@code sqlite3_prepare} reports, for "one statement at a time"), its leading
 * keyword, and whether it is complete ({@code sqlite3_complete}). A lexer over SQLite's tokens
 * that matter here: quoted strings and identifiers ({@code '..'}, {@code ".."}, {@code `..`},
 * {@code [..]}), comments ({@code --} and block comments) and parameters.
 */
final class SqlText {
    private SqlText() {
    }

    /** The first statement's length: up to and including its ';', or the whole text. */
    static int firstStatementEnd(String sql) {
        int end = statementEnd(sql, 0);
        return end < 0 ? sql.length() : end;
    }

    /**
     * The index after the ';' ending the statement that starts at {@code from}, or -1 when the
     * text ends first (or inside a quote). A CREATE TRIGGER's body holds statements of its own:
     * its ';' is the one after the body's END.
     */
    static int statementEnd(String sql, int from) {
        int n = sql.length();
        int i = from;
        List<String> words = new ArrayList<>();
        boolean trigger = false;
        String prev = "";
        while (i < n) {
            char c = sql.charAt(i);
            int skip = skipQuotedOrComment(sql, i);
            if (skip > i) {
                boolean comment = c == '-' || c == '/';
                prev = comment ? prev : "";
                i = skip;
            } else if (c == ';') {
                if (!trigger || prev.equals("END")) {
                    return i + 1;
                }
                prev = ";";
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && isNameChar(sql.charAt(j))) {
                    j++;
                }
                prev = sql.substring(i, j).toUpperCase(Locale.ROOT);
                if (words.size() < 4) {
                    words.add(prev);
                    trigger = trigger || isCreateTrigger(words);
                }
                i = j;
            } else {
                if (!Character.isWhitespace(c)) {
                    prev = String.valueOf(c);
                }
                i++;
            }
        }
        return -1;
    }

    /** Whether {@code sql} from {@code from} holds only white space and comments (not even a ';'). */
    static boolean onlyTrivia(String sql, int from) {
        return skipTrivia(sql, from) >= sql.length();
    }

    /** The index of the first character from {@code from} that is not white space or in a comment. */
    private static int skipTrivia(String sql, int from) {
        int i = from;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = skipQuotedOrComment(sql, i);
            } else {
                break;
            }
        }
        return i;
    }

    /** The first keyword of the text (upper case), after white space and comments; "" if none. */
    static String leadingKeyword(String sql) {
        int start = Math.min(skipTrivia(sql, 0), sql.length());
        int i = start;
        while (i < sql.length() && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        return sql.substring(start, i).toUpperCase(Locale.ROOT);
    }

    /**
     * The parameters of one statement by index, as SQLite numbers them: {@code ?} takes the next
     * index after the largest so far, {@code ?NNN} is NNN, and a named one ({@code :a}, {@code @a},
     * {@code $a}) takes a new index the first time its name is seen. The list's element i-1 is the
     * name of parameter i with its prefix ({@code ":a"}), or null for a nameless one.
     */
    static List<String> parameterNames(String sql) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            int skip = skipQuotedOrComment(sql, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            char c = sql.charAt(i);
            if (c == '?') {
                int j = i + 1;
                while (j < n && Character.isDigit(sql.charAt(j))) {
                    j++;
                }
                if (j > i + 1) {
                    int index = Integer.parseInt(sql.substring(i + 1, Math.min(j, i + 10)));
                    String name = sql.substring(i, j);
                    while (names.size() < index) {
                        names.add(null);
                    }
                    if (names.get(index - 1) == null) {
                        names.set(index - 1, name);
                    }
                } else {
                    names.add(null);
                }
                i = j;
            } else if ((c == ':' || c == '@' || c == '$') && i + 1 < n && isNameChar(sql.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && (isNameChar(sql.charAt(j)) || c == '$' && sql.charAt(j) == ':' && j + 1 < n && sql.charAt(j + 1) == ':')) {
                    j += sql.charAt(j) == ':' ? 2 : 1;
                }
                String name = sql.substring(i, j);
                if (!seen.containsKey(name)) {
                    names.add(name);
                    seen.put(name, names.size());
                }
                i = j;
            } else {
                i++;
            }
        }
        return names;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c > 0x7f;
    }

    /**
     * {@code sqlite3_complete}: whether the text ends a statement with a ';' outside quotes and
     * comments (a CREATE TRIGGER's after its body's END), with nothing but comments after it.
     */
    static boolean complete(String sql) {
        int i = 0;
        boolean ended = false;
        while (!onlyTrivia(sql, i)) {
            int end = statementEnd(sql, i);
            if (end < 0) {
                return false;
            }
            ended = true;
            i = end;
        }
        return ended;
    }

    private static boolean isCreateTrigger(List<String> words) {
        if (words.isEmpty() || !words.get(0).equals("CREATE")) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            String w = words.get(k);
            if (w.equals("TRIGGER")) {
                return true;
            }
            if (!w.equals("TEMP") && !w.equals("TEMPORARY")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The index after the quoted string, quoted identifier or comment starting at {@code i}, or
     * {@code i} when none starts there; past {@code sql.length()} when it is not closed.
     */
    static int skipQuotedOrComment(String sql, int i) {
        int n = sql.length();
        char c = sql.charAt(i);
        switch (c) {
            case '\'', '"', '`' -> {
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == c) {
                        if (j + 1 < n && sql.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        return j + 1;
                    }
                    j++;
                }
                return n + 1;
            }
            case '[' -> {
                int j = sql.indexOf(']', i + 1);
                return j < 0 ? n + 1 : j + 1;
            }
            case '-' -> {
                if (i + 1 < n && sql.charAt(i + 1) == '-') {
                    int j = sql.indexOf('\n', i + 2);
                    return j < 0 ? n : j + 1;
                }
                return i;
            }
            case '/' -> {
                if (i + 1 < n && sql.charAt(i + 1) == '*') {
                    int j = sql.indexOf("*/", i + 2);
                    return j < 0 ? n + 1 : j + 2;
                }
                return i;
            }
            default -> {
                return i;
            }
        }
    }
}
