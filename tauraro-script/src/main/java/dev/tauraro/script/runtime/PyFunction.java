package dev.tauraro.script.runtime;

import java.util.HashMap;

/** A function defined by {@code def} or {@code lambda}: code plus defaults, closure and module. */
public final class PyFunction implements PyCallable {
    public final Code code;
    public final PyModule module;
    /** {@code __defaults__} (may be null); assignable, as in CPython. */
    public Object[] defaults;
    /** Defaults of keyword-only parameters by name (may be null): {@code __kwdefaults__}, assignable. */
    public HashMap<String, Object> kwDefaults;
    public final Cell[] closure;
    public String name;
    public String qualname;
    /** The class whose body defined this function: what zero-argument {@code super()} uses. */
    public PyClass owner;
    /** {@code __annotations__}, created on first access when the def had none. */
    public PyDict annotations;
    /** Its attributes ({@code __dict__}), made on first use. */
    public PyDict dict;
    /** {@code __doc__} and {@code __module__} once assigned (null: the code's docstring, the module's name). */
    public Object doc;
    public Object moduleName;

    public PyFunction(Code code, PyModule module, Object[] defaults, HashMap<String, Object> kwDefaults,
                      Cell[] closure) {
        this.code = code;
        this.module = module;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.name = code.name;
        this.qualname = code.qualname;
    }

    // ---------------------------------------------------------------- calling

    /**
     * Whether {@code n} positional arguments, with the defaults of the parameters after them, fill
     * exactly the parameters of a function whose code is {@link Code#simpleArgs}: what call nodes
     * check before evaluating arguments straight into a new frame's slots.
     */
    public boolean takesPositional(int n) {
        int argc = code.argCount;
        if (n == argc) {
            return true;
        }
        Object[] d = defaults;
        return n < argc && d != null && n >= argc - d.length;
    }

    /**
     * Puts the defaults of the parameters after the first {@code n} into a frame's slots, as
     * {@link #bind} does for a call without keywords; false (nothing stored) when the defaults no
     * longer cover them ({@code __defaults__} replaced while the arguments were evaluated).
     */
    public boolean fillDefaults(Object[] slots, int n) {
        int argc = code.argCount;
        if (n == argc) {
            return true;
        }
        Object[] d = defaults;
        if (d == null || n < argc - d.length) {
            return false;
        }
        int first = argc - d.length;
        for (int i = n; i < argc; i++) {
            slots[i] = d[i - first];
        }
        return true;
    }

    public Object call0() {
        if (code.simpleArgs && code.argCount == 0) {
            return run(new Frame(code.frameSize(), this, module));
        }
        return call(Ops.NO_ARGS, null);
    }

    public Object call1(Object a) {
        if (code.simpleArgs && takesPositional(1)) { // the rest of the parameters, if any, from their defaults
            Frame f = new Frame(code.frameSize(), this, module);
            f.slots[0] = a;
            fillDefaults(f.slots, 1);
            return run(f);
        }
        return call(new Object[] {a}, null);
    }

    public Object call2(Object a, Object b) {
        if (code.simpleArgs && code.argCount == 2) {
            if (code.simple && code.body instanceof DirectBody d) {
                return d.call(new Object[] {a, b});
            }
            Frame f = new Frame(code.frameSize(), this, module);
            f.slots[0] = a;
            f.slots[1] = b;
            return run(f);
        }
        if (code.simpleArgs && takesPositional(2)) {
            Frame f = new Frame(code.frameSize(), this, module);
            f.slots[0] = a;
            f.slots[1] = b;
            fillDefaults(f.slots, 2);
            return run(f);
        }
        return call(new Object[] {a, b}, null);
    }

    /** Three positional arguments, as {@code __setitem__(self, key, value)} and {@code __set__} take. */
    public Object call3(Object a, Object b, Object c) {
        if (code.simpleArgs && code.argCount == 3) {
            if (code.simple && code.body instanceof DirectBody d) {
                return d.call(new Object[] {a, b, c});
            }
            Frame f = new Frame(code.frameSize(), this, module);
            f.slots[0] = a;
            f.slots[1] = b;
            f.slots[2] = c;
            return run(f);
        }
        return call(new Object[] {a, b, c}, null);
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return run(bind(null, args, kwnames));
    }

    /** Calls with {@code self} prepended to {@code args} (a bound method call). */
    public Object callWithSelf(Object self, Object[] args, String[] kwnames) {
        if (code.simpleArgs && kwnames == null && takesPositional(args.length + 1)) {
            Frame f = new Frame(code.frameSize(), this, module);
            f.slots[0] = self;
            System.arraycopy(args, 0, f.slots, 1, args.length);
            fillDefaults(f.slots, args.length + 1);
            return run(f);
        }
        return run(bind(self, args, kwnames));
    }

    /** Executes a bound frame: runs it, or wraps it in a generator or coroutine. */
    public Object run(Frame f) {
        Code.Kind kind = code.kind;
        if (kind != Code.Kind.PLAIN) {
            if (kind == Code.Kind.COROUTINE) {
                return new PyCoroutine(f);
            }
            return kind == Code.Kind.GENERATOR ? new PyGenerator(f) : new PyAsyncGenerator(f);
        }
        CallDepth depth = CallDepth.current();
        f.calls = depth;
        depth.enter(module.interp.recursionLimit);
        depth.push(f);
        try {
            code.body.exec(f);
        } catch (PyException e) {
            e.leaveFrame(code.filename, code.name);
            throw e;
        } catch (StackOverflowError e) {
            PyException p = CallDepth.exceeded("");
            p.leaveFrame(code.filename, code.name);
            throw p;
        } finally {
            depth.exit();
            depth.pop(f);
        }
        Object r = f.ret;
        return r == null ? PyNone.NONE : r;
    }

    /**
     * General argument binding with CPython's error messages. The common call (positional
     * arguments, perhaps defaults) stays in this method; keywords, keyword-only parameters and the
     * errors are methods of their own, so that the JIT compiles what a program uses (C2 compiled
     * the whole binder into 4-10 kB, C1 into 28 kB, in programs that never pass a keyword).
     */
    public Frame bind(Object self, Object[] args, String[] kwnames) {
        Code c = code;
        if (self != null && c.argCount == 0 && c.hasVarArgs) {
            // def f(*a): self is the first element of the tuple, not a slot of its own
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return bind(null, all, kwnames);
        }
        Frame f = new Frame(c.frameSize(), this, module);
        Object[] slots = f.slots;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int offset = self == null ? 0 : 1;
        int npos = args.length - nkw + offset;
        int argc = c.argCount;
        if (self != null && argc > 0) {
            slots[0] = self;
        }
        int direct = Math.min(npos, argc);
        for (int i = offset; i < direct; i++) {
            slots[i] = args[i - offset];
        }
        if (c.hasVarArgs) {
            int extra = npos - argc;
            slots[argc] = extra <= 0 ? PyTuple.EMPTY
                    : new PyTuple(java.util.Arrays.copyOfRange(args, argc - offset, argc - offset + extra));
        }
        int kwStart = argc + (c.hasVarArgs ? 1 : 0);
        if (c.hasKwArgs) {
            slots[kwStart + c.kwOnlyCount] = new PyDict();
        }
        // As CPython: keyword arguments are matched (and their errors raised) before too many
        // positional arguments are reported.
        if (nkw > 0) {
            bindKeywords(c, slots, args, kwnames, kwStart);
        }
        if (!c.hasVarArgs && npos > argc) {
            throw tooManyPositional(c, npos, slots, kwStart);
        }
        Object[] d = defaults;
        int firstDefault = argc - (d == null ? 0 : d.length);
        for (int i = 0; i < argc; i++) {
            if (slots[i] == null) {
                if (i < firstDefault) {
                    throw missing(c, slots, 0, firstDefault, "positional");
                }
                slots[i] = d[i - firstDefault];
            }
        }
        if (c.kwOnlyCount > 0) {
            bindKeywordOnlyDefaults(c, slots, kwStart);
        }
        prepareCells(f);
        return f;
    }

    /**
     * Puts the keyword arguments (the last {@code kwnames.length} of {@code args}) into their
     * parameters' slots, or into the {@code **kwargs} dict; CPython's errors for an unknown name, a
     * parameter given twice, or positional-only parameters named.
     */
    private void bindKeywords(Code c, Object[] slots, Object[] args, String[] kwnames, int kwStart) {
        int nkw = kwnames.length;
        int argc = c.argCount;
        PyDict extraKw = c.hasKwArgs ? (PyDict) slots[kwStart + c.kwOnlyCount] : null;
        java.util.List<String> posOnlyByKeyword = null;
        for (int k = 0; k < nkw; k++) {
            String kn = kwnames[k];
            Object v = args[args.length - nkw + k];
            int idx = -1;
            for (int i = 0; i < c.positionalOnly; i++) {
                if (c.paramNames[i].equals(kn) && !c.hasKwArgs) {
                    if (posOnlyByKeyword == null) {
                        posOnlyByKeyword = new java.util.ArrayList<>();
                    }
                    posOnlyByKeyword.add(kn);
                }
            }
            if (posOnlyByKeyword != null && posOnlyByKeyword.contains(kn)) {
                continue;
            }
            for (int i = c.positionalOnly; i < argc; i++) {
                if (c.paramNames[i].equals(kn)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                for (int i = 0; i < c.kwOnlyCount; i++) {
                    if (c.paramNames[kwStart + i].equals(kn)) {
                        idx = kwStart + i;
                        break;
                    }
                }
            }
            if (idx < 0) {
                if (extraKw == null) {
                    throw Exceptions.typeError(qualname + "() got an unexpected keyword argument '" + kn + "'");
                }
                extraKw.put(kn, v);
                continue;
            }
            if (slots[idx] != null) {
                throw Exceptions.typeError(qualname + "() got multiple values for argument '" + kn + "'");
            }
            slots[idx] = v;
        }
        if (posOnlyByKeyword != null) {
            throw Exceptions.typeError(qualname + "() got some positional-only arguments passed as keyword "
                    + "arguments: '" + String.join(", ", posOnlyByKeyword) + "'");
        }
    }

    /** The keyword-only parameters not given: their defaults, else CPython's error naming all of them. */
    private void bindKeywordOnlyDefaults(Code c, Object[] slots, int kwStart) {
        boolean missing = false;
        for (int i = 0; i < c.kwOnlyCount; i++) {
            int s = kwStart + i;
            if (slots[s] == null) {
                Object d = kwDefaults == null ? null : kwDefaults.get(c.paramNames[s]);
                missing |= d == null;
                slots[s] = d;
            }
        }
        if (missing) {
            throw missing(c, slots, kwStart, kwStart + c.kwOnlyCount, "keyword-only");
        }
    }

    /**
     * CPython's {@code missing_arguments} error: the parameters of slots {@code from} to {@code to}
     * still empty, all of them named.
     */
    private PyException missing(Code c, Object[] slots, int from, int to, String kind) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = from; i < to; i++) {
            if (slots[i] == null) {
                names.add(c.paramNames[i]);
            }
        }
        return Exceptions.typeError(qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + listNames(names));
    }

    /** CPython's {@code too_many_positional} message, keyword-only arguments given included. */
    private PyException tooManyPositional(Code c, int given, Object[] slots, int kwStart) {
        int argc = c.argCount;
        int ndef = defaults == null ? 0 : defaults.length;
        int kwonlyGiven = 0;
        for (int i = 0; i < c.kwOnlyCount; i++) {
            if (slots[kwStart + i] != null) {
                kwonlyGiven++;
            }
        }
        String sig = ndef > 0 ? "from " + (argc - ndef) + " to " + argc : String.valueOf(argc);
        boolean plural = ndef > 0 || argc != 1;
        String kwonly = kwonlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return Exceptions.typeError(qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + kwonly + (given == 1 && kwonlyGiven == 0 ? " was" : " were") + " given");
    }

    /** Wraps captured locals into cells and copies the closure in. */
    public void prepareCells(Frame f) {
        Code c = code;
        Object[] slots = f.slots;
        for (int s : c.cellSlots()) {
            Object v = slots[s];
            slots[s] = new Cell(s < c.paramNames.length ? c.paramNames[s] : null, v);
        }
        int[] free = c.freeSlots;
        for (int i = 0; i < free.length; i++) {
            slots[free[i]] = closure[i];
        }
    }

    private static String listNames(java.util.List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "<function " + qualname + " at 0x" + Ops.hexId(this) + ">";
    }
}
