package dev.tauraro.script.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean: 'x'?" CPython 3.11 appends to an uncaught NameError or AttributeError: the
 * closest known name by an edit distance in which a move costs 2 and a change of case only 1,
 * accepted when at most a third of the characters involved need changing. For a NameError the
 * names are those of the frame the lookup failed in (locals, then globals, then builtins, the
 * first list with a match winning); for an AttributeError, {@code dir(obj)}.
 *
 * <p>Only the interpreter's own traceback display offers them, as in 3.11 (whose {@code traceback}
 * module does not).
 */
final class Suggestions {
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    /** CPython gives up on longer names and on longer candidate lists. */
    private static final int MAX_STRING_SIZE = 40;
    private static final int MAX_CANDIDATES = 750;

    private Suggestions() {
    }

    /** The suggested name for {@code e}, or null. */
    static String of(PyBaseException e, Interpreter interp) {
        try {
            if (e.members == null || !(e.members.get("name") instanceof String name)) {
                return null;
            }
            if (e.type().isSubclassOf(Exceptions.NAME_ERROR)) {
                return forName(name, e.lookupFrame, interp);
            }
            if (e.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR) && e.members.containsKey("obj")) {
                Object dir = interp.builtins().get("dir");
                return dir == null ? null : closest(Ops.toList(Ops.call(dir, e.members.get("obj"))), name);
            }
        } catch (PyException | StackOverflowError failed) {
            return null; // a failing dir() or str(): CPython prints the error without a suggestion
        }
        return null;
    }

    private static String forName(String name, Frame f, Interpreter interp) {
        if (f == null) {
            return null;
        }
        List<Object> locals = new ArrayList<>();
        if (f.function != null && f.function.code.localNames != null) {
            for (String n : f.function.code.localNames) {
                if (n != null && !n.startsWith(".")) {
                    locals.add(n);
                }
            }
        }
        String s = closest(locals, name);
        if (s == null) {
            s = closest(new ArrayList<>(f.module.dict().keySet()), name);
        }
        if (s == null) {
            s = closest(new ArrayList<>(interp.builtins().keySet()), name);
        }
        return s;
    }

    /** The candidate nearest to {@code name}, the first of equals winning; null when none is near enough. */
    static String closest(List<Object> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) {
            return null;
        }
        byte[] target = name.getBytes(StandardCharsets.UTF_8);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object c : candidates) {
            if (!(PyDerived.unwrap(c) instanceof String item) || item.equals(name)) {
                continue;
            }
            byte[] b = item.getBytes(StandardCharsets.UTF_8);
            int max = Math.min((target.length + b.length + 3) * MOVE_COST / 6, bestDistance - 1);
            int d = distance(target, b, max);
            if (d <= max && (best == null || d < bestDistance)) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int la = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /** The weighted edit distance of the UTF-8 bytes, or {@code max + 1} once it must exceed {@code max}. */
    static int distance(byte[] a, byte[] b, int max) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a.length;
        int bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) { // common prefix and suffix cost nothing
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aLen = aEnd - aStart;
        int bLen = bEnd - bStart;
        if (aLen == 0 || bLen == 0) {
            return (aLen + bLen) * MOVE_COST;
        }
        if (aLen > MAX_STRING_SIZE || bLen > MAX_STRING_SIZE) {
            return max + 1;
        }
        if (bLen < aLen) { // the row follows the shorter string
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tl = aLen;
            aLen = bLen;
            bLen = tl;
        }
        if ((bLen - aLen) * MOVE_COST > max) {
            return max + 1;
        }
        int[] row = new int[aLen];
        for (int i = 0; i < aLen; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bLen; bi++) {
            byte code = b[bStart + bi];
            int diagonal = bi * MOVE_COST; // the cost of b[:bi] against an empty a
            result = diagonal;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < aLen; ai++) {
                int substitute = diagonal + substitutionCost(code, a[aStart + ai]);
                diagonal = row[ai];
                int insertDelete = Math.min(result, diagonal) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > max) {
                return max + 1;
            }
        }
        return result;
    }
}
