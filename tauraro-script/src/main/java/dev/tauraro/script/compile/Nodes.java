package dev.tauraro.script.compile;

import dev.tauraro.script.runtime.AttrSite;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.BuiltinNamespace;
import dev.tauraro.script.runtime.Cell;
import dev.tauraro.script.runtime.Code;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.ExprNode;
import dev.tauraro.script.runtime.Format;
import dev.tauraro.script.runtime.Frame;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyFunction;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PySet;
import dev.tauraro.script.runtime.PySlice;
import dev.tauraro.script.runtime.PyTuple;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The executable expression nodes the compiler builds. Hot operations carry a fast path for small
 * ints (long arithmetic with overflow checks, falling back to {@link Ops}) so HotSpot can compile
 * each node's {@code eval} into tight code.
 */
final class Nodes {
    private Nodes() {
    }

    static final class Const extends ExprNode {
        final Object value;

        Const(Object value) {
            this.value = value;
        }

        @Override
        public Object eval(Frame f) {
            return value;
        }
    }

    static final class Local extends ExprNode {
        final int slot;
        final String name;

        Local(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            Object v = f.slots[slot];
            if (v == null) {
                throw noted(Exceptions.newException(Exceptions.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                        + name + "' where it is not associated with a value"));
            }
            return v;
        }
    }

    /**
     * The slot {@code obj} reads when it is a plain {@link Local} (such as {@code self}), else -1:
     * a node applying an attribute to it reads the slot itself, a predictable branch where
     * {@code obj.eval} is a virtual call that node kinds of every sort share. An empty slot still
     * goes through {@code obj.eval}, which raises the UnboundLocalError.
     */
    static int localSlot(ExprNode obj) {
        return obj instanceof Local l ? l.slot : -1;
    }

    /** {@code obj.eval(f)}, reading a plain local's slot directly ({@link #localSlot}). */
    static Object evalObj(ExprNode obj, int slot, Frame f) {
        Object o = slot >= 0 ? f.slots[slot] : null;
        return o != null ? o : obj.eval(f);
    }

    /** A read of a local that is a {@code +=} target: never lets an {@link Accumulator} escape. */
    static final class AccumulatedLocal extends ExprNode {
        final Local local;

        AccumulatedLocal(int slot, String name) {
            this.local = new Local(slot, name);
        }

        @Override
        public Object eval(Frame f) {
            return Accumulator.flat(local.eval(f));
        }
    }

    static final class CellRef extends ExprNode {
        final int slot;
        final String name;
        final boolean free;

        CellRef(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public Object eval(Frame f) {
            Object v = ((Cell) f.slots[slot]).value;
            if (v == null) {
                if (free) {
                    throw noted(Exceptions.newException(Exceptions.NAME_ERROR, "cannot access free variable '" + name
                            + "' where it is not associated with a value in enclosing scope"));
                }
                throw noted(Exceptions.newException(Exceptions.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                        + name + "' where it is not associated with a value"));
            }
            return v;
        }
    }

    static final class Global extends ExprNode {
        final Cell cell;
        final BuiltinNamespace builtins;
        /** The builtin last found under this name and the namespace's version then (immutable: threads share sites). */
        private Builtin last;

        private record Builtin(int version, Object value) {
        }

        Global(Cell cell, BuiltinNamespace builtins) {
            this.cell = cell;
            this.builtins = builtins;
        }

        @Override
        public Object eval(Frame f) {
            Object v = cell.value;
            if (v != null) {
                return v;
            }
            Builtin b = last;
            if (b != null && b.version == builtins.version()) {
                return b.value;
            }
            int version = builtins.version();
            v = builtins.get(cell.name);
            if (v == null) {
                return unbound(f);
            }
            last = new Builtin(version, v);
            return v;
        }

        /**
         * An imported module's {@code __spec__} and {@code __loader__} are made when first read
         * (importlib.util), so its own code reading them as globals makes them here; any other
         * name, or a namespace that is no imported module, has a NameError.
         */
        private Object unbound(Frame f) {
            String name = cell.name;
            PyModule m = f.module;
            if ((name.equals("__spec__") || name.equals("__loader__")) && m != null && m.interp.modules().get(m.name) == m
                    && Ops.getAttrOrNull(m, name) != null && cell.value != null) {
                return cell.value;
            }
            throw noted(Exceptions.nameError(name, f));
        }
    }

    /** A name read in a class body: the class namespace first, then the enclosing resolution. */
    static final class ClassName extends ExprNode {
        final String name;
        final ExprNode fallback;

        ClassName(String name, ExprNode fallback) {
            this.name = name;
            this.fallback = fallback;
        }

        @Override
        public Object eval(Frame f) {
            Object v = f.namespace.get(name);
            return v != null ? v : fallback.eval(f);
        }
    }

    // ---------------------------------------------------------------- arithmetic

    static final class Add extends ExprNode {
        final ExprNode l;
        final ExprNode r;

        Add(ExprNode l, ExprNode r) {
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Frame f) {
            Object a = l.eval(f);
            Object b = r.eval(f);
            if (a instanceof Long && b instanceof Long) {
                long x = (Long) a;
                long y = (Long) b;
                long s = x + y;
                if (((x ^ s) & (y ^ s)) >= 0) {
                    return s;
                }
            }
            if (a instanceof Double && b instanceof Double) {
                return (Double) a + (Double) b;
            }
            try {
                return Ops.add(a, b);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    static final class Sub extends ExprNode {
        final ExprNode l;
        final ExprNode r;

        Sub(ExprNode l, ExprNode r) {
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Frame f) {
            Object a = l.eval(f);
            Object b = r.eval(f);
            if (a instanceof Long && b instanceof Long) {
                long x = (Long) a;
                long y = (Long) b;
                long s = x - y;
                if (((x ^ y) & (x ^ s)) >= 0) {
                    return s;
                }
            }
            if (a instanceof Double && b instanceof Double) {
                return (Double) a - (Double) b;
            }
            try {
                return Ops.sub(a, b);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    static final class Mul extends ExprNode {
        final ExprNode l;
        final ExprNode r;

        Mul(ExprNode l, ExprNode r) {
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Frame f) {
            Object a = l.eval(f);
            Object b = r.eval(f);
            if (a instanceof Long && b instanceof Long) {
                long x = (Long) a;
                long y = (Long) b;
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
            }
            if (a instanceof Double && b instanceof Double) {
                return (Double) a * (Double) b;
            }
            try {
                return Ops.mul(a, b);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    static final class Binary extends ExprNode {
        final int op;
        final ExprNode l;
        final ExprNode r;

        Binary(String op, ExprNode l, ExprNode r) {
            this.op = BinOps.code(op);
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Frame f) {
            Object a = l.eval(f);
            Object b = r.eval(f);
            try {
                return BinOps.apply(op, a, b);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    static final class Unary extends ExprNode {
        final String op;
        final ExprNode operand;

        Unary(String op, ExprNode operand) {
            this.op = op;
            this.operand = operand;
        }

        @Override
        public Object eval(Frame f) {
            Object v = operand.eval(f);
            try {
                return apply(op, v);
            } catch (PyException e) {
                throw noted(e);
            }
        }

        static Object apply(String op, Object v) {
            return switch (op) {
                case "not" -> !Ops.truthy(v);
                case "-" -> Ops.neg(v);
                case "+" -> Ops.pos(v);
                default -> Ops.invert(v);
            };
        }
    }

    static final class Not extends ExprNode {
        final ExprNode operand;

        Not(ExprNode operand) {
            this.operand = operand;
        }

        @Override
        public Object eval(Frame f) {
            return !Ops.truthy(operand.eval(f));
        }
    }

    // ---------------------------------------------------------------- comparison

    static final class Lt extends ExprNode {
        final ExprNode l;
        final ExprNode r;

        Lt(ExprNode l, ExprNode r) {
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Frame f) {
            Object a = l.eval(f);
            Object b = r.eval(f);
            if (a instanceof Long && b instanceof Long) {
                return (Long) a < (Long) b;
            }
            double x = BinOps.exactDouble(a);
            double y = BinOps.exactDouble(b);
            if (x == x && y == y) { // floats, or a float and an int: NaN (false) and the rest go to Ops
                return x < y;
            }
            try {
                return Ops.lt(a, b);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    /**
     * {@code x is None} ({@code x is not None} with {@code negated}): one reference compare, where
     * {@link Compare} evaluates the constant and goes through the operator switch and {@link Ops#is}
     * (which answers the same: None is a single object, equal to nothing else). A plain local is read
     * from its slot directly. Linked structures test this in every loop ({@code while p is not None}).
     */
    static final class IsNone extends ExprNode {
        final ExprNode operand;
        final boolean negated;
        private final int slot;

        IsNone(ExprNode operand, boolean negated) {
            this.operand = operand;
            this.negated = negated;
            this.slot = localSlot(operand);
        }

        @Override
        public Object eval(Frame f) {
            return (evalObj(operand, slot, f) == PyNone.NONE) != negated;
        }
    }

    static final class Compare extends ExprNode {
        final int op;
        final ExprNode l;
        final ExprNode r;

        Compare(String op, ExprNode l, ExprNode r) {
            this.op = BinOps.compareCode(op);
            this.l = l;
            this.r = r;
        }

        @Override
        public Object eval(Frame f) {
            Object a = l.eval(f);
            Object b = r.eval(f);
            try {
                return BinOps.compare(op, a, b);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    /** {@code a < b < c}: each operand evaluated once, stopping at the first false. */
    static final class Chain extends ExprNode {
        final int[] ops;
        final ExprNode[] operands;

        Chain(String[] ops, ExprNode[] operands) {
            this.ops = new int[ops.length];
            for (int i = 0; i < ops.length; i++) {
                this.ops[i] = BinOps.compareCode(ops[i]);
            }
            this.operands = operands;
        }

        @Override
        public Object eval(Frame f) {
            Object left = operands[0].eval(f);
            Object result = Boolean.TRUE;
            for (int i = 0; i < ops.length; i++) {
                Object right = operands[i + 1].eval(f);
                try {
                    result = BinOps.compare(ops[i], left, right);
                } catch (PyException e) {
                    throw noted(e);
                }
                if (!Ops.truthy(result)) {
                    return result;
                }
                left = right;
            }
            return result;
        }
    }

    static final class And extends ExprNode {
        final ExprNode[] values;

        And(ExprNode[] values) {
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            Object v = null;
            for (ExprNode n : values) {
                v = n.eval(f);
                if (!Ops.truthy(v)) {
                    return v;
                }
            }
            return v;
        }
    }

    static final class Or extends ExprNode {
        final ExprNode[] values;

        Or(ExprNode[] values) {
            this.values = values;
        }

        @Override
        public Object eval(Frame f) {
            Object v = null;
            for (ExprNode n : values) {
                v = n.eval(f);
                if (Ops.truthy(v)) {
                    return v;
                }
            }
            return v;
        }
    }

    static final class IfExp extends ExprNode {
        final ExprNode test;
        final ExprNode body;
        final ExprNode orElse;

        IfExp(ExprNode test, ExprNode body, ExprNode orElse) {
            this.test = test;
            this.body = body;
            this.orElse = orElse;
        }

        @Override
        public Object eval(Frame f) {
            return Ops.truthy(test.eval(f)) ? body.eval(f) : orElse.eval(f);
        }
    }

    // ---------------------------------------------------------------- calls

    static final class Call0 extends ExprNode {
        final ExprNode fn;

        Call0(ExprNode fn) {
            this.fn = fn;
        }

        @Override
        public Object eval(Frame f) {
            Object c = fn.eval(f);
            try {
                if (c instanceof PyFunction pf) {
                    return pf.call0();
                }
                return c instanceof PyClass k ? callClass(k, Ops.NO_ARGS, f) : Ops.callKw(c, Ops.NO_ARGS, null);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    static final class Call1 extends ExprNode {
        final ExprNode fn;
        final ExprNode a0;

        Call1(ExprNode fn, ExprNode a0) {
            this.fn = fn;
            this.a0 = a0;
        }

        @Override
        public Object eval(Frame f) {
            Object c = fn.eval(f);
            Object a = a0.eval(f);
            try {
                if (c instanceof PyFunction pf) {
                    // the common case inlined here: one Java frame less per script call
                    Code code = pf.code;
                    if (code.simple && code.argCount == 1) {
                        Frame nf = new Frame(code.frameSize(), pf, pf.module);
                        nf.slots[0] = a;
                        return invoke(code, nf, f);
                    }
                    return pf.call1(a);
                }
                Object[] args = {a};
                return c instanceof PyClass k ? callClass(k, args, f) : Ops.callKw(c, args, null);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    static final class Call2 extends ExprNode {
        final ExprNode fn;
        final ExprNode a0;
        final ExprNode a1;

        Call2(ExprNode fn, ExprNode a0, ExprNode a1) {
            this.fn = fn;
            this.a0 = a0;
            this.a1 = a1;
        }

        @Override
        public Object eval(Frame f) {
            Object c = fn.eval(f);
            Object a = a0.eval(f);
            Object b = a1.eval(f);
            try {
                if (c instanceof PyFunction pf) {
                    Code code = pf.code;
                    if (code.simple && code.argCount == 2) {
                        Frame nf = new Frame(code.frameSize(), pf, pf.module);
                        nf.slots[0] = a;
                        nf.slots[1] = b;
                        return invoke(code, nf, f);
                    }
                    return pf.call2(a, b);
                }
                Object[] args = {a, b};
                return c instanceof PyClass k ? callClass(k, args, f) : Ops.callKw(c, args, null);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    /**
     * {@code k(args)} with positional arguments: the instance made and {@code __init__}'s frame run
     * here when {@link #plainInit} allows it, else the general call. Kept out of the call nodes'
     * {@code eval}, whose function path must stay small enough for HotSpot to inline.
     */
    static Object callClass(PyClass k, Object[] args, Frame f) {
        PyFunction init = plainInit(k, args.length);
        if (init == null) {
            return Ops.callKw(k, args, null);
        }
        PyInstance obj = new PyInstance(k);
        Frame nf = new Frame(init.code.frameSize(), init, init.module);
        nf.slots[0] = obj;
        System.arraycopy(args, 0, nf.slots, 1, args.length);
        return initialised(obj, init, args.length + 1, nf, f);
    }

    /**
     * The {@code __init__} that calling {@code k} with {@code n} positional arguments runs when the
     * call node may do all of {@code type.__call__} itself ({@link PyClass#plainInit}) and the
     * arguments fill its frame's parameters as they are; else null (the general call).
     */
    static PyFunction plainInit(PyClass k, int n) {
        PyFunction init = k.plainInit();
        return init != null && init.code.simple && init.takesPositional(n + 1) ? init : null;
    }

    /**
     * Runs {@code __init__}'s frame for the new {@code obj}, which the class call returns; its
     * parameters after the {@code n} arguments given (self included) take their defaults.
     */
    static Object initialised(PyInstance obj, PyFunction init, int n, Frame nf, Frame caller) {
        init.fillDefaults(nf.slots, n);
        Object r = invoke(init.code, nf, caller);
        if (r != PyNone.NONE) {
            throw Exceptions.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        }
        return obj;
    }

    /** Runs a plain function's bound frame (what PyFunction.run does, without the kind check). */
    static Object invoke(Code code, Frame nf, Frame caller) {
        dev.tauraro.script.runtime.Interpreter interp = nf.module.interp;
        dev.tauraro.script.runtime.CallDepth depth = caller.calls;
        if (depth == null) {
            depth = dev.tauraro.script.runtime.CallDepth.current();
            caller.calls = depth;
        }
        nf.calls = depth;
        depth.enter(interp.recursionLimit);
        depth.push(nf);
        try {
            if (interp.switchRequested) { // calls are switch points, as in CPython's eval loop
                interp.switchGil();
            }
            code.body.exec(nf);
        } catch (dev.tauraro.script.runtime.PyException e) {
            e.leaveFrame(code.filename, code.name);
            throw e;
        } catch (StackOverflowError e) {
            dev.tauraro.script.runtime.PyException p = dev.tauraro.script.runtime.CallDepth.exceeded("");
            p.leaveFrame(code.filename, code.name);
            throw p;
        } finally {
            depth.exit();
            depth.pop(nf);
        }
        Object r = nf.ret;
        return r == null ? PyNone.NONE : r;
    }

    /** {@code obj.name} as a call's callee, looked up only to name it in an error message. */
    record MethodRef(Object obj, String name) {}

    /**
     * The callee as CPython's messages name it (its _PyObject_FunctionStr): {@code module.qualname()},
     * the module left out for builtins, or the type's name and "object" for a callable without a
     * qualified name; a string is a name given ready.
     */
    static String calleeName(Object callee) {
        Object c = callee instanceof MethodRef m ? Ops.getAttrOrNull(m.obj(), m.name()) : callee;
        if (c == null) {
            return "function";
        }
        if (c instanceof String name) {
            return name;
        }
        Object qualname = Ops.getAttrOrNull(c, "__qualname__");
        if (!(qualname instanceof String q)) {
            return Ops.typeName(c) + " object";
        }
        Object module = Ops.getAttrOrNull(c, "__module__");
        return (module instanceof String m && !m.equals("builtins") ? m + "." : "") + q + "()";
    }

    /** The callee of a class statement's bases and keywords, as CPython's messages name it. */
    static final String CLASS_STATEMENT = "__build_class__()";

    /** {@code f(*v)}'s iterator, or CPython's TypeError naming f when v is not iterable. */
    private static PyIterator unpackable(Object v, Object callee) {
        PyIterator it = Ops.iterOrNull(v);
        if (it == null) {
            throw Exceptions.typeError((callee == CLASS_STATEMENT ? "Value" : calleeName(callee) + " argument")
                    + " after * must be an iterable, not " + Ops.typeName(v));
        }
        return it;
    }

    /**
     * {@code f(**v)} into kw: a dict, or any mapping (its keys() and items by subscription), as
     * CPython; keys must be strings and new.
     */
    private static void unpackKeywords(Object v, Map<String, Object> kw, Object callee) {
        Object m = dev.tauraro.script.runtime.PyDerived.unwrap(v); // a dict subclass unpacks as its dict
        if (m instanceof PyDict d) {
            for (Map.Entry<Object, Object> e : d.entrySet()) {
                addKeyword(kw, e.getKey(), e.getValue(), callee);
            }
            return;
        }
        Object keys = Ops.getAttrOrNull(v, "keys");
        if (keys == null) {
            throw Exceptions.typeError(calleeName(callee) + " argument after ** must be a mapping, not "
                    + Ops.typeName(v));
        }
        PyIterator it = Ops.iter(Ops.call(keys));
        for (Object k = it.next(); k != null; k = it.next()) {
            addKeyword(kw, k, Ops.getItem(v, k), callee);
        }
    }

    private static void addKeyword(Map<String, Object> kw, Object key, Object value, Object callee) {
        if (!(key instanceof String k)) {
            throw Exceptions.typeError("keywords must be strings");
        }
        if (kw.putIfAbsent(k, value) != null) {
            throw Exceptions.typeError(calleeName(callee) + " got multiple values for keyword argument '" + k + "'");
        }
    }

    /**
     * The shape of a call site: which arguments are keywords, {@code *x} or {@code **x}; for a
     * simple one (no {@code *x} or {@code **x}), {@code names} are its keywords' names in order, or
     * null when it has none. Keyword arguments follow the positional ones there (the grammar has
     * it so), so the evaluated values are the arguments as they are and these names their kwnames,
     * shared by every call from the site (callees only read kwnames).
     */
    record CallShape(String[] keywords, boolean[] star, boolean[] doubleStar, boolean simple, String[] names) {
        CallShape(String[] keywords, boolean[] star, boolean[] doubleStar, boolean simple) {
            this(keywords, star, doubleStar, simple && keywordsTrail(keywords),
                    simple && keywordsTrail(keywords) ? trailingNames(keywords) : null);
        }

        /** Whether no keyword comes before a positional argument (else the general path orders them). */
        private static boolean keywordsTrail(String[] keywords) {
            boolean keyword = false;
            for (String k : keywords) {
                if (keyword && k == null) {
                    return false;
                }
                keyword |= k != null;
            }
            return true;
        }

        private static String[] trailingNames(String[] keywords) {
            int first = keywords.length;
            while (first > 0 && keywords[first - 1] != null) {
                first--;
            }
            return first == keywords.length ? null : java.util.Arrays.copyOfRange(keywords, first, keywords.length);
        }

        /**
         * Builds (args, kwnames) from evaluated argument values; callee is the function called (or a
         * {@link MethodRef} naming it), only read to name it in an error.
         */
        Object[] buildArgs(Object[] values, String[][] kwOut, Object callee) {
            if (simple) {
                kwOut[0] = names;
                return values;
            }
            return unpack(values, kwOut, callee);
        }

        /**
         * {@link #buildArgs} for a call with {@code *x}, {@code **x} or keywords before positional
         * arguments; apart, so that the JIT compiles the simple case small (it is most calls).
         */
        private Object[] unpack(Object[] values, String[][] kwOut, Object callee) {
            java.util.ArrayList<Object> pos = new java.util.ArrayList<>();
            java.util.LinkedHashMap<String, Object> kw = new java.util.LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (star[i]) {
                    PyIterator it = unpackable(v, callee);
                    for (Object x = it.next(); x != null; x = it.next()) {
                        pos.add(x);
                    }
                } else if (doubleStar[i]) {
                    unpackKeywords(v, kw, callee);
                } else if (keywords[i] != null) {
                    addKeyword(kw, keywords[i], v, callee);
                } else {
                    pos.add(v);
                }
            }
            Object[] args = new Object[pos.size() + kw.size()];
            int p = 0;
            for (Object o : pos) {
                args[p++] = o;
            }
            String[] names = kw.isEmpty() ? null : new String[kw.size()];
            int k = 0;
            for (Map.Entry<String, Object> e : kw.entrySet()) {
                args[p++] = e.getValue();
                names[k++] = e.getKey();
            }
            kwOut[0] = names;
            return args;
        }
    }

    static final class CallN extends ExprNode {
        final ExprNode fn;
        final ExprNode[] args;
        final CallShape shape;

        CallN(ExprNode fn, ExprNode[] args, CallShape shape) {
            this.fn = fn;
            this.args = args;
            this.shape = shape;
        }

        @Override
        public Object eval(Frame f) {
            Object c = fn.eval(f);
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(f);
            }
            try {
                if (c instanceof PyClass k && shape.simple() && shape.names() == null) {
                    return callClass(k, values, f); // only positional arguments: the values are the arguments
                }
                String[][] kw = new String[1][];
                Object[] a = shape.buildArgs(values, kw, c);
                return Ops.callKw(c, a, kw[0]);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    /** {@code obj.name(args)}: avoids making a bound method for user instances and builtins. */
    static final class MethodCall extends ExprNode {
        final ExprNode obj;
        final AttrSite site;
        final ExprNode[] args;
        final CallShape shape;
        /** Only plain positional arguments: the evaluated values are the arguments as they are. */
        final boolean positional;
        /** The range of {@code obj.name}, noted when the method lookup fails (pos covers the whole call). */
        dev.tauraro.script.runtime.SourceRange lookupPos;
        private final int objSlot;

        MethodCall(ExprNode obj, String name, ExprNode[] args, CallShape shape) {
            this.obj = obj;
            this.objSlot = localSlot(obj);
            this.site = new AttrSite(name);
            this.args = args;
            this.shape = shape;
            boolean p = shape.simple();
            for (String k : shape.keywords()) {
                p &= k == null;
            }
            this.positional = p;
        }

        @Override
        public Object eval(Frame f) {
            Object o = evalObj(obj, objSlot, f);
            if (o instanceof PyInstance inst) {
                PyFunction fn = site.plainMethod(inst);   // before the arguments, as CPython
                if (fn != null) {
                    return callPlain(f, inst, fn);
                }
            } else if (o instanceof PyClass c) {
                PyFunction fn = site.classMethod(c);   // Strength.stronger(a, b): no bound method
                if (fn != null) {
                    return callPlain(f, c, fn);
                }
            }
            Object callee;
            try {
                callee = site.method(o);   // before the arguments, as CPython
            } catch (PyException e) {
                e.notePosition(lookupPos);
                throw e;
            }
            Object[] values = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = args[i].eval(f);
            }
            try {
                if (positional) {
                    return callee == null ? site.call(o, values, null) : Ops.callKw(callee, values, null);
                }
                String[][] kw = new String[1][];
                Object[] a = shape.buildArgs(values, kw, callee == null ? new MethodRef(o, site.name()) : callee);
                return callee == null ? site.call(o, a, kw[0]) : Ops.callKw(callee, a, kw[0]);
            } catch (PyException e) {
                throw noted(e);
            }
        }

        /**
         * {@code inst.name(...)} where the name is a plain function of the class (or {@code cls.name(...)}
         * where it is a class method, {@code self} then the class): no bound method,
         * and with positional arguments that fill its parameters exactly, they are evaluated
         * straight into the new frame's slots (no argument array), as Call1 and Call2 do.
         */
        Object callPlain(Frame f, Object self, PyFunction fn) {
            Code code = fn.code;
            ExprNode[] a = args;
            if (positional && code.simple && fn.takesPositional(a.length + 1)) {
                Frame nf = new Frame(code.frameSize(), fn, fn.module);
                Object[] slots = nf.slots;
                slots[0] = self;
                for (int i = 0; i < a.length; i++) {
                    slots[i + 1] = a[i].eval(f);
                }
                try {
                    if (!fn.fillDefaults(slots, a.length + 1)) { // an argument replaced __defaults__
                        return fn.callWithSelf(self, java.util.Arrays.copyOfRange(slots, 1, a.length + 1), null);
                    }
                    return invoke(code, nf, f);
                } catch (PyException e) {
                    throw noted(e);
                }
            }
            Object[] values = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                values[i] = a[i].eval(f);
            }
            try {
                if (positional) {
                    return fn.callWithSelf(self, values, null);
                }
                String[][] kw = new String[1][];
                Object[] built = shape.buildArgs(values, kw, fn);
                return fn.callWithSelf(self, built, kw[0]);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    /**
     * Zero-argument {@code super()} inside a method: uses the defining class and the first argument
     * when the name {@code super} is the built-in (else what the name holds is called).
     */
    static final class Super extends ExprNode {
        /** The load of the name {@code super}. */
        final ExprNode name;

        Super(ExprNode name) {
            this.name = name;
        }

        @Override
        public Object eval(Frame f) {
            Object s = name.eval(f);
            if (!dev.tauraro.script.builtins.Builtins.isSuper(s)) {
                return Ops.call(s);
            }
            if (f.function == null || f.function.owner == null || f.function.code.argCount == 0 || f.slots[0] == null) {
                throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "super(): no arguments");
            }
            Object self = Accumulator.flat(f.slots[0]);
            if (self instanceof Cell c) {
                self = c.value;
            }
            return dev.tauraro.script.runtime.SuperProxy.of(f.function.owner, self);
        }
    }

    /**
     * {@code super().name(args)} in a method, or {@code super(C, obj).name(args)} with names for
     * arguments: when {@code super} is the built-in, the object an instance and the first class
     * after the start class in its type's MRO to define {@code name} a script class holding a plain
     * function there, that function is called with the instance first, with no super object or
     * bound method made; it is what {@code super().name} binds. A zero-argument
     * {@code object.__init__} (reached through script classes only) does nothing and is skipped.
     * Anything else (a class method's {@code cls}, a built-in class met first in the MRO, a
     * descriptor, a missing name, an object outside the class) takes the general call as written,
     * which evaluates the names again: reading a name has no effect to repeat.
     */
    static final class SuperMethodCall extends ExprNode {
        final ExprNode superName;
        /** {@code C} and {@code obj} of {@code super(C, obj)}; null for zero-argument {@code super()}. */
        final ExprNode start;
        final ExprNode obj;
        /** {@code super(...).name(args)} as written: the call of the super object's attribute. */
        final MethodCall general;
        final String name;
        /**
         * The last lookups: in instances of {@code type} at {@code version}, after {@code start};
         * {@code older} is the one for another class, up to {@link #KEPT} of them, since a base
         * class's {@code super().__init__(...)} runs for the instances of each of its subclasses
         * (deltablue's constructors: one entry made each site miss in turn, a MRO walk per call).
         * Immutable, so that threads sharing the node see whole entries.
         */
        private Found found;

        private record Found(PyClass type, int version, PyClass start, Object method, Found older) {
        }

        private static final int KEPT = 4;

        /** What the lookup gives for an {@code object.__init__} that a call without arguments may skip. */
        private static final Object OBJECT_INIT = new Object();

        SuperMethodCall(ExprNode superName, ExprNode start, ExprNode obj, MethodCall general) {
            this.superName = superName;
            this.start = start;
            this.obj = obj;
            this.general = general;
            this.name = general.site.name();
        }

        @Override
        public Object eval(Frame f) {
            Object s = superName.eval(f);
            PyClass c;
            Object o;
            if (start == null) {
                PyFunction fn = f.function;
                c = fn == null || fn.code.argCount == 0 ? null : fn.owner; // else "super(): no arguments"
                o = c == null ? null : f.slots[0];
            } else {
                c = start.eval(f) instanceof PyClass k ? k : null;
                o = obj.eval(f);
            }
            if (c != null && o instanceof PyInstance self && dev.tauraro.script.builtins.Builtins.isSuper(s)) {
                Object m = method(self.type(), c);
                if (m instanceof PyFunction fn) {
                    return general.callPlain(f, self, fn);
                }
                if (m == OBJECT_INIT && general.args.length == 0) {
                    return PyNone.NONE;
                }
            }
            return general.eval(f);
        }

        private Object method(PyClass type, PyClass start) {
            for (Found k = found; k != null; k = k.older) {
                if (k.type == type && k.start == start) {
                    if (k.version == type.version()) {
                        return k.method;
                    }
                    break;
                }
            }
            return remember(type, start, lookUp(type, start));
        }

        /** Puts the lookup in front, keeping up to {@link #KEPT} - 1 current entries for other classes. */
        private Object remember(PyClass type, PyClass start, Object m) {
            Found[] rest = new Found[KEPT - 1];
            int n = 0;
            for (Found k = found; k != null && n < rest.length; k = k.older) {
                if ((k.type != type || k.start != start) && k.version == k.type.version()) {
                    rest[n++] = k;
                }
            }
            Found kept = null;
            while (n > 0) {
                Found k = rest[--n];
                kept = new Found(k.type, k.version, k.start, k.method, kept);
            }
            found = new Found(type, type.version(), start, m, kept);
            return m;
        }

        /** The plain function {@code super(start, instance).name} binds, {@link #OBJECT_INIT}, or null. */
        private Object lookUp(PyClass type, PyClass start) {
            PyClass[] mro = type.mro;
            int i = 0;
            while (i < mro.length && mro[i] != start) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                if (mro[i] == dev.tauraro.script.runtime.Types.OBJECT && name.equals("__init__")) {
                    return OBJECT_INIT;
                }
                if (mro[i].isBuiltin()) {
                    return null; // object's methods and a built-in base's have their own rules in SuperProxy
                }
                Object v = mro[i].getOwn(name);
                if (v != null) {
                    return v instanceof PyFunction p && !name.equals("__new__") ? p : null;
                }
            }
            return null;
        }
    }

    /**
     * {@code __class__} read in a function defined directly in a class body: the class the function
     * was defined in (CPython's implicit closure cell), which the class records when it is created.
     */
    static final class ClassCell extends ExprNode {
        @Override
        public Object eval(Frame f) {
            if (f.function == null || f.function.owner == null) {
                throw Exceptions.newException(Exceptions.NAME_ERROR,
                        "cannot access free variable '__class__' where it is not associated with a value in enclosing scope");
            }
            return f.function.owner;
        }
    }

    // ---------------------------------------------------------------- attributes and items

    static final class Attr extends ExprNode {
        final ExprNode obj;
        final AttrSite site;
        private final int objSlot;

        Attr(ExprNode obj, String name) {
            this.obj = obj;
            this.site = new AttrSite(name);
            this.objSlot = localSlot(obj);
        }

        @Override
        public Object eval(Frame f) {
            Object o = evalObj(obj, objSlot, f);
            try {
                return site.get(o);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    static final class Item extends ExprNode {
        final ExprNode obj;
        final ExprNode index;

        Item(ExprNode obj, ExprNode index) {
            this.obj = obj;
            this.index = index;
        }

        @Override
        public Object eval(Frame f) {
            Object o = obj.eval(f);
            Object i = index.eval(f);
            try {
                return Ops.getItem(o, i);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    /**
     * {@code o[lo:hi:step]}: the bounds are evaluated as {@link SliceNode} evaluates them, then
     * given to {@link Ops#getSlice}, which takes a list's or tuple's slice without a slice object
     * ({@code perm[k::-1]} allocates only its result).
     */
    static final class SliceItem extends ExprNode {
        final ExprNode obj;
        final SliceNode slice;

        SliceItem(ExprNode obj, SliceNode slice) {
            this.obj = obj;
            this.slice = slice;
        }

        @Override
        public Object eval(Frame f) {
            Object o = obj.eval(f);
            SliceNode s = slice;
            Object lo = SliceNode.bound(s.lo, f);
            Object hi = SliceNode.bound(s.hi, f);
            Object step = SliceNode.bound(s.step, f);
            try {
                return Ops.getSlice(o, lo, hi, step);
            } catch (PyException e) {
                throw noted(e);
            }
        }
    }

    static final class SliceNode extends ExprNode {
        final ExprNode lo;
        final ExprNode hi;
        final ExprNode step;

        SliceNode(ExprNode lo, ExprNode hi, ExprNode step) {
            this.lo = lo;
            this.hi = hi;
            this.step = step;
        }

        @Override
        public Object eval(Frame f) {
            return new PySlice(bound(lo, f), bound(hi, f), bound(step, f));
        }

        /**
         * One bound's value, None when it is absent ({@code a[:j]}); the slice reads and stores
         * ({@link SliceItem}, {@link Targets.SliceItem}) evaluate their bounds with it without making
         * a slice object.
         */
        static Object bound(ExprNode e, Frame f) {
            return e == null ? PyNone.NONE : e.eval(f);
        }
    }

    // ---------------------------------------------------------------- displays

    /** Evaluates items, expanding starred ones: shared by list, tuple and set displays. */
    static final class Display extends ExprNode {
        final char kind;
        final ExprNode[] items;
        final boolean[] starred;

        /** A set display of constants that CPython builds by merging a frozenset constant. */
        final boolean folded;

        Display(char kind, ExprNode[] items, boolean[] starred) {
            this(kind, items, starred, false);
        }

        Display(char kind, ExprNode[] items, boolean[] starred, boolean folded) {
            this.kind = kind;
            this.items = items;
            this.starred = starred;
            this.folded = folded;
        }

        @Override
        public Object eval(Frame f) {
            PyList l = new PyList(items.length);
            for (int i = 0; i < items.length; i++) {
                Object v = items[i].eval(f);
                if (starred[i]) {
                    PyIterator it = kind == 's' ? Ops.iter(v) : Ops.iterStarred(v, "Value after *");
                    for (Object x = it.next(); x != null; x = it.next()) {
                        l.add(x);
                    }
                } else {
                    l.add(v);
                }
            }
            return folded ? PySet.ofFoldedConstants(l) : build(kind, l);
        }

        static Object build(char kind, PyList l) {
            if (kind == 'l') {
                return l;
            }
            if (kind == 't') {
                return l.isEmpty() ? PyTuple.EMPTY : new PyTuple(l.toArray());
            }
            PySet s = new PySet();
            for (Object o : l) {
                s.add(o);
            }
            return s;
        }
    }

    /**
     * {@code []}: its own node, as the list and tuple displays below, so that the JIT compiles each
     * shape on its own rather than one {@link Display} whose kind and starred tests trap and get
     * recompiled as a program meets each kind (deepcopy's {@code y = []} among its tuples).
     */
    static final class EmptyList extends ExprNode {
        @Override
        public Object eval(Frame f) {
            return new PyList();
        }
    }

    /** A list display without starred items. */
    static final class ListDisplay extends ExprNode {
        final ExprNode[] items;

        ListDisplay(ExprNode[] items) {
            this.items = items;
        }

        @Override
        public Object eval(Frame f) {
            ExprNode[] nodes = items;
            PyList l = new PyList(nodes.length);
            for (ExprNode n : nodes) {
                l.add(n.eval(f));
            }
            return l;
        }
    }

    /** A tuple display without starred items. */
    static final class TupleDisplay extends ExprNode {
        final ExprNode[] items;

        TupleDisplay(ExprNode[] items) {
            this.items = items;
        }

        @Override
        public Object eval(Frame f) {
            ExprNode[] nodes = items;
            if (nodes.length == 0) {
                return PyTuple.EMPTY;
            }
            Object[] values = new Object[nodes.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = nodes[i].eval(f);
            }
            return new PyTuple(values);
        }
    }

    static final class DictDisplay extends ExprNode {
        final ExprNode[] keys;
        final ExprNode[] values;

        /** The entries to size the dict for: CPython builds a display without {@code **} presized (BUILD_MAP n). */
        final int presize;

        DictDisplay(ExprNode[] keys, ExprNode[] values) {
            this.keys = keys;
            this.values = values;
            this.presize = java.util.Arrays.asList(keys).contains(null) ? 0 : keys.length;
        }

        @Override
        public Object eval(Frame f) {
            PyDict d = new PyDict(presize);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    Object m = dev.tauraro.script.runtime.PyDerived.unwrap(values[i].eval(f));
                    if (!(m instanceof PyDict src)) {
                        throw Exceptions.typeError("'" + Ops.typeName(m) + "' object is not a mapping");
                    }
                    d.putAll(src);
                } else {
                    Object k = keys[i].eval(f);
                    k.hashCode();
                    d.put(k, values[i].eval(f));
                }
            }
            return d;
        }
    }

    static final class FString extends ExprNode {
        final ExprNode[] parts;

        FString(ExprNode[] parts) {
            this.parts = parts;
        }

        @Override
        public Object eval(Frame f) {
            StringBuilder sb = new StringBuilder();
            for (ExprNode p : parts) {
                sb.append((String) p.eval(f));
            }
            return sb.toString();
        }
    }

    static final class Formatted extends ExprNode {
        final ExprNode value;
        final char conversion;
        final ExprNode spec;

        Formatted(ExprNode value, char conversion, ExprNode spec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public Object eval(Frame f) {
            Object v = value.eval(f);
            return apply(v, conversion, spec == null ? "" : (String) spec.eval(f));
        }

        static String apply(Object v, char conversion, String spec) {
            if (conversion == 'r') {
                v = Ops.repr(v);
            } else if (conversion == 's') {
                v = Ops.str(v);
            } else if (conversion == 'a') {
                v = Ops.ascii(v);
            }
            if (spec.isEmpty() && v instanceof String s) {
                return s;
            }
            return Format.format(v, spec);
        }
    }

    // ---------------------------------------------------------------- functions

    static final class MakeFunction extends ExprNode {
        final Code code;
        final ExprNode[] defaults;
        final String[] kwNames;
        final ExprNode[] kwDefaults;
        /** Slots (in the defining frame) of the cells captured, in the new function's closure order. */
        final int[] closureSlots;
        String[] annotationNames = new String[0];
        ExprNode[] annotationValues = new ExprNode[0];

        MakeFunction(Code code, ExprNode[] defaults, String[] kwNames, ExprNode[] kwDefaults, int[] closureSlots) {
            this.code = code;
            this.defaults = defaults;
            this.kwNames = kwNames;
            this.kwDefaults = kwDefaults;
            this.closureSlots = closureSlots;
        }

        @Override
        public Object eval(Frame f) {
            Object[] defs = null;
            if (defaults.length > 0) {
                defs = new Object[defaults.length];
                for (int i = 0; i < defs.length; i++) {
                    defs[i] = defaults[i].eval(f);
                }
            }
            HashMap<String, Object> kw = null;
            for (int i = 0; i < kwNames.length; i++) {
                if (kwDefaults[i] != null) {
                    if (kw == null) {
                        kw = new HashMap<>();
                    }
                    kw.put(kwNames[i], kwDefaults[i].eval(f));
                }
            }
            Cell[] closure = new Cell[closureSlots.length];
            for (int i = 0; i < closure.length; i++) {
                closure[i] = (Cell) f.slots[closureSlots[i]];
            }
            PyFunction fn = new PyFunction(code, f.module, defs, kw, closure);
            if (annotationNames.length > 0) {
                PyDict annotations = new PyDict();
                for (int i = 0; i < annotationNames.length; i++) {
                    annotations.put(annotationNames[i], annotationValues[i].eval(f));
                }
                fn.annotations = annotations;
            }
            return fn;
        }
    }

    static final class NamedExpr extends ExprNode {
        final Targets.Target target;
        final ExprNode value;

        NamedExpr(Targets.Target target, ExprNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public Object eval(Frame f) {
            Object v = value.eval(f);
            target.store(f, v);
            return v;
        }
    }

    static ExprNode builtinCall(String name, PyCallable fn, ExprNode[] args) {
        return new CallN(new Const(new BuiltinFunction(name, fn)), args,
                new CallShape(new String[args.length], new boolean[args.length], new boolean[args.length], true));
    }

    static boolean fitsLong(BigInteger b) {
        return b.bitLength() < 64;
    }
}
