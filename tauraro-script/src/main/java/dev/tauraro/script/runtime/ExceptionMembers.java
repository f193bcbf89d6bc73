package dev.tauraro.script.runtime;

import java.util.List;
import java.util.Map;

/**
 * What the built-in exception types add to plain objects, as CPython's {@code Objects/exceptions.c}
 * defines it: constructor rules ({@code OSError}'s errno mapping to its subclasses, the five
 * arguments of the Unicode errors, {@code ImportError}'s keywords), the built-in attributes
 * ({@code __cause__}, {@code __context__}, {@code __traceback__}, {@code add_note}, {@code errno},
 * {@code start}, ...) and {@code str()}.
 */
final class ExceptionMembers {
    private ExceptionMembers() {
    }

    private static final String[] OS_FIELDS = {"errno", "strerror", "filename", "filename2"};
    private static final String[] UNICODE_FIELDS = {"encoding", "object", "start", "end", "reason"};

    private static final Map<String, GetSetDescriptor> BASE = GetSetDescriptor.getsets(Exceptions.BASE_EXCEPTION,
            "args", "__traceback__", "__context__", "__cause__", "__suppress_context__");
    private static final Map<String, BuiltinFunction> BASE_METHODS = Map.of(
            "with_traceback", method("with_traceback"), "add_note", method("add_note"), "__setstate__",
            method("__setstate__"));
    /** The attributes the built-in exception types add, by the class that defines them (CPython's member descriptors). */
    private static final Map<PyClass, Map<String, GetSetDescriptor>> FIELDS = Map.of(
            Exceptions.OS_ERROR, GetSetDescriptor.members(Exceptions.OS_ERROR, "errno", "strerror", "filename",
                    "filename2", "characters_written"),
            Exceptions.STOP_ITERATION, GetSetDescriptor.members(Exceptions.STOP_ITERATION, "value"),
            Exceptions.SYSTEM_EXIT, GetSetDescriptor.members(Exceptions.SYSTEM_EXIT, "code"),
            Exceptions.IMPORT_ERROR, GetSetDescriptor.members(Exceptions.IMPORT_ERROR, "msg", "name", "path"),
            Exceptions.NAME_ERROR, GetSetDescriptor.members(Exceptions.NAME_ERROR, "name"),
            Exceptions.ATTRIBUTE_ERROR, GetSetDescriptor.members(Exceptions.ATTRIBUTE_ERROR, "name", "obj"),
            Exceptions.SYNTAX_ERROR, GetSetDescriptor.members(Exceptions.SYNTAX_ERROR, "msg", "filename", "lineno",
                    "offset", "text", "end_lineno", "end_offset", "print_file_and_line"),
            Exceptions.UNICODE_DECODE_ERROR, GetSetDescriptor.members(Exceptions.UNICODE_DECODE_ERROR, UNICODE_FIELDS),
            Exceptions.UNICODE_ENCODE_ERROR, GetSetDescriptor.members(Exceptions.UNICODE_ENCODE_ERROR, UNICODE_FIELDS),
            Exceptions.UNICODE_TRANSLATE_ERROR, GetSetDescriptor.members(Exceptions.UNICODE_TRANSLATE_ERROR,
                    UNICODE_FIELDS));

    /**
     * {@code E.name} for an exception class: BaseException's methods and attributes and those its
     * built-in bases define, as the descriptors CPython's classes hold ({@code OSError.errno},
     * {@code BaseException.with_traceback(e, tb)}); null for other names.
     */
    static Object classAttr(PyClass c, String name) {
        Object base = BASE_METHODS.get(name);
        if (base != null) {
            return base;
        }
        if (BASE.containsKey(name)) {
            return BASE.get(name);
        }
        for (PyClass k : c.mro) {
            Map<String, GetSetDescriptor> own = FIELDS.get(k);
            if (own != null && own.containsKey(name)) {
                return own.get(name);
            }
        }
        return null;
    }

    private static BuiltinFunction method(String name) {
        return BuiltinFunction.descriptor(name, Exceptions.BASE_EXCEPTION, (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyBaseException e)) {
                throw Exceptions.descriptorMismatch(name, "BaseException", a);
            }
            return Ops.callKw(get(e, name), java.util.Arrays.copyOfRange(a, 1, a.length), k);
        });
    }

    /** {@code BaseException.__new__}: the instance {@code cls(*args, **kw)} starts as. */
    static PyBaseException create(PyClass cls, Object[] args, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        int n = args.length - nk;
        Object[] pos = java.util.Arrays.copyOf(args, n);
        boolean builtinInit = cls.lookup("__init__") == null;
        List<String> keywords = cls.isSubclassOf(Exceptions.IMPORT_ERROR) ? List.of("name", "path")
                : cls.isSubclassOf(Exceptions.ATTRIBUTE_ERROR) ? List.of("name", "obj")
                : cls.isSubclassOf(Exceptions.NAME_ERROR) ? List.of("name") : List.of();
        if (nk > 0 && builtinInit && keywords.isEmpty()) {
            throw Exceptions.typeError(cls.name + "() takes no keyword arguments");
        }
        if (cls.isSubclassOf(Exceptions.BASE_EXCEPTION_GROUP)) {
            return group(cls, pos);
        }
        if (cls.isSubclassOf(Exceptions.OS_ERROR)) {
            return osError(cls, pos);
        }
        PyBaseException e = new PyBaseException(cls, pos);
        if (!keywords.isEmpty()) { // ImportError(name=, path=), AttributeError(name=, obj=), NameError(name=)
            // AttributeError.obj stays unset unless given: CPython then offers no "Did you mean"
            keywords.stream().filter(k -> !k.equals("obj")).forEach(k -> e.member(k, PyNone.NONE));
            for (int i = 0; i < nk; i++) {
                String k = kwnames[i];
                if (!keywords.contains(k)) {
                    if (builtinInit) {
                        throw Exceptions.typeError("'" + k + "' is an invalid keyword argument for " + cls.name
                                + "()");
                    }
                    continue;
                }
                e.member(k, args[n + i]);
            }
        } else if (cls.isSubclassOf(Exceptions.SYNTAX_ERROR)) {
            syntaxError(e, pos);
        } else if (cls.isSubclassOf(Exceptions.UNICODE_DECODE_ERROR)
                || cls.isSubclassOf(Exceptions.UNICODE_ENCODE_ERROR)) {
            unicodeError(e, pos, cls.isSubclassOf(Exceptions.UNICODE_DECODE_ERROR));
        } else if (cls.isSubclassOf(Exceptions.UNICODE_TRANSLATE_ERROR)) {
            if (n != 4) {
                throw Exceptions.typeError("function takes exactly 4 arguments (" + n + " given)");
            }
            e.member("encoding", PyNone.NONE);
            e.member("object", checked(pos[0], String.class, 1, "str"));
            e.member("start", checked(pos[1], Long.class, 2, "int"));
            e.member("end", checked(pos[2], Long.class, 3, "int"));
            e.member("reason", checked(pos[3], String.class, 4, "str"));
        }
        return e;
    }

    private static PyBaseException group(PyClass cls, Object[] pos) {
        if (pos.length != 2) {
            throw Exceptions.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + pos.length
                    + " given)");
        }
        if (!(pos[0] instanceof String)) {
            throw Exceptions.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Ops.typeName(pos[0]));
        }
        if (!(pos[1] instanceof PyList || pos[1] instanceof PyTuple)) {
            throw Exceptions.typeError("second argument (exceptions) must be a sequence");
        }
        List<Object> subs = Ops.toList(pos[1]);
        if (subs.isEmpty()) {
            throw Exceptions.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < subs.size(); i++) {
            if (!(subs.get(i) instanceof PyBaseException sub)) {
                throw Exceptions.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= sub.type().isSubclassOf(Exceptions.EXCEPTION);
        }
        PyClass type = cls;
        if (cls == Exceptions.BASE_EXCEPTION_GROUP && allExceptions) {
            type = Exceptions.EXCEPTION_GROUP; // as CPython: a group of Exceptions is an ExceptionGroup
        } else if (cls.isSubclassOf(Exceptions.EXCEPTION) && !allExceptions) {
            throw Exceptions.typeError(cls == Exceptions.EXCEPTION_GROUP
                    ? "Cannot nest BaseExceptions in an ExceptionGroup"
                    : "Cannot nest BaseExceptions in '" + cls.name + "'");
        }
        return new PyBaseException(type, pos[0], new PyList(subs));
    }

    private static final String[] SYNTAX_FIELDS = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

    /** {@code SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))}, as CPython parses it. */
    private static void syntaxError(PyBaseException e, Object[] pos) {
        e.member("msg", pos.length >= 1 ? pos[0] : PyNone.NONE);
        for (String f : SYNTAX_FIELDS) {
            e.member(f, PyNone.NONE);
        }
        e.member("print_file_and_line", PyNone.NONE);
        if (pos.length != 2) {
            return;
        }
        List<Object> where = Ops.toList(pos[1]);
        if (where.size() < 4) {
            throw Exceptions.typeError("function takes at least 4 arguments (" + where.size() + " given)");
        }
        if (where.size() > 6) {
            throw Exceptions.typeError("function takes at most 6 arguments (" + where.size() + " given)");
        }
        for (int i = 0; i < where.size(); i++) {
            e.member(SYNTAX_FIELDS[i], where.get(i));
        }
    }

    /** {@code OSError(errno, strerror[, filename[, winerror[, filename2]]])}, as CPython parses it. */
    private static PyBaseException osError(PyClass cls, Object[] pos) {
        int n = pos.length;
        boolean parsed = n >= 2 && n <= 5;
        PyClass type = cls;
        if (parsed && cls == Exceptions.OS_ERROR && pos[0] instanceof Long code) {
            type = byErrno(code);
        }
        PyBaseException e = new PyBaseException(type, parsed && n > 2 ? new Object[] {pos[0], pos[1]} : pos);
        for (String f : OS_FIELDS) {
            e.member(f, PyNone.NONE);
        }
        if (parsed) {
            e.member("errno", pos[0]);
            e.member("strerror", pos[1]);
            if (n >= 3) {
                if (type.isSubclassOf(Exceptions.BLOCKING_IO_ERROR) && Ops.isInt(pos[2])) {
                    e.member("characters_written", pos[2]);
                } else {
                    e.member("filename", pos[2]);
                }
            }
            if (n == 5) {
                e.member("filename2", pos[4]);
            }
        }
        return e;
    }

    /** The subclass {@code OSError(code, ...)} constructs (CPython's errnomap, Linux values). */
    static PyClass byErrno(long code) {
        if (code != (int) code) {
            return Exceptions.OS_ERROR;
        }
        return switch ((int) code) {
            case 11, 114, 115 -> Exceptions.BLOCKING_IO_ERROR; // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
            case 10 -> Exceptions.CHILD_PROCESS_ERROR;
            case 32, 108 -> Exceptions.BROKEN_PIPE_ERROR; // EPIPE, ESHUTDOWN
            case 103 -> Exceptions.CONNECTION_ABORTED_ERROR;
            case 111 -> Exceptions.CONNECTION_REFUSED_ERROR;
            case 104 -> Exceptions.CONNECTION_RESET_ERROR;
            case 17 -> Exceptions.FILE_EXISTS_ERROR;
            case 2 -> Exceptions.FILE_NOT_FOUND_ERROR;
            case 21 -> Exceptions.IS_A_DIRECTORY_ERROR;
            case 20 -> Exceptions.NOT_A_DIRECTORY_ERROR;
            case 4 -> Exceptions.INTERRUPTED_ERROR;
            case 13, 1 -> Exceptions.PERMISSION_ERROR; // EACCES, EPERM
            case 3 -> Exceptions.PROCESS_LOOKUP_ERROR;
            case 110 -> Exceptions.TIMEOUT_ERROR;
            default -> Exceptions.OS_ERROR;
        };
    }

    private static void unicodeError(PyBaseException e, Object[] pos, boolean decode) {
        if (pos.length != 5) {
            throw Exceptions.typeError("function takes exactly 5 arguments (" + pos.length + " given)");
        }
        e.member("encoding", checked(pos[0], String.class, 1, "str"));
        Object obj = pos[1];
        if (decode) {
            if (!(obj instanceof PyBytes)) {
                throw Exceptions.typeError("argument 2 must be bytes-like object, not " + Ops.typeName(obj));
            }
        } else {
            checked(obj, String.class, 2, "str");
        }
        e.member("object", obj);
        e.member("start", checked(pos[2], Long.class, 3, "int"));
        e.member("end", checked(pos[3], Long.class, 4, "int"));
        e.member("reason", checked(pos[4], String.class, 5, "str"));
    }

    private static Object checked(Object v, Class<?> type, int position, String typeName) {
        if (!type.isInstance(v)) {
            throw Exceptions.typeError("argument " + position + " must be " + typeName + ", not " + Ops.typeName(v));
        }
        return v;
    }

    // ------------------------------------------------------------------ attributes

    /** A built-in attribute of {@code e}, or null when {@code name} is not one. */
    static Object get(PyBaseException e, String name) {
        PyClass t = e.type();
        switch (name) {
            case "args":
                return e.args;
            case "__cause__":
                return e.cause == null ? PyNone.NONE : e.cause;
            case "__context__":
                return e.context == null ? PyNone.NONE : e.context;
            case "__traceback__":
                return PyTraceback.of(e);
            case "__suppress_context__":
                return e.suppressContext;
            case "add_note":
                return new BuiltinFunction("add_note", (a, k) -> {
                    if (a.length != 1 || (k != null && k.length > 0)) {
                        throw Exceptions.typeError("BaseException.add_note() takes exactly one argument (" + a.length
                                + " given)");
                    }
                    addNote(e, a[0]);
                    return PyNone.NONE;
                });
            case "__setstate__":   // what pickle calls with the state __reduce__ gave
                return new BuiltinFunction("__setstate__", (a, k) -> {
                    if (a.length != 1) {
                        throw Exceptions.typeError("BaseException.__setstate__() takes exactly one argument ("
                                + a.length + " given)");
                    }
                    if (a[0] != PyNone.NONE) {
                        if (!(a[0] instanceof PyDict state)) {
                            throw Exceptions.typeError("state is not a dictionary");
                        }
                        for (java.util.Map.Entry<Object, Object> item : java.util.List.copyOf(state.entrySet())) {
                            Ops.setAttr(e, Ops.str(item.getKey()), item.getValue());
                        }
                    }
                    return PyNone.NONE;
                });
            case "with_traceback":
                return new BuiltinFunction("with_traceback", (a, k) -> {
                    if (a.length != 1) {
                        throw Exceptions.typeError("BaseException.with_traceback() takes exactly one argument ("
                                + a.length + " given)");
                    }
                    setTraceback(e, a[0]);
                    return e;
                });
            default:
                break;
        }
        if (e.members != null && e.members.containsKey(name)) {
            return e.members.get(name);
        }
        if (name.equals("obj") && t.isSubclassOf(Exceptions.ATTRIBUTE_ERROR)
                || name.equals("name") && (t.isSubclassOf(Exceptions.NAME_ERROR)
                || t.isSubclassOf(Exceptions.ATTRIBUTE_ERROR))) {
            return PyNone.NONE; // what CPython's C fields read before anything set them
        }
        if (t.isSubclassOf(Exceptions.BASE_EXCEPTION_GROUP) && e.args.size() == 2) {
            switch (name) {
                case "exceptions":
                    return new PyTuple(Ops.toList(e.args.get(1)).toArray());
                case "message":
                    return e.args.get(0);
                case "split", "subgroup":
                    boolean split = name.equals("split");
                    return new BuiltinFunction(name, (a, k) -> {
                        PyBaseException[] parts = ExceptionGroups.split(e, a[0]);
                        Object match = parts[0] == null ? PyNone.NONE : parts[0];
                        return split ? new PyTuple(new Object[] {match, parts[1] == null ? PyNone.NONE : parts[1]})
                                : match;
                    });
                case "derive":
                    return new BuiltinFunction("derive", (a, k) -> Ops.call(t, e.args.get(0), a[0]));
                default:
                    return null;
            }
        }
        if (name.equals("value") && t.isSubclassOf(Exceptions.STOP_ITERATION)) {
            return e.args.size() > 0 ? e.args.get(0) : PyNone.NONE;
        }
        if (name.equals("code") && t.isSubclassOf(Exceptions.SYSTEM_EXIT)) {
            return e.args.size() == 0 ? PyNone.NONE : e.args.size() == 1 ? e.args.get(0) : e.args;
        }
        if (name.equals("msg") && t.isSubclassOf(Exceptions.IMPORT_ERROR)) {
            return e.args.size() == 1 ? e.args.get(0) : PyNone.NONE;
        }
        return null;
    }

    /** Sets a built-in attribute; false when {@code name} is not one (it then goes to {@code __dict__}). */
    static boolean set(PyBaseException e, String name, Object value) {
        switch (name) {
            case "__cause__":
                e.cause = causeOrContext(value, "cause");
                e.suppressContext = true;
                return true;
            case "__context__":
                e.context = causeOrContext(value, "context");
                return true;
            case "__suppress_context__":
                e.suppressContext = Ops.truthy(value);
                return true;
            case "__traceback__":
                setTraceback(e, value);
                return true;
            case "args":
                e.args = new PyTuple(Ops.toList(value).toArray());
                return true;
            default:
                break;
        }
        if (e.members != null && e.members.containsKey(name)
                || name.equals("characters_written") && e.type().isSubclassOf(Exceptions.BLOCKING_IO_ERROR)
                || name.equals("obj") && e.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR)
                || name.equals("name") && (e.type().isSubclassOf(Exceptions.NAME_ERROR)
                || e.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR))) {
            e.member(name, value);
            return true;
        }
        return false;
    }

    private static PyBaseException causeOrContext(Object value, String what) {
        if (value == PyNone.NONE) {
            return null;
        }
        if (!(value instanceof PyBaseException b)) {
            throw Exceptions.typeError("exception " + what + " must be None or derive from BaseException");
        }
        return b;
    }

    private static void setTraceback(PyBaseException e, Object tb) {
        if (tb == PyNone.NONE) {
            e.traceback.clear();
        } else if (tb instanceof PyTraceback t) {
            List<PyBaseException.TraceEntry> entries = t.entries();
            e.traceback.clear();
            e.traceback.addAll(entries);
        } else {
            throw Exceptions.typeError("__traceback__ must be a traceback or None");
        }
    }

    /** {@code BaseException.add_note(note)}: appends to the {@code __notes__} list, made on first use. */
    static void addNote(PyBaseException e, Object note) {
        if (!(note instanceof String)) {
            throw Exceptions.typeError("note must be a str, not '" + Ops.typeName(note) + "'");
        }
        Object notes = e.getOwn("__notes__");
        if (notes == null) {
            notes = new PyList();
            e.setOwn("__notes__", notes);
        }
        if (!(notes instanceof PyList l)) {
            throw Exceptions.typeError("Cannot add note: __notes__ is not a list");
        }
        l.add(note);
    }

    // ------------------------------------------------------------------ str()

    /** {@code str(e)} for an exception whose class does not define {@code __str__}. */
    static String str(PyBaseException e) {
        PyClass t = e.type();
        PyTuple args = e.args;
        if (t.isSubclassOf(Exceptions.BASE_EXCEPTION_GROUP) && args.size() == 2) {
            long n = Ops.len(args.get(1));
            return Ops.str(args.get(0)) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        if (t.isSubclassOf(Exceptions.KEY_ERROR) && args.size() == 1) {
            return Ops.repr(args.get(0));
        }
        if (t.isSubclassOf(Exceptions.SYNTAX_ERROR) && args.size() > 2) {
            return Ops.str(args.get(0)); // only (msg, details) shows a place; other forms show msg
        }
        if (t.isSubclassOf(Exceptions.SYNTAX_ERROR) && args.size() == 2 && args.get(1) instanceof PyTuple where
                && where.size() >= 2) {
            // SyntaxError(msg, (filename, lineno, offset, text, ...)): "msg (file.py, line 3)"
            Object file = where.get(0);
            Object line = where.get(1);
            String base = file instanceof String f ? f.substring(f.lastIndexOf('/') + 1) : null;
            boolean hasLine = Ops.isInt(line);
            String place = base != null && hasLine ? base + ", line " + Ops.str(line) : base != null ? base
                    : hasLine ? "line " + Ops.str(line) : null;
            return place == null ? Ops.str(args.get(0)) : Ops.str(args.get(0)) + " (" + place + ")";
        }
        if (e.members != null) {
            if (t.isSubclassOf(Exceptions.OS_ERROR)) {
                String os = osErrorStr(e);
                if (os != null) {
                    return os;
                }
            } else if (t.isSubclassOf(Exceptions.UNICODE_ERROR) && e.members.containsKey("reason")) {
                String u = unicodeErrorStr(e);
                if (u != null) {
                    return u;
                }
            }
        }
        return args.size() == 0 ? "" : args.size() == 1 ? Ops.str(args.get(0)) : Ops.repr(args);
    }

    private static String osErrorStr(PyBaseException e) {
        Object errno = e.members.get("errno");
        Object strerror = e.members.get("strerror");
        Object filename = e.members.get("filename");
        Object filename2 = e.members.get("filename2");
        if (filename != null && filename != PyNone.NONE) {
            String s = "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror) + ": " + Ops.repr(filename);
            return filename2 != null && filename2 != PyNone.NONE ? s + " -> " + Ops.repr(filename2) : s;
        }
        if (errno != null && errno != PyNone.NONE && strerror != null && strerror != PyNone.NONE) {
            return "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror);
        }
        return null;
    }

    private static String unicodeErrorStr(PyBaseException e) {
        Object obj = e.members.get("object");
        Object startObj = e.members.get("start");
        Object endObj = e.members.get("end");
        if (!(startObj instanceof Long) || !(endObj instanceof Long)) {
            return null;
        }
        long start = (Long) startObj;
        long end = (Long) endObj;
        String encoding = Ops.str(e.members.get("encoding"));
        String reason = Ops.str(e.members.get("reason"));
        PyClass t = e.type();
        if (t.isSubclassOf(Exceptions.UNICODE_DECODE_ERROR) && obj instanceof PyBytes b) {
            byte[] data = b.bytes();
            if (start >= 0 && start < data.length && end == start + 1) {
                return "'" + encoding + "' codec can't decode byte 0x" + String.format("%02x", data[(int) start] & 0xff)
                        + " in position " + start + ": " + reason;
            }
            return "'" + encoding + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": "
                    + reason;
        }
        if (obj instanceof String s) {
            boolean encode = t.isSubclassOf(Exceptions.UNICODE_ENCODE_ERROR);
            String verb = encode ? "'" + encoding + "' codec can't encode" : "can't translate";
            int cps = s.codePointCount(0, s.length());
            if (start >= 0 && start < cps && end == start + 1) {
                int cp = s.codePointAt(s.offsetByCodePoints(0, (int) start));
                String ch = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
                        : String.format("\\U%08x", cp);
                return verb + " character '" + ch + "' in position " + start + ": " + reason;
            }
            return verb + " characters in position " + start + "-" + (end - 1) + ": " + reason;
        }
        return null;
    }

    /** A new {@code UnicodeDecodeError} as the codecs raise it. */
    static PyBaseException unicodeDecodeError(String encoding, PyBytes data, long start, long end, String reason) {
        return create(Exceptions.UNICODE_DECODE_ERROR, new Object[] {encoding, data, start, end, reason}, null);
    }
}
