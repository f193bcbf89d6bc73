package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyModule;

/**
 * The builtin {@code open()} and the module {@code io}. {@code open} checks its arguments as
 * CPython's {@code _io.open} does (same messages, same order), opens a {@link FileIO} and wraps
 * it: {@link BufferedFile} in binary mode, {@link TextFile} in text mode, nothing with
 * {@code buffering=0}.
 */
public final class IoModule {
    private static final String[] OPEN_PARAMS = {
        "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"};

    private IoModule() {
    }

    /** {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)}. */
    public static Object open(Interpreter interp, Object[] a, String[] k) {
        Object[] p = Params.bind("open", a, k, OPEN_PARAMS, 1);
        Object file = p[0];
        Object modeArg = p[1] == null ? "r" : PyDerived.unwrap(p[1]);
        if (!(modeArg instanceof String mode)) {
            throw Exceptions.typeError("open() argument 'mode' must be str, not " + Ops.typeName(p[1]));
        }
        long buffering = p[2] == null ? -1 : Ops.index(p[2]);
        String encoding = Params.strOrNone(p[3], "open() argument 'encoding'");
        String errors = Params.strOrNone(p[4], "open() argument 'errors'");
        String newline = Params.strOrNone(p[5], "open() argument 'newline'");
        boolean closefd = p[6] == null || Ops.truthy(p[6]);
        if (!Params.isNone(p[7])) {
            throw Exceptions.valueError("opener is not supported");
        }
        Object u = PyDerived.unwrap(file);
        if (!(u instanceof String) && !(u instanceof dev.tauraro.script.runtime.PyBytes) && !Params.isInt(u)) {
            OsState.fspath(file); // TypeError: expected str, bytes or os.PathLike object, not list
        }
        boolean text = false;
        boolean binary = false;
        int kinds = 0;
        int plus = 0;
        String seen = "";
        for (char c : mode.toCharArray()) {
            if ("rwxa+bt".indexOf(c) < 0 || seen.indexOf(c) >= 0) {
                throw Exceptions.valueError("invalid mode: '" + mode + "'");
            }
            seen += c;
            switch (c) {
                case 't' -> text = true;
                case 'b' -> binary = true;
                case '+' -> plus++;
                default -> kinds++;
            }
        }
        if (text && binary) {
            throw Exceptions.valueError("can't have text and binary mode at once");
        }
        if (kinds > 1) {
            throw Exceptions.valueError("must have exactly one of create/read/write/append mode");
        }
        if (kinds == 0) {
            throw Exceptions.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (binary && encoding != null) {
            throw Exceptions.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw Exceptions.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw Exceptions.valueError("binary mode doesn't take a newline argument");
        }
        if (!binary && buffering == 0) {
            throw Exceptions.valueError("can't have unbuffered text I/O");
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Exceptions.valueError("illegal newline value: " + newline);
        }
        IoTypes types = IoTypes.of(interp);
        FileIO raw = FileIO.open(types, file, mode, closefd);
        if (binary) {
            return buffering == 0 ? raw : new BufferedFile(types, raw);
        }
        try {
            return TextFile.wrap(types, raw, mode, encoding, errors, newline == null ? dev.tauraro.script.runtime.PyNone.NONE
                    : newline);
        } catch (PyException e) {
            raw.doClose(); // an unknown encoding: CPython has opened (and created) the file, then closes it
            throw e;
        }
    }

    /** {@code sys.stdin}. */
    public static Object stdin(Interpreter interp) {
        return IoTypes.of(interp).stdin();
    }

    /** {@code io.TextIOWrapper}, the type of {@code sys.stdout} and {@code sys.stderr}. */
    public static dev.tauraro.script.runtime.PyClass textIoWrapper(Interpreter interp) {
        return IoTypes.of(interp).textIoWrapper;
    }

    /** Whether the process's descriptor 0, 1 or 2 is a terminal ({@code sys.stdout.isatty()}). */
    public static boolean isTerminal(long fd) {
        return OsTerminal.terminalDevice(fd) != null;
    }

    /** {@code io.UnsupportedOperation(message)}, raised. */
    public static dev.tauraro.script.runtime.PyException unsupported(String message) {
        return Exceptions.newException(IoTypes.UNSUPPORTED, message);
    }

    /** {@code sys.stdout.buffer} / {@code sys.stderr.buffer}: bytes into the same stream as the text. */
    public static Object consoleBuffer(Interpreter interp, String name, java.io.PrintStream stream) {
        return new ConsoleBuffer(IoTypes.of(interp), name, stream, name.equals("stdout") ? 1 : 2);
    }

    /** {@code input(prompt='')}: one line of {@code sys.stdin} without its newline; EOFError at its end. */
    public static Object input(Interpreter interp, Object[] a, String[] k) {
        Object[] p = Params.bind("input", a, k, new String[] {"prompt"}, 0, 1);
        if (p[0] != null) {
            interp.out().print(Ops.str(p[0]));
        }
        interp.out().flush();
        String line = (String) IoTypes.of(interp).stdin().readline(-1);
        if (line.isEmpty()) {
            throw Exceptions.newException(Exceptions.EOF_ERROR, "EOF when reading a line");
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /** The module {@code io}. */
    public static PyModule create(Interpreter interp) {
        IoTypes t = IoTypes.of(interp);
        PyModule m = new PyModule("io", interp);
        m.set("open", new BuiltinFunction("open", (a, k) -> open(interp, a, k)));
        m.set("IOBase", t.ioBase);
        m.set("RawIOBase", t.rawIoBase);
        m.set("BufferedIOBase", t.bufferedIoBase);
        m.set("TextIOBase", t.textIoBase);
        m.set("FileIO", t.fileIo);
        m.set("BufferedReader", t.bufferedReader);
        m.set("BufferedWriter", t.bufferedWriter);
        m.set("BufferedRandom", t.bufferedRandom);
        m.set("TextIOWrapper", t.textIoWrapper);
        m.set("StringIO", t.stringIo);
        m.set("BytesIO", t.bytesIo);
        m.set("UnsupportedOperation", IoTypes.UNSUPPORTED);
        m.set("DEFAULT_BUFFER_SIZE", 8192L);
        m.set("SEEK_SET", 0L);
        m.set("SEEK_CUR", 1L);
        m.set("SEEK_END", 2L);
        return m;
    }
}
