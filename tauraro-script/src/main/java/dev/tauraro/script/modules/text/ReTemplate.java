package dev.tauraro.script.modules.text;

import dev.tauraro.script.runtime.Exceptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A replacement template of {@code re.sub} and {@code Match.expand}, parsed once: literal text
 * (escapes such as {@code \n} already applied) alternating with group references ({@code \1},
 * {@code \g<2>}, {@code \g<name>}). Checked as CPython 3.11 does, with its messages: an unknown
 * ASCII-letter escape is an error, other escaped characters keep their backslash, and an unknown
 * group name is an IndexError. A group that did not take part in the match expands to nothing.
 */
final class ReTemplate {
    /** Each item is a String (literal) or an Integer (group number). */
    private final Object[] items;

    private ReTemplate(Object[] items) {
        this.items = items;
    }

    static ReTemplate parse(String t, Regex rx) {
        List<Object> items = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c != '\\') {
                lit.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw error(rx, "bad escape (end of pattern)", t, start);
            }
            char e = t.charAt(i);
            int group = -1;
            switch (e) {
                case 'g' -> {
                    i++;
                    if (i >= n || t.charAt(i) != '<') {
                        throw error(rx, "missing <", t, i);
                    }
                    int nameAt = i + 1;
                    int close = t.indexOf('>', nameAt);
                    if (close < 0) {
                        throw error(rx, nameAt >= n ? "missing group name" : "missing >, unterminated name", t,
                                nameAt);
                    }
                    String name = t.substring(nameAt, close);
                    if (name.isEmpty()) {
                        throw error(rx, "missing group name", t, nameAt);
                    }
                    if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                        group = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
                        if (group > rx.groups) {
                            throw error(rx, "invalid group reference " + name, t, nameAt);
                        }
                    } else if (PatternTranslator.isIdentifier(name)) {
                        Integer g = rx.names.get(name);
                        if (g == null) {
                            throw Exceptions.indexError("unknown group name " + PatternTranslator.quote(name));
                        }
                        group = g;
                    } else {
                        throw error(rx, "bad character in group name " + PatternTranslator.quote(name), t, nameAt);
                    }
                    i = close + 1;
                }
                case '0' -> {
                    int v = 0;
                    i++;
                    for (int k = 0; k < 2 && i < n && t.charAt(i) >= '0' && t.charAt(i) <= '7'; k++) {
                        v = v * 8 + (t.charAt(i++) - '0');
                    }
                    lit.append((char) v);
                }
                case 'a' -> {
                    lit.append('\007');
                    i++;
                }
                case 'b' -> {
                    lit.append('\b');
                    i++;
                }
                case 'f' -> {
                    lit.append('\f');
                    i++;
                }
                case 'n' -> {
                    lit.append('\n');
                    i++;
                }
                case 'r' -> {
                    lit.append('\r');
                    i++;
                }
                case 't' -> {
                    lit.append('\t');
                    i++;
                }
                case 'v' -> {
                    lit.append('\013');
                    i++;
                }
                case '\\' -> {
                    lit.append('\\');
                    i++;
                }
                default -> {
                    if (e >= '1' && e <= '9') {
                        int digitsAt = i;
                        int j = i + 1;
                        if (j < n && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
                            if (e <= '7' && t.charAt(j) <= '7' && j + 1 < n && t.charAt(j + 1) >= '0'
                                    && t.charAt(j + 1) <= '7') {
                                int v = Integer.parseInt(t.substring(i, j + 2), 8);
                                if (v > 0377) {
                                    throw error(rx, "octal escape value " + t.substring(start, j + 2)
                                            + " outside of range 0-0o377", t, start);
                                }
                                lit.append((char) v);
                                i = j + 2;
                                break;
                            }
                            j++;
                        }
                        group = Integer.parseInt(t.substring(digitsAt, j));
                        i = j;
                        if (group > rx.groups) {
                            throw error(rx, "invalid group reference " + group, t, digitsAt);
                        }
                    } else if (e < 128 && Character.isLetter(e)) {
                        throw error(rx, "bad escape \\" + e, t, start);
                    } else {
                        lit.append('\\').append(e);
                        i++;
                    }
                }
            }
            if (group >= 0) {
                if (lit.length() > 0) {
                    items.add(lit.toString());
                    lit.setLength(0);
                }
                items.add(group);
            }
        }
        if (lit.length() > 0) {
            items.add(lit.toString());
        }
        return new ReTemplate(items.toArray());
    }

    private static RuntimeException error(Regex rx, String msg, String template, int pos) {
        return ReModule.error(rx.error, msg, rx.bytes ? ReModule.latin1(template) : template, pos);
    }

    void expand(StringBuilder out, Regex.Subject s, Matcher m) {
        for (Object item : items) {
            if (item instanceof String str) {
                out.append(str);
            } else {
                int g = (Integer) item;
                int start = s.start(m, g);
                if (start >= 0) {
                    out.append(s.text, start, m.end(g));
                }
            }
        }
    }

    /** The template filled from groups at Java offsets into {@code text} (start, end per group; -1 unset). */
    void expand(StringBuilder out, String text, int[] offsets) {
        for (Object item : items) {
            if (item instanceof String str) {
                out.append(str);
            } else {
                int g = (Integer) item;
                int start = offsets[2 * g];
                if (start >= 0) {
                    out.append(text, start, offsets[2 * g + 1]);
                }
            }
        }
    }
}
