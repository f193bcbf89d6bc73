package dev.tauraro.script.builtins;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.BuiltinRound;
import dev.tauraro.script.runtime.BuiltinNamespace;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Format;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Metaclasses;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyFunction;
import dev.tauraro.script.runtime.PyGenerator;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Sorting;
import dev.tauraro.script.runtime.Types;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The {@code builtins} namespace of one interpreter. Functions that write output capture their
 * interpreter; everything else is stateless.
 */
public final class Builtins {
    private Builtins() {
    }

    /** A parse error as the script's SyntaxError (or IndentationError), with CPython's attributes. */
    public static dev.tauraro.script.runtime.PyException syntaxError(dev.tauraro.script.syntax.ScriptSyntaxError e,
                                                                    dev.tauraro.script.syntax.SourceFile src) {
        return Evaluation.syntaxError(e, src);
    }

    /** A fresh builtins namespace bound to {@code interp}. */
    public static BuiltinNamespace create(Interpreter interp) {
        BuiltinNamespace b = new BuiltinNamespace();
        for (PyClass c : new PyClass[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT, Types.STR,
            Types.BYTES, Types.BYTEARRAY, Types.MEMORYVIEW, Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE,
            Types.PROPERTY, Types.STATICMETHOD, Types.CLASSMETHOD, dev.tauraro.script.runtime.PyComplex.TYPE, Types.REVERSED,
            IteratorClasses.ENUMERATE, IteratorClasses.ZIP, IteratorClasses.MAP, IteratorClasses.FILTER}) {
            b.put(c.name, c);
        }
        for (PyClass c : Exceptions.ALL) {
            b.put(c.name, c);
        }
        b.put("EnvironmentError", Exceptions.OS_ERROR);
        b.put("IOError", Exceptions.OS_ERROR);
        b.put("None", PyNone.NONE);
        b.put("Ellipsis", PyNone.ELLIPSIS);
        b.put("NotImplemented", PyNone.NOT_IMPLEMENTED);
        b.put("slice", Types.SLICE);
        for (Fn f : Fn.values()) {
            b.put(f.pyName, new BuiltinFunction(f.pyName, Arity.checked(f.pyName, new Call(f, interp))));
        }
        for (Object v : b.values()) {
            if (v instanceof BuiltinFunction f) {
                f.claim("builtins", () -> interp.importModule("builtins"));
            }
        }
        return b;
    }

    /**
     * The built-in functions. They are called through one switch ({@link Call}) rather than made as
     * a lambda each: on JDK 17 linking a lambda's call site costs about 0.1 ms of interpreted
     * bootstrap code the first time it runs (JDK 25's AOT cache links them ahead of time), and every
     * interpreter made all of these at its start, whichever its script used.
     */
    private enum Fn {
        PRINT, EXEC, EVAL, COMPILE, GLOBALS, LOCALS, __IMPORT__, BREAKPOINT, HELP, OPEN, LEN, REPR, ASCII,
        ISINSTANCE, ISSUBCLASS, ABS, MIN, MAX, SUM, SORTED, ANY, ALL, HASH, ID, ITER, AITER, ANEXT, NEXT,
        HASATTR, GETATTR, SETATTR, DELATTR, CALLABLE, CHR, ORD, HEX, OCT, BIN, ROUND, DIVMOD, POW, FORMAT,
        INPUT, VARS, DIR, SUPER;

        final String pyName = name().toLowerCase(java.util.Locale.ROOT);
    }

    /** One built-in function of one interpreter. */
    private static final class Call implements PyCallable {
        private final Fn fn;
        private final Interpreter interp;

        Call(Fn fn, Interpreter interp) {
            this.fn = fn;
            this.interp = interp;
        }

        @Override
        public Object call(Object[] a, String[] k) {
            return switch (fn) {
                case PRINT -> print(interp, a, k);
                case EXEC -> Evaluation.exec(a, k, interp);
                case EVAL -> Evaluation.eval(a, k, interp);
                case COMPILE -> Evaluation.compile(a, k, interp);
                case GLOBALS -> Evaluation.globals(a, k);
                case LOCALS -> Evaluation.locals(a, k);
                case __IMPORT__ -> Evaluation.importModule(a, k, interp);
                case BREAKPOINT -> Evaluation.breakpoint(interp);
                case HELP -> Evaluation.help(a, interp);
                case OPEN -> dev.tauraro.script.modules.files.IoModule.open(interp, a, k);
                case LEN -> builtinLen(a, k);
                case REPR -> Ops.repr(a[0]);
                case ASCII -> Ops.ascii(a[0]);
                case ISINSTANCE -> builtinIsinstance(a);
                case ISSUBCLASS -> builtinIssubclass(a);
                case ABS -> builtinAbs(a);
                case MIN -> minMax("min", a, k, true);
                case MAX -> minMax("max", a, k, false);
                case SUM -> builtinSum(a, k);
                case SORTED -> builtinSorted(a, k);
                case ANY -> builtinAny(a);
                case ALL -> builtinAll(a);
                case HASH -> Ops.pyHash(a[0]);
                case ID -> Ops.id(a[0]);
                case ITER -> builtinIter(a);
                case AITER -> a[0] instanceof dev.tauraro.script.runtime.PyAsyncGenerator ? a[0]
                        : Ops.callMethod(a[0], "__aiter__", Ops.NO_ARGS, null);
                case ANEXT -> builtinAnext(a);
                case NEXT -> builtinNext(a);
                case HASATTR -> builtinHasattr(a);
                case GETATTR -> builtinGetattr(a);
                case SETATTR -> builtinSetattr(a);
                case DELATTR -> builtinDelattr(a);
                case CALLABLE -> callable(a[0]);
                case CHR -> builtinChr(a);
                case ORD -> builtinOrd(a);
                case HEX -> prefixed(a[0], 16, "0x");
                case OCT -> prefixed(a[0], 8, "0o");
                case BIN -> prefixed(a[0], 2, "0b");
                case ROUND -> builtinRound(a, k);
                case DIVMOD -> builtinDivmod(a);
                case POW -> builtinPow(a, k);
                case FORMAT -> builtinFormat(a);
                case INPUT -> dev.tauraro.script.modules.files.IoModule.input(interp, a, k);
                case VARS -> builtinVars(a);
                case DIR -> builtinDir(a);
                case SUPER -> builtinSuper(a);
            };
        }
    }

    private static Object builtinLen(Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Exceptions.typeError("len() takes no keyword arguments");
        }
        exactly("len", a, 1);
        return Ops.len(a[0]);
    }

    private static Object builtinIsinstance(Object[] a) {
        exactly("isinstance", a, 2);
        return isInstance(a[0], a[1]);
    }

    private static Object builtinIssubclass(Object[] a) {
        exactly("issubclass", a, 2);
        return isSubclass(a[0], a[1]);
    }

    private static Object builtinAbs(Object[] a) {
        Object x = a[0];
        if (x instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
        }
        if (x instanceof Double d) {
            return Math.abs(d);
        }
        if (x instanceof BigInteger || x instanceof dev.tauraro.script.runtime.Int128) {
            return Ops.normalize(Ops.bigInt(x).abs());
        }
        if (x instanceof Boolean bo) {
            return bo ? 1L : 0L;
        }
        if (x instanceof dev.tauraro.script.runtime.PyComplex c) {
            return c.abs();
        }
        if (x instanceof PyInstance inst && inst.type().lookup("__abs__") != null) {
            return Ops.callSpecial(inst.type().lookup("__abs__"), inst);
        }
        if (x instanceof PyDerived d) {
            return builtinAbs(new Object[] {d.value});   // an int or float subclass: its value's abs
        }
        throw Exceptions.typeError("bad operand type for abs(): '" + Ops.typeName(x) + "'");
    }

    private static Object builtinSum(Object[] a, String[] k) {
        int npos = a.length - (k == null ? 0 : k.length);
        if (npos == 0) {
            throw Exceptions.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        Object[] p = Arity.bind("sum", a, k, new String[] {"iterable", "start"}, 1);
        Object acc = p[1] == null ? (Object) 0L : p[1];
        if (acc instanceof String || acc instanceof dev.tauraro.script.runtime.PyBytes
                || acc instanceof dev.tauraro.script.runtime.PyByteArray) {
            throw Exceptions.typeError("sum() can't sum " + (acc instanceof String ? "strings [use ''.join(seq) instead]"
                    : (acc instanceof dev.tauraro.script.runtime.PyBytes ? "bytes" : "bytearray")
                    + " [use b''.join(seq) instead]"));
        }
        return Sum.sum(Ops.iter(p[0]), acc);
    }

    private static Object builtinSorted(Object[] a, String[] k) {
        PyList l = Ops.toList(a[0]);
        Object key = kw(a, k, "key", PyNone.NONE);
        boolean reverse = Ops.truthy(kw(a, k, "reverse", false));
        Sorting.sort(l, key, reverse);
        return l;
    }

    private static Object builtinAny(Object[] a) {
        PyIterator it = Ops.iter(a[0]);
        for (Object v = it.next(); v != null; v = it.next()) {
            if (Ops.truthy(v)) {
                return true;
            }
        }
        return false;
    }

    private static Object builtinAll(Object[] a) {
        PyIterator it = Ops.iter(a[0]);
        for (Object v = it.next(); v != null; v = it.next()) {
            if (!Ops.truthy(v)) {
                return false;
            }
        }
        return true;
    }

    private static Object builtinIter(Object[] a) {
        if (a.length == 2) {
            Object fn = a[0];
            Object sentinel = a[1];
            if (!callable(fn)) {
                throw Exceptions.typeError("iter(v, w): v must be callable");
            }
            return new PyIterator(Types.CALLABLE_ITERATOR) {
                boolean done;

                @Override
                public Object next() {
                    if (done) {
                        return null;
                    }
                    Object v = Ops.call(fn);
                    if (Ops.sameOrEq(v, sentinel)) {
                        done = true;
                        return null;
                    }
                    return v;
                }
            };
        }
        if (a[0] instanceof PyGenerator || a[0] instanceof PyIterator) {
            return a[0];
        }
        return Ops.iterObject(a[0]);
    }

    private static Object builtinAnext(Object[] a) {
        reactor.core.publisher.Mono<Object> next = a[0] instanceof dev.tauraro.script.runtime.PyAsyncGenerator g
                ? g.anext() : reactor.core.publisher.Mono.defer(() -> (reactor.core.publisher.Mono<Object>)
                dev.tauraro.script.runtime.Interop.awaitable(Ops.callMethod(a[0], "__anext__", Ops.NO_ARGS,
                        null)));
        if (a.length < 2) {
            return next;
        }
        Object dflt = a[1];
        return next.onErrorResume(e -> e instanceof dev.tauraro.script.runtime.PyException p
                && p.value.type().isSubclassOf(Exceptions.STOP_ASYNC_ITERATION), e -> reactor.core.publisher.Mono
                .just(dflt));
    }

    private static Object builtinNext(Object[] a) {
        Object it = a[0];
        Object v;
        if (it instanceof PyGenerator g) {
            v = g.resume(PyNone.NONE, null);
            if (v == null) {
                if (a.length > 1) {
                    return a[1];
                }
                Object r = g.returnValue();
                throw r == PyNone.NONE ? Exceptions.newException(Exceptions.STOP_ITERATION)
                        : Exceptions.newException(Exceptions.STOP_ITERATION, r);
            }
            return v;
        }
        if (it instanceof PyIterator pi) {
            v = pi.next();
        } else if (it instanceof PyInstance inst && inst.type().lookup("__next__") != null) {
            try {
                return Ops.callSpecial(inst.type().lookup("__next__"), inst);
            } catch (dev.tauraro.script.runtime.PyException e) {
                if (a.length > 1 && e.value.type().isSubclassOf(Exceptions.STOP_ITERATION)) {
                    return a[1];
                }
                throw e;
            }
        } else if (PyDerived.unwrap(it) instanceof PyIterator pi) {
            v = pi.next(); // a script subclass of a native iterator (io.BytesIO) without its own __next__
        } else {
            throw Exceptions.typeError("'" + Ops.typeName(it) + "' object is not an iterator");
        }
        if (v == null) {
            if (a.length > 1) {
                return a[1];
            }
            throw Exceptions.newException(Exceptions.STOP_ITERATION);
        }
        return v;
    }

    private static Object builtinHasattr(Object[] a) {
        return Ops.getAttrOrMissing(a[0], (String) a[1]) != null;
    }

    private static Object builtinGetattr(Object[] a) {
        if (a.length == 2) {   // Arity's check made the name a str
            return Ops.getAttr(a[0], (String) a[1]);   // the lookup's own AttributeError (a __getattr__'s, say)
        }
        Object v = Ops.getAttrOrMissing(a[0], (String) a[1]);
        return v != null ? v : a[2];
    }

    private static Object builtinSetattr(Object[] a) {
        Ops.setAttr(a[0], (String) a[1], a[2]);
        return PyNone.NONE;
    }

    private static Object builtinDelattr(Object[] a) {
        Ops.delAttr(a[0], (String) a[1]);
        return PyNone.NONE;
    }

    private static Object builtinChr(Object[] a) {
        // CPython reads the argument as a C int first: beyond that range it overflows
        if (!(Ops.indexInt(a[0]) instanceof Long n) || n != (int) (long) n) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "Python int too large to convert to C int");
        }
        long cp = n;
        if (cp < 0 || cp > 0x10FFFF) {
            throw Exceptions.valueError("chr() arg not in range(0x110000)");
        }
        // CPython's chr returns its cached one-character strings below U+0100 (identity included)
        return cp < 256 ? dev.tauraro.script.runtime.Latin1Chars.of((char) cp) : new String(Character.toChars((int) cp));
    }

    private static Object builtinOrd(Object[] a) {
        Object x = PyDerived.unwrap(a[0]);
        if (x instanceof dev.tauraro.script.runtime.PyBytes bs) {
            if (bs.bytes().length != 1) {
                throw Exceptions.typeError("ord() expected a character, but string of length "
                        + bs.bytes().length + " found");
            }
            return (long) (bs.bytes()[0] & 0xff);
        }
        if (!(x instanceof String s)) {
            throw Exceptions.typeError("ord() expected string of length 1, but " + Ops.typeName(a[0]) + " found");
        }
        int n = s.codePointCount(0, s.length());
        if (n != 1) {
            throw Exceptions.typeError("ord() expected a character, but string of length " + n + " found");
        }
        return (long) s.codePointAt(0);
    }

    private static Object builtinRound(Object[] a, String[] k) {
        Object[] p = Arity.bind("round", a, k, new String[] {"number", "ndigits"}, 1);
        return round(p[1] == null ? new Object[] {p[0]} : p);
    }

    private static Object builtinDivmod(Object[] a) {
        if (a[0] instanceof PyInstance && !(a[0] instanceof PyDerived)
                || a[1] instanceof PyInstance && !(a[1] instanceof PyDerived)) {
            return Ops.divmodDunder(a[0], a[1]);
        }
        Object x = PyDerived.unwrap(a[0]);
        Object y = PyDerived.unwrap(a[1]);
        boolean numbers = (Ops.isInstance(x, dev.tauraro.script.runtime.Types.INT) || x instanceof Double)
                && (Ops.isInstance(y, dev.tauraro.script.runtime.Types.INT) || y instanceof Double);
        if (!numbers && !(a[0] instanceof PyInstance) && !(a[1] instanceof PyInstance)) {
            throw Exceptions.typeError("unsupported operand type(s) for divmod(): '" + Ops.typeName(a[0])
                    + "' and '" + Ops.typeName(a[1]) + "'");
        }
        return Ops.divmodNumbers(a[0], a[1]);
    }

    private static Object builtinPow(Object[] a, String[] k) {
        Object[] p = Arity.bind("pow", a, k, new String[] {"base", "exp", "mod"}, 2);
        if (p[2] != null && p[2] != PyNone.NONE && p[0] instanceof PyInstance inst
                && inst.type().lookup("__pow__") != null) {   // three-argument pow goes to __pow__ only
            return Ops.callKw(inst.type().lookup("__pow__"), new Object[] {inst, p[1], p[2]}, null);
        }
        return p[2] == null || p[2] == PyNone.NONE ? Ops.pow(p[0], p[1]) : Ops.modPow(p[0], p[1], p[2]);
    }

    private static Object builtinFormat(Object[] a) {
        if (a.length > 1 && !(PyDerived.unwrap(a[1]) instanceof String)) {
            throw Exceptions.typeError("format() argument 2 must be str, not " + Ops.typeName(a[1]));
        }
        return Format.format(a[0], a.length > 1 ? (String) PyDerived.unwrap(a[1]) : "");
    }

    private static Object builtinVars(Object[] a) {
        Object d = a.length == 1 ? Ops.getAttrOrNull(a[0], "__dict__") : null;
        if (d == null) {
            throw Exceptions.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    private static Object builtinDir(Object[] a) {
        PyList names = new PyList();
        Object hook = a.length == 0 ? null : a[0] instanceof PyModule m ? moduleDir(m)
                : a[0] instanceof PyInstance inst ? Ops.lookupSpecial(inst, "__dir__")
                : a[0] instanceof dev.tauraro.script.runtime.PyClass c && Ops.metaSpecial(c, "__dir__") != null
                ? new dev.tauraro.script.runtime.BoundMethod(c, Ops.metaSpecial(c, "__dir__")) : null;
        if (a.length == 0) {   // the names of the calling scope, as sorted(locals())
            dev.tauraro.script.runtime.Frame f = dev.tauraro.script.runtime.CallDepth.current().top;
            if (f != null) {
                names.addAll(f.locals().keySet());
            }
        } else if (hook != null) {   // an object's (or a module's) own __dir__, its result sorted
            dev.tauraro.script.runtime.PyIterator it = Ops.iter(Ops.call(hook));
            for (Object o = it.next(); o != null; o = it.next()) {
                names.add(o);
            }
        } else if (a.length > 0 && a[0] instanceof PyModule m) {
            names.addAll(m.toDict().keySet());
        } else if (a.length > 0 && a[0] instanceof PyInstance inst) {
            java.util.TreeSet<String> s = new java.util.TreeSet<>();
            if (inst.dict != null) {
                for (Object key : inst.dict.keySet()) {
                    if (key instanceof String name) {
                        s.add(name);
                    }
                }
            }
            classNames(inst.type(), s);
            names.addAll(s);
        } else if (a.length > 0 && dev.tauraro.script.runtime.BuiltinDir.covers(a[0])) {
            // a built-in class, or a value of one: what the class answers to
            names.addAll(dev.tauraro.script.runtime.BuiltinDir.of(a[0] instanceof PyClass bc ? bc : Ops.type(a[0])));
        } else if (a.length > 0 && a[0] instanceof PyClass cls) {
            // a class: the names of its dict and its bases' dicts (not the metaclass's), as type.__dir__
            java.util.TreeSet<String> s = new java.util.TreeSet<>();
            classNames(cls, s);
            names.addAll(s);
        }
        Sorting.sort(names, PyNone.NONE, false);
        return names;
    }

    /**
     * The names of {@code cls}'s dict and its bases' dicts, as {@code type.__dir__} collects them; a
     * built-in value class among the bases (a script class extending tuple, int, ...) adds what it
     * answers to, since its methods are not all kept in its dict here.
     */
    private static void classNames(PyClass cls, java.util.Set<String> s) {
        for (PyClass c : cls.mro) {
            s.addAll(c.dictView().keySet());
            if (c.isBuiltin() && dev.tauraro.script.runtime.BuiltinDir.covers(c)) {
                s.addAll(dev.tauraro.script.runtime.BuiltinDir.of(c));
            }
        }
    }

    /**
     * Whether {@code v} is the built-in {@code super}, which a {@code super()} in a method calls
     * with the implicit class and first argument; a rebound name calls what it holds.
     */
    public static boolean isSuper(Object v) {
        return v instanceof BuiltinFunction f && f.name().equals("super") && "builtins".equals(f.module());
    }

    private static Object builtinSuper(Object[] a) {
        if (a.length != 2) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "super(): no arguments");
        }
        if (!(a[0] instanceof PyClass c)) {
            throw Exceptions.typeError("super() argument 1 must be a type, not " + Ops.typeName(a[0]));
        }
        return dev.tauraro.script.runtime.SuperProxy.of(c, a[1]);
    }

    private static void exactly(String name, Object[] a, int n) {
        if (a.length != n) {
            throw Exceptions.typeError(name + "() takes exactly " + (n == 1 ? "one argument" : n + " arguments")
                    + " (" + a.length + " given)");
        }
    }

    /** {@code callable(o)}. */
    public static boolean callable(Object o) {
        return o instanceof PyCallable || o instanceof PyInstance i && i.type().lookup("__call__") != null;
    }

    static Object kw(Object[] a, String[] k, String name, Object def) {
        if (k == null) {
            return def;
        }
        for (int i = 0; i < k.length; i++) {
            if (k[i].equals(name)) {
                return a[a.length - k.length + i];
            }
        }
        return def;
    }

    /** print's sep or end: a str (a subclass's value too), else CPython's TypeError. */
    private static String printText(String name, Object v) {
        if (PyDerived.unwrap(v) instanceof String s) {
            return s;
        }
        throw Exceptions.typeError(name + " must be None or a string, not " + Ops.typeName(v));
    }

    private static Object print(Interpreter interp, Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        int n = a.length - nk;
        String sep = " ";
        String end = "\n";
        PrintStream out = interp.out();
        Object file = null;
        boolean fileGiven = false;
        boolean flush = false;
        for (int i = 0; i < nk; i++) {
            Object v = a[n + i];
            switch (k[i]) {
                case "sep" -> sep = v == PyNone.NONE ? " " : printText("sep", v);
                case "end" -> end = v == PyNone.NONE ? "\n" : printText("end", v);
                case "file" -> {
                    fileGiven = v != PyNone.NONE;
                    if (v instanceof dev.tauraro.script.modules.SysModule.Stream s) {
                        out = s.stream();
                    } else if (v != PyNone.NONE) {
                        file = v;   // written once every keyword (end= may come after file=) is known
                    }
                }
                case "flush" -> flush = Ops.truthy(v);
                default -> throw Exceptions.typeError("'" + k[i] + "' is an invalid keyword argument for print()");
            }
        }
        if (!fileGiven) {
            // CPython prints to whatever sys.stdout is now: a script (or unittest's buffer) may
            // have replaced it; None prints nothing.
            PyModule sys = interp.modules().get("sys");
            Object current = sys == null ? null : sys.get("stdout");
            if (current instanceof dev.tauraro.script.modules.SysModule.Stream s) {
                out = s.stream();
            } else if (current == PyNone.NONE) {
                return PyNone.NONE;
            } else if (current != null) {
                file = current;
            }
        }
        if (file != null) {
            // as CPython: one write() per item, separator and end
            Object w = Ops.getAttr(file, "write");
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    Ops.call(w, sep);
                }
                Ops.call(w, Ops.str(a[i]));
            }
            Ops.call(w, end);
            if (flush) {
                Ops.call(Ops.getAttr(file, "flush"));
            }
            return PyNone.NONE;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(Ops.str(a[i]));
        }
        sb.append(end);
        if (out == interp.err()) {
            interp.out().flush();
        }
        out.print(sb);
        if (flush) {
            out.flush();
        }
        return PyNone.NONE;
    }

    /** {@code isinstance(o, cls)}, with {@code __instancecheck__}; also what class patterns test. */
    public static boolean isInstance(Object o, Object cls) {
        if (cls instanceof PyTuple t) {
            for (Object c : t.items) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyClass c)) {
            Object check = checkHook(cls, "__instancecheck__");
            if (check != null) {
                return Ops.truthy(Ops.call(check, cls, o));
            }
            throw Exceptions.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        if (Ops.type(o) == c) {
            return true; // as CPython: an exact match never asks __instancecheck__
        }
        Object hook = Metaclasses.hook(c, "__instancecheck__");
        return hook != null ? Ops.truthy(Ops.call(hook, o)) : Ops.isInstance(o, c);
    }

    /**
     * The {@code __instancecheck__}/{@code __subclasscheck__} of an instance's class: as CPython,
     * isinstance and issubclass ask any object whose type defines them (typing's aliases do).
     */
    private static Object checkHook(Object cls, String name) {
        return cls instanceof dev.tauraro.script.runtime.PyInstance inst ? inst.type().lookup(name) : null;
    }

    static boolean isSubclass(Object sub, Object cls) {
        if (cls instanceof PyTuple t) {
            for (Object c : t.items) {
                if (isSubclass(sub, c)) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyClass c)) {
            Object check = checkHook(cls, "__subclasscheck__");
            if (check != null) {
                return Ops.truthy(Ops.call(check, cls, sub));
            }
            throw Exceptions.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        Object hook = Metaclasses.hook(c, "__subclasscheck__");
        if (hook != null) {
            return Ops.truthy(Ops.call(hook, sub));
        }
        if (!(sub instanceof PyClass s)) {
            throw Exceptions.typeError("issubclass() arg 1 must be a class");
        }
        return s.isSubclassOf(c);
    }

    private static Object minMax(String name, Object[] a, String[] k, boolean min) {
        int nk = k == null ? 0 : k.length;
        int n = a.length - nk;
        for (int i = 0; i < nk; i++) {
            if (!k[i].equals("key") && !k[i].equals("default")) {
                throw Exceptions.typeError("'" + k[i] + "' is an invalid keyword argument for " + name + "()");
            }
        }
        Object key = kw(a, k, "key", PyNone.NONE);
        Object def = kw(a, k, "default", null);
        if (def != null && n > 1) {
            throw Exceptions.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        // one pass, each item's key and comparison before the next item is asked for, as CPython's
        // min_max: a generator's and a key's side effects interleave as there, and nothing is copied
        PyIterator it = n == 1 ? Ops.iter(a[0]) : PyIterator.of(Types.TUPLE_ITERATOR, a, n);
        Object best = it.next();
        if (best == null) {
            if (def != null) {
                return def;
            }
            throw Exceptions.valueError(name + "() arg is an empty sequence");
        }
        Object bestKey = key == PyNone.NONE ? best : Ops.call(key, best);
        for (Object v = it.next(); v != null; v = it.next()) {
            Object kv = key == PyNone.NONE ? v : Ops.call(key, v);
            boolean better;
            if (kv instanceof Long x && bestKey instanceof Long y) {
                better = min ? x < y : x > y;
            } else {
                better = min ? Ops.truthy(Ops.lt(kv, bestKey)) : Ops.truthy(Ops.gt(kv, bestKey));
            }
            if (better) {
                best = v;
                bestKey = kv;
            }
        }
        return best;
    }

    /** Three-argument {@code pow}: integers only, a result with the sign of the modulus, inverses for negative exponents. */
    private static BigInteger bigOf(Object o) {
        if (o instanceof dev.tauraro.script.runtime.PyInstance && !(o instanceof PyDerived)) {
            return BigInteger.valueOf(Ops.index(o));   // an object usable as an integer (__index__)
        }
        return Ops.bigInt(o);
    }

    private static String prefixed(Object o, int radix, String prefix) {
        BigInteger v = bigOf(o);
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }

    private static Object round(Object[] a) {
        Object x = a[0];
        Object rounded = BuiltinRound.of(x, a.length > 1 ? a[1] : PyNone.NONE);
        if (rounded != null) {
            return rounded;
        }
        if (x instanceof PyInstance inst && inst.type().lookup("__round__") != null) {
            return Ops.callKw(inst.type().lookup("__round__"), a, null);
        }
        if (x instanceof PyDerived d) {
            Object[] b = a.clone();
            b[0] = d.value;
            return round(b);
        }
        throw Exceptions.typeError("type " + Ops.typeName(x) + " doesn't define __round__ method");
    }

    static PyDict dictOf(Map<String, Object> m) {
        PyDict d = new PyDict();
        d.putAll(m);
        return d;
    }

    static boolean isFunction(Object o) {
        return o instanceof PyFunction;
    }

    static boolean isException(Object o) {
        return o instanceof PyBaseException;
    }

    /**
     * The {@code __dir__} that {@code dir(m)} calls: the module's class's when a script subclass of
     * ModuleType defines one (lazy-loading modules list the names they will load), else the
     * module's own function (PEP 562); null for neither.
     */
    private static Object moduleDir(PyModule m) {
        Object f = m.type().lookup("__dir__");
        return f != null ? new dev.tauraro.script.runtime.BoundMethod(m, f) : m.get("__dir__");
    }
}
