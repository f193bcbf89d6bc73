package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.IntDigits;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.PyDict;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Python's {@code sys}: argv, exit, stdout/stderr, version information. */
public final class SysModule {
    private SysModule() {
    }

    /**
     * {@code sys.stdout} / {@code sys.stderr}: a write-only {@code _io.TextIOWrapper} over the
     * interpreter's stream, which print() writes to directly. It reports itself not seekable, as over
     * a pipe or terminal (CPython's says seekable when the output is redirected to a regular file);
     * {@code isatty()} asks whether the process's descriptor 1 or 2 is a terminal.
     */
    public record Stream(String name, PrintStream stream, Object buffer, PyClass type) implements NativeValue {
        @Override
        public Object attr(String attr) {
            return streamAttr(this, attr);
        }

        @Override
        public String toString() {
            return "<_io.TextIOWrapper name='<" + name + ">' mode='w' encoding='utf-8'>";
        }
    }

    /**
     * What the command line set for {@code sys} (the command fills it in before the script runs;
     * an embedded interpreter keeps the defaults): {@code sys.orig_argv}, {@code sys.flags},
     * {@code sys.warnoptions}, {@code sys._xoptions}, {@code sys.executable}.
     */
    public static final class Config {
        public List<String> origArgv = List.of();
        /** {@code sys.flags}' values in CPython's field order (see lib/_sysflags.py); null: all defaults. */
        public List<Object> flags;
        public List<String> warnOptions = List.of();
        public Map<String, Object> xOptions = Map.of();
        public String executable = "";
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("sys", interp);
        Config config = interp.extension(Config.class, Config::new);
        PyList argv = new PyList();
        argv.addAll(interp.argv());
        m.set("argv", argv);
        m.set("orig_argv", new PyList(config.origArgv));
        m.set("warnoptions", new PyList(config.warnOptions));
        PyDict xoptions = new PyDict();
        config.xOptions.forEach(xoptions::put);
        m.set("_xoptions", xoptions);
        m.set("executable", config.executable);
        m.set("path", interp.searchPath());
        // sys.flags, sys.int_info and the like are small classes of script code (lib/_sysflags.py), made when first read
        m.set("__getattr__", new BuiltinFunction("__getattr__", (a, k) -> {
            Object made;
            if ("flags".equals(a[0])) {
                made = Ops.call(interp.importModule("_sysflags").get("make"), config.flags == null ? PyNone.NONE
                        : new PyTuple(config.flags.toArray()));
            } else if ("int_info".equals(a[0])) {
                made = Ops.call(interp.importModule("_sysflags").get("make_int_info"), (long) IntDigits.DEFAULT,
                        (long) IntDigits.THRESHOLD);
            } else if ("version_info".equals(a[0]) || "float_info".equals(a[0]) || "hash_info".equals(a[0])) {
                made = Ops.call(interp.importModule("_sysflags").get("make_" + a[0]));
            } else if ("implementation".equals(a[0])) {
                made = Ops.call(interp.importModule("_sysflags").get("make_implementation"),
                        Ops.getAttr(m, "version_info"), HEXVERSION);
            } else {
                throw Exceptions.newException(Exceptions.ATTRIBUTE_ERROR, "module 'sys' has no attribute '"
                        + Ops.str(a[0]) + "'");
            }
            m.set((String) a[0], made);
            return made;
        }));
        m.set("get_int_max_str_digits", new BuiltinFunction("get_int_max_str_digits", (a, k) -> {
            if (a.length != 0) {
                throw Exceptions.typeError("sys.get_int_max_str_digits() takes no arguments (" + a.length + " given)");
            }
            return (long) interp.intMaxStrDigits;
        }));
        m.set("set_int_max_str_digits", new BuiltinFunction("set_int_max_str_digits", (a, k) -> {
            long limit = Ops.index(Args.of("set_int_max_str_digits", a, k, "maxdigits").required(0, "maxdigits"));
            if (!IntDigits.valid(limit)) {
                throw Exceptions.valueError("maxdigits must be 0 or larger than " + IntDigits.THRESHOLD);
            }
            interp.intMaxStrDigits = (int) limit;
            return PyNone.NONE;
        }));
        m.set("exit", new BuiltinFunction("exit", (a, k) -> {
            throw Exceptions.newException(Exceptions.SYSTEM_EXIT, a.length == 0 ? new Object[0] : a);
        }));
        // the exception being handled by an except block of this thread (CallDepth.handled), as CPython's
        m.set("exc_info", new BuiltinFunction("exc_info", (a, k) -> {
            dev.tauraro.script.runtime.PyBaseException e = handledException();
            return e == null ? new PyTuple(new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE})
                    : new PyTuple(new Object[] {e.type(), e, Ops.getAttr(e, "__traceback__")});
        }));
        m.set("exception", new BuiltinFunction("exception", (a, k) -> {
            dev.tauraro.script.runtime.PyBaseException e = handledException();
            return e == null ? PyNone.NONE : e;
        }));
        m.set("_getframe", new BuiltinFunction("_getframe", (a, k) -> {
            dev.tauraro.script.runtime.FrameView v = dev.tauraro.script.runtime.FrameView.of(
                    a.length == 0 ? 0 : (int) Ops.index(a[0]));
            if (v == null) {
                throw Exceptions.valueError("call stack is not deep enough");
            }
            return v;
        }));
        m.set("_current_frames", new BuiltinFunction("_current_frames",
                (a, k) -> dev.tauraro.script.runtime.FrameView.currentFrames(interp)));
        m.set("version", "3.11.2 (tauraro)");
        m.set("hexversion", HEXVERSION);
        m.set("api_version", 1013L);
        m.set("float_repr_style", "short");
        m.set("platlibdir", "lib");
        m.set("dont_write_bytecode", Boolean.FALSE);
        // the installation the command runs from (bin/tauraro's parent), as CPython's are its own
        String prefix = installationPrefix(config.executable);
        for (String name : new String[] {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) {
            m.set(name, prefix);
        }
        m.set("getdefaultencoding", new BuiltinFunction("getdefaultencoding", (a, k) -> "utf-8"));
        BuiltinFunction excepthook = new BuiltinFunction("excepthook", (a, k) -> {
            if (a.length != 3) {
                throw Exceptions.typeError("excepthook expected 3 arguments, got " + a.length);
            }
            if (a[1] instanceof dev.tauraro.script.runtime.PyBaseException e) {
                interp.out().flush();
                interp.err().print(interp.formatTraceback(e));
            } else {
                interp.err().println(Ops.str(a[1]));
            }
            return PyNone.NONE;
        });
        m.set("excepthook", excepthook);
        m.set("__excepthook__", excepthook);
        m.set("platform", "linux");
        m.set("maxsize", Long.MAX_VALUE);
        m.set("maxunicode", (long) Character.MAX_CODE_POINT);
        m.set("byteorder", java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big");
        m.set("modules", interp.moduleDict());
        m.set("getsizeof", new BuiltinFunction("getsizeof", (a, k) -> {
            if (a.length < 1 || a.length > 2) {
                throw Exceptions.typeError(a.length < 1 ? "getsizeof() missing required argument 'object' (pos 1)"
                        : "getsizeof() takes at most 2 arguments (" + a.length + " given)");
            }
            Object size = Sizes.of(a[0]);   // approximate: CPython's sizes, not the JVM's
            return size != null ? size : a.length == 2 ? a[1] : 0L;
        }));
        m.set("intern", new BuiltinFunction("intern", (a, k) -> {
            if (a.length != 1 || (k != null && k.length > 0)) {
                throw Exceptions.typeError("sys.intern() takes exactly one argument (" + a.length + " given)");
            }
            if (a[0] instanceof String s) {
                return s.intern();
            }
            dev.tauraro.script.runtime.PyClass t = Ops.type(a[0]);
            throw Exceptions.typeError(t.isSubclassOf(dev.tauraro.script.runtime.Types.STR)
                    ? "can't intern " + t.name : "intern() argument must be str, not "
                    + (a[0] == dev.tauraro.script.runtime.PyNone.NONE ? "None" : Ops.typeName(a[0])));
        }));
        // The __std*__ names keep the streams the program started with, for putting them back.
        for (Object[] std : new Object[][] {
                {"stdin", dev.tauraro.script.modules.files.IoModule.stdin(interp)},
                {"stdout", stream(interp, "stdout", interp.out())},
                {"stderr", stream(interp, "stderr", interp.err())}}) {
            m.set((String) std[0], std[1]);
            m.set("__" + std[0] + "__", std[1]);
        }
        // Paths are str decoded as UTF-8, undecodable bytes kept as surrogates (CPython's POSIX default).
        m.set("getfilesystemencoding", new BuiltinFunction("getfilesystemencoding", (a, k) -> "utf-8"));
        m.set("getfilesystemencodeerrors", new BuiltinFunction("getfilesystemencodeerrors", (a, k) -> "surrogateescape"));
        m.set("getrecursionlimit", new BuiltinFunction("getrecursionlimit", (a, k) -> (long) interp.recursionLimit));
        m.set("setrecursionlimit", new BuiltinFunction("setrecursionlimit", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Exceptions.typeError("sys.setrecursionlimit() takes no keyword arguments");
            }
            if (a.length != 1) {
                throw Exceptions.typeError("sys.setrecursionlimit() takes exactly one argument (" + a.length
                        + " given)");
            }
            long limit = Ops.index(a[0]);
            if (limit < 1) {
                throw Exceptions.valueError("recursion limit must be greater or equal than 1");
            }
            int frames = dev.tauraro.script.runtime.CallDepth.current().frames();
            if (limit <= frames) {
                throw Exceptions.newException(Exceptions.RECURSION_ERROR, "cannot set the recursion limit to "
                        + limit + " at the recursion depth " + frames + ": the limit is too low");
            }
            interp.recursionLimit = (int) Math.min(limit, Integer.MAX_VALUE);
            return PyNone.NONE;
        }));
        m.set("getswitchinterval", new BuiltinFunction("getswitchinterval", (a, k) -> interp.switchInterval()));
        m.set("setswitchinterval", new BuiltinFunction("setswitchinterval", (a, k) -> {
            double s = Ops.toDouble(a[0]);
            if (!(s > 0)) {
                throw Exceptions.valueError("switch interval must be strictly positive");
            }
            interp.setSwitchInterval(s);
            return PyNone.NONE;
        }));
        return m;
    }

    /** {@code sys.hexversion}: 3.11.2 final, as the version this interpreter follows. */
    private static final Long HEXVERSION = 0x030B02F0L;

    /** The directory above the command's bin/ (empty for an embedded interpreter). */
    private static String installationPrefix(String executable) {
        java.nio.file.Path bin = executable.isEmpty() ? null : java.nio.file.Path.of(executable).getParent();
        java.nio.file.Path root = bin == null ? null : bin.getParent();
        return root == null ? "" : root.toString();
    }

    private static Stream stream(Interpreter interp, String name, PrintStream out) {
        return new Stream(name, out, dev.tauraro.script.modules.files.IoModule.consoleBuffer(interp, name, out),
                dev.tauraro.script.modules.files.IoModule.textIoWrapper(interp));
    }

    /** Attributes of a {@link Stream}. */
    public static Object streamAttr(Stream s, String name) {
        return switch (name) {
            case "write" -> new BuiltinFunction("write", (a, k) -> {
                String text = Ops.str(a[0]);
                s.stream().print(text);
                return (long) text.length();
            });
            case "flush" -> new BuiltinFunction("flush", (a, k) -> {
                s.stream().flush();
                return PyNone.NONE;
            });
            case "name" -> "<" + s.name() + ">";
            case "buffer" -> s.buffer();
            case "encoding" -> "utf-8";
            case "errors" -> "strict";
            case "fileno" -> new BuiltinFunction("fileno", (a, k) -> s.name().equals("stdout") ? 1L : 2L);
            case "isatty" -> new BuiltinFunction("isatty", (a, k) ->
                    dev.tauraro.script.modules.files.IoModule.isTerminal(s.name().equals("stdout") ? 1 : 2));
            case "mode" -> "w";
            case "closed", "line_buffering", "write_through" -> Boolean.FALSE;
            case "writable" -> new BuiltinFunction("writable", (a, k) -> Boolean.TRUE);
            case "readable", "seekable" -> new BuiltinFunction(name, (a, k) -> Boolean.FALSE);
            case "writelines" -> new BuiltinFunction("writelines", (a, k) -> {
                dev.tauraro.script.runtime.PyIterator it = Ops.iter(a[0]);
                for (Object line = it.next(); line != null; line = it.next()) {
                    s.stream().print(Ops.str(line));
                }
                return PyNone.NONE;
            });
            case "read", "readline", "readlines" -> new BuiltinFunction(name, (a, k) -> {
                throw dev.tauraro.script.modules.files.IoModule.unsupported("not readable");
            });
            default -> null;
        };
    }

    /**
     * The exception the running code handles: the innermost frame's own (an except block in it, or
     * the exception an {@code __aexit__} coroutine was started for), else one a calling frame handles.
     */
    private static dev.tauraro.script.runtime.PyBaseException handledException() {
        dev.tauraro.script.runtime.CallDepth thread = dev.tauraro.script.runtime.CallDepth.current();
        dev.tauraro.script.runtime.Frame top = thread.top;
        return top != null && top.handling != null ? top.handling : thread.handled;
    }
}
