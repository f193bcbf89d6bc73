package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.Types;
import java.util.Map;

/**
 * The classes of {@code io}, made once per interpreter because their constructors need its
 * working directory and descriptor table. The hierarchy is CPython's as far as {@code isinstance}
 * can tell ({@code FileIO} is a {@code RawIOBase}, the buffered classes and {@code BytesIO} are
 * {@code BufferedIOBase}s, {@code TextIOWrapper} and {@code StringIO} are {@code TextIOBase}s),
 * without the private {@code _io._IOBase} layer. Scripts may subclass {@code BytesIO} and
 * {@code StringIO} (as CPython's tests and libraries do); the other classes are built in and closed.
 */
final class IoTypes {
    /** {@code io.UnsupportedOperation}: both an OSError and a ValueError, as in CPython. */
    static final PyClass UNSUPPORTED = PyClass.builtin("UnsupportedOperation", "io", null, Map.of(),
            Exceptions.OS_ERROR, Exceptions.VALUE_ERROR);

    final OsState os;
    final PyClass ioBase;
    final PyClass rawIoBase;
    final PyClass bufferedIoBase;
    final PyClass textIoBase;
    final PyClass fileIo;
    final PyClass bufferedReader;
    final PyClass bufferedWriter;
    final PyClass bufferedRandom;
    final PyClass textIoWrapper;
    final PyClass stringIo;
    final PyClass bytesIo;

    private IoTypes(Interpreter interp) {
        os = OsState.of(interp);
        ioBase = abstractClass("IOBase", Types.OBJECT);
        rawIoBase = abstractClass("RawIOBase", ioBase);
        bufferedIoBase = abstractClass("BufferedIOBase", ioBase);
        textIoBase = abstractClass("TextIOBase", ioBase);
        fileIo = PyClass.builtin("FileIO", "_io", (a, k) -> FileIO.construct(this, a, k), Map.of(), rawIoBase);
        bufferedReader = PyClass.builtin("BufferedReader", "_io",
                (a, k) -> BufferedFile.construct(this, a, k), Map.of(), bufferedIoBase);
        bufferedWriter = PyClass.builtin("BufferedWriter", "_io",
                (a, k) -> BufferedFile.construct(this, a, k), Map.of(), bufferedIoBase);
        bufferedRandom = PyClass.builtin("BufferedRandom", "_io",
                (a, k) -> BufferedFile.construct(this, a, k), Map.of(), bufferedIoBase);
        textIoWrapper = PyClass.builtin("TextIOWrapper", "_io", (a, k) -> TextFile.construct(this, a, k),
                Map.of(), textIoBase);
        stringIo = PyClass.subclassableBuiltin("StringIO", "_io", (a, k) -> StringIO.construct(this, a, k), Map.of(),
                textIoBase);
        bytesIo = PyClass.subclassableBuiltin("BytesIO", "_io", (a, k) -> BytesIO.construct(this, a, k), Map.of(),
                bufferedIoBase);
    }

    private TextFile stdin;

    /** The interpreter's {@code sys.stdin}, made on first use so that input() and sys.stdin share one read-ahead. */
    synchronized TextFile stdin() {
        if (stdin == null) {
            stdin = TextFile.stdin(this);
        }
        return stdin;
    }

    static IoTypes of(Interpreter interp) {
        return interp.extension(IoTypes.class, () -> new IoTypes(interp));
    }

    private static PyClass abstractClass(String name, PyClass base) {
        return PyClass.builtin(name, "io", (a, k) -> {
            throw Exceptions.typeError("cannot create 'io." + name + "' instances: subclassing the io base classes "
                    + "is not supported");
        }, Map.of(), base);
    }

    PyException unsupported(String message) {
        return Exceptions.newException(UNSUPPORTED, message);
    }
}
