package dev.tauraro.script.compile;

import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyException;

/**
 * Binary and comparison operators as small int codes, fixed when a node is compiled: a node then
 * dispatches with a table switch instead of comparing operator strings on every evaluation, and
 * float operands take a path of their own before {@link Ops}' general chain of type tests (which
 * tries ints, strings and sequences first). Results are always those of {@link Ops}.
 */
final class BinOps {
    private BinOps() {
    }

    static final int ADD = 0;
    static final int SUB = 1;
    static final int MUL = 2;
    static final int TRUEDIV = 3;
    static final int FLOORDIV = 4;
    static final int MOD = 5;
    static final int POW = 6;
    static final int LSHIFT = 7;
    static final int RSHIFT = 8;
    static final int AND = 9;
    static final int OR = 10;
    static final int XOR = 11;
    static final int MATMUL = 12;

    /** The code of a binary operator symbol ({@code "+"}, {@code "//"}, ...). */
    static int code(String op) {
        return switch (op) {
            case "+" -> ADD;
            case "-" -> SUB;
            case "*" -> MUL;
            case "/" -> TRUEDIV;
            case "//" -> FLOORDIV;
            case "%" -> MOD;
            case "**" -> POW;
            case "<<" -> LSHIFT;
            case ">>" -> RSHIFT;
            case "&" -> AND;
            case "|" -> OR;
            case "^" -> XOR;
            case "@" -> MATMUL;
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** {@code a op b}. */
    static Object apply(int code, Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            Object r = floats(code, a, b);
            if (r != null) {
                return r;
            }
        }
        return switch (code) {
            case ADD -> Ops.add(a, b);
            case SUB -> Ops.sub(a, b);
            case MUL -> Ops.mul(a, b);
            case TRUEDIV -> Ops.truediv(a, b);
            case FLOORDIV -> Ops.floordiv(a, b);
            case MOD -> Ops.mod(a, b);
            case POW -> Ops.pow(a, b);
            case LSHIFT -> Ops.lshift(a, b);
            case RSHIFT -> Ops.rshift(a, b);
            case AND -> Ops.bitand(a, b);
            case OR -> Ops.bitor(a, b);
            case XOR -> Ops.bitxor(a, b);
            default -> Ops.binary("@", a, b);
        };
    }

    /**
     * {@code a op= b}: for an int or a float (immutable, without in-place methods) the binary
     * operator, else {@link Ops#inplace}.
     */
    static Object inplace(String op, int code, Object a, Object b) {
        if (a instanceof Long || a instanceof Double) {
            try {
                return apply(code, a, b);
            } catch (PyException e) {
                throw Ops.augmentedError(e, op);
            }
        }
        return Ops.inplace(op, a, b);
    }

    /**
     * {@code a op b} when one operand is a float and the other a float or a machine-sized int;
     * null for everything else (and for the cases that raise, such as division by zero), which
     * the general path then handles.
     */
    static Object floats(int code, Object a, Object b) {
        double x;
        double y;
        if (a instanceof Double d) {
            x = d;
        } else if (a instanceof Long l) {
            x = l;
        } else {
            return null;
        }
        if (b instanceof Double d) {
            y = d;
        } else if (b instanceof Long l) {
            y = l;
        } else {
            return null;
        }
        switch (code) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case TRUEDIV:
                return y == 0 ? null : (Object) (x / y);
            default:
                return null;
        }
    }

    static final int LT = 0;
    static final int LE = 1;
    static final int GT = 2;
    static final int GE = 3;
    static final int EQ = 4;
    static final int NE = 5;
    static final int IN = 6;
    static final int NOT_IN = 7;
    static final int IS = 8;
    static final int IS_NOT = 9;

    /** An ordering comparison ({@link #LT} to {@link #NE}) from a three-way result. */
    private static boolean ordered(int code, int c) {
        return switch (code) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case EQ -> c == 0;
            default -> c != 0;
        };
    }

    /** The largest magnitude of the ints that a double holds exactly, and all ints below it. */
    private static final long EXACT = 1L << 53;

    /**
     * A float, or an int that a double holds exactly, as a double; NaN for anything else (and for a
     * NaN float). Two such doubles compare as CPython compares the values, which it does exactly
     * (so {@code x < 0} with a float x needs no trip through the generic comparison); an int beyond
     * 2**53 could round to the float it is compared with, and keeps the exact path in {@link Ops}.
     */
    static double exactDouble(Object o) {
        if (o instanceof Double d) {
            return d;
        }
        if (o instanceof Long l && l >= -EXACT && l <= EXACT) {
            return l;
        }
        return Double.NaN;
    }

    /** The code of a comparison operator ({@code "<"}, {@code "not in"}, {@code "is"}, ...). */
    static int compareCode(String op) {
        return switch (op) {
            case "<" -> LT;
            case "<=" -> LE;
            case ">" -> GT;
            case ">=" -> GE;
            case "==" -> EQ;
            case "!=" -> NE;
            case "in" -> IN;
            case "not in" -> NOT_IN;
            case "is" -> IS;
            case "is not" -> IS_NOT;
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** {@code a op b} for a comparison code. */
    static Object compare(int code, Object a, Object b) {
        if (code <= NE) {
            if (a instanceof Long && b instanceof Long) {
                return ordered(code, Long.compare((Long) a, (Long) b));
            }
            double x = exactDouble(a);
            double y = exactDouble(b);
            if (x == x && y == y) { // no NaN (which compares false, apart from !=): Ops has that rule
                return ordered(code, x < y ? -1 : x > y ? 1 : 0); // -0.0 == 0.0, as in Python
            }
        }
        return switch (code) {
            case LT -> Ops.lt(a, b);
            case LE -> Ops.le(a, b);
            case GT -> Ops.gt(a, b);
            case GE -> Ops.ge(a, b);
            case EQ -> Ops.richEq(a, b);
            case NE -> Ops.richNe(a, b);
            case IN -> Ops.contains(b, a);
            case NOT_IN -> !Ops.contains(b, a);
            case IS -> Ops.is(a, b);
            default -> !Ops.is(a, b);
        };
    }
}
