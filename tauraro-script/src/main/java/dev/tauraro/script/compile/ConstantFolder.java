package dev.tauraro.script.compile;

import dev.tauraro.script.ast.Expr;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyTuple;
import java.math.BigInteger;
import java.util.List;

/**
 * Operations on constants computed once, when the code is compiled, as CPython 3.11's AST
 * optimizer does ({@code Python/ast_opt.c}): {@code -1}, {@code 2 ** 32}, {@code 1 << 20},
 * {@code "-" * 40}, {@code (1, 2, 3)} and {@code ("a", "b") + ("c",)} become constants instead of
 * work at every evaluation (a tuple display of constants also stops allocating a tuple each time).
 *
 * <p>CPython's limits are kept, so that compiling never builds something huge: ints of at most
 * 128 bits through {@code *}, {@code **} and {@code <<}, strings and bytes of at most 4096 items and
 * tuples of at most 256 through {@code *}; {@code %} on str or bytes (formatting) is left to run
 * time. An operation that raises ({@code 1 / 0}) is not folded: its error comes when it runs, with
 * its traceback, as in CPython.
 */
final class ConstantFolder {
    /** What {@link #value} gives for an expression that is not a constant. */
    static final Object NOT_CONSTANT = new Object();

    private static final int MAX_INT_SIZE = 128;          // bits
    private static final int MAX_COLLECTION_SIZE = 256;   // items
    private static final int MAX_STR_SIZE = 4096;         // characters or bytes
    private static final int MAX_TOTAL_ITEMS = 1024;      // including nested tuples

    private ConstantFolder() {
    }

    /** The value of a constant expression (a literal, or an operation CPython folds on constants), else {@link #NOT_CONSTANT}. */
    static Object value(Expr e) {
        if (e instanceof Expr.Const c) {
            return c.value();
        }
        if (e instanceof Expr.UnaryOp u) {
            Object v = value(u.operand());
            return v == NOT_CONSTANT ? v : unary(u.op(), v);
        }
        if (e instanceof Expr.BinOp b) {
            Object l = value(b.left());
            if (l == NOT_CONSTANT) {
                return l;
            }
            Object r = value(b.right());
            return r == NOT_CONSTANT ? r : binary(b.op(), l, r);
        }
        if (e instanceof Expr.TupleExpr t) {
            return tuple(t.elts());
        }
        return NOT_CONSTANT;
    }

    private static Object tuple(List<Expr> elts) {
        if (elts.isEmpty()) {
            return PyTuple.EMPTY;
        }
        Object[] items = new Object[elts.size()];
        for (int i = 0; i < items.length; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                return NOT_CONSTANT;
            }
            Object v = value(elts.get(i));
            if (v == NOT_CONSTANT) {
                return v;
            }
            items[i] = v;
        }
        return new PyTuple(items);
    }

    private static Object unary(String op, Object v) {
        try {
            return switch (op) {
                case "not" -> !Ops.truthy(v);
                case "-" -> Ops.neg(v);
                case "+" -> Ops.pos(v);
                default -> Ops.invert(v);
            };
        } catch (PyException e) {
            return NOT_CONSTANT;   // -"a": a TypeError when it runs
        }
    }

    private static Object binary(String op, Object l, Object r) {
        if (op.equals("@") || !safe(op, l, r)) {
            return NOT_CONSTANT;
        }
        try {
            return BinOps.apply(BinOps.code(op), l, r);
        } catch (PyException | ArithmeticException e) {
            return NOT_CONSTANT;
        }
    }

    /** CPython's safe_multiply / safe_power / safe_lshift / safe_mod: whether folding stays small. */
    private static boolean safe(String op, Object l, Object r) {
        switch (op) {
            case "*": {
                if (isInt(l) && isInt(r)) {
                    long lb = bits(l);
                    long rb = bits(r);
                    return lb <= MAX_INT_SIZE && rb <= MAX_INT_SIZE && lb + rb <= MAX_INT_SIZE;
                }
                if (isInt(l)) {
                    return safeRepeat(r, l);
                }
                return !isInt(r) || safeRepeat(l, r);
            }
            case "**", "<<": {
                if (!isInt(l) || !isInt(r) || sign(l) == 0 || sign(r) <= 0) {
                    return true;
                }
                long lb = bits(l);
                long n = bits(r) > 63 ? Long.MAX_VALUE : small(r);
                return op.equals("**") ? lb <= MAX_INT_SIZE && n <= MAX_INT_SIZE && lb * n <= MAX_INT_SIZE
                        : n <= MAX_INT_SIZE && lb <= MAX_INT_SIZE - n;
            }
            case "%":
                return !(l instanceof String) && !(l instanceof PyBytes);
            default:
                return true;
        }
    }

    /** {@code seq * n}: a str, bytes or tuple repeated within CPython's sizes. */
    private static boolean safeRepeat(Object seq, Object n) {
        int size;
        int limit;
        if (seq instanceof String s) {
            size = s.length();
            limit = MAX_STR_SIZE;
        } else if (seq instanceof PyBytes b) {
            size = b.bytes().length;
            limit = MAX_STR_SIZE;
        } else if (seq instanceof PyTuple t) {
            size = t.items.length;
            limit = MAX_COLLECTION_SIZE;
        } else {
            return true;   // a number: int * float and the like
        }
        if (size == 0) {
            return true;
        }
        if (bits(n) > 31) {
            return sign(n) < 0;   // a negative count gives an empty sequence; a huge one is left to run time
        }
        long count = small(n);
        if (count < 0) {
            return true;
        }
        if (count > limit / size) {
            return false;
        }
        return !(seq instanceof PyTuple t) || count == 0 || totalItems(t) <= MAX_TOTAL_ITEMS / count;
    }

    /** A tuple's items, counting those of the tuples inside it too (CPython's check_complexity). */
    private static long totalItems(PyTuple t) {
        long n = t.items.length;
        for (Object o : t.items) {
            if (o instanceof PyTuple inner) {
                n += totalItems(inner);
            }
        }
        return n;
    }

    private static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    /** The bit length of an int's magnitude. */
    private static long bits(Object o) {
        if (o instanceof BigInteger b) {
            return b.abs().bitLength();
        }
        long v = small(o);
        return v == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(v));
    }

    private static int sign(Object o) {
        return o instanceof BigInteger b ? b.signum() : Long.signum(small(o));
    }

    /** A bool's or a Long's value (a bool is an int: {@code "ab" * True}, {@code 2 ** True}); a BigInteger's low 64 bits. */
    private static long small(Object o) {
        return o instanceof Boolean flag ? (flag ? 1 : 0) : ((Number) o).longValue();
    }
}
