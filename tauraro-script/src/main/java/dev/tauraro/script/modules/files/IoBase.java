package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyNone;

/**
 * What every file object shares, as CPython's {@code _io._IOBase}: {@code closed}, {@code close},
 * the context manager, line iteration over {@code readline}, {@code readlines}/{@code writelines},
 * and the "not readable"/"not writable" refusals. A file object is its own iterator
 * ({@code iter(f) is f}), so a {@code for} loop over it calls {@link #next()} without a method
 * lookup per line.
 *
 * <p>Subclasses answer their own attributes first ({@link #own}) and fall back to these.
 */
abstract class IoBase extends PyIterator implements NativeValue {
    final IoTypes types;

    IoBase(IoTypes types) {
        this.types = types;
    }

    /** The class name without module, for messages such as {@code TextIOWrapper.read() takes no keyword arguments}. */
    String typeName() {
        return type().name;
    }

    abstract boolean isClosed();

    /** Closes the object (idempotent). */
    abstract void doClose();

    /** One line, with its terminator; empty (str or bytes) at end of file. */
    abstract Object readline(long limit);

    abstract boolean readable();

    abstract boolean writable();

    abstract boolean seekable();

    /** The subclass's attributes, or null to use the shared ones. */
    abstract Object own(String name);

    /** Writes one item of {@code writelines}. */
    abstract void writeItem(Object item);

    /** ValueError: "I/O operation on closed file." (StringIO says it without the period). */
    void checkClosed() {
        if (isClosed()) {
            throw Exceptions.valueError("I/O operation on closed file.");
        }
    }

    void checkReadable() {
        checkClosed();
        if (!readable()) {
            throw types.unsupported("not readable");
        }
    }

    void checkWritable() {
        checkClosed();
        if (!writable()) {
            throw types.unsupported("not writable");
        }
    }

    boolean isEmpty(Object line) {
        return line instanceof String s ? s.isEmpty() : ((PyBytes) line).bytes().length == 0;
    }

    @Override
    public Object next() {
        checkClosed();
        Object line = readline(-1);
        return isEmpty(line) ? null : line;
    }

    /** {@code readlines(hint=-1)}: lines until their total length reaches the hint. */
    PyList readlines(long hint) {
        PyList out = new PyList();
        long total = 0;
        while (true) {
            Object line = readline(-1);
            if (isEmpty(line)) {
                return out;
            }
            out.add(line);
            total += line instanceof String s ? s.length() : ((PyBytes) line).bytes().length;
            if (hint > 0 && total >= hint) {
                return out;
            }
        }
    }

    /** {@code flush()} of a file object with nothing to flush. */
    Object nothingToFlush() {
        checkClosed();
        return PyNone.NONE;
    }

    BuiltinFunction method(String name, PyCallable impl) {
        return new BuiltinFunction(name, impl);
    }

    String q(String method) {
        return typeName() + "." + method;
    }

    @Override
    public final Object attr(String name) {
        Object v = own(name);
        if (v != null) {
            return v;
        }
        return switch (name) {
            case "closed" -> isClosed();
            case "close" -> method(name, (a, k) -> {
                Params.positional(q(name), a, k, 0, 0);
                doClose();
                return PyNone.NONE;
            });
            case "__enter__" -> method(name, (a, k) -> {
                checkClosed();
                return this;
            });
            case "__exit__" -> method(name, (a, k) -> {
                doClose();
                return PyNone.NONE;
            });
            case "__iter__" -> method(name, (a, k) -> {
                checkClosed();
                return this;
            });
            case "__next__" -> method(name, (a, k) -> {
                Object line = next();
                if (line == null) {
                    throw Exceptions.newException(Exceptions.STOP_ITERATION);
                }
                return line;
            });
            case "readline" -> method(name, (a, k) -> {
                Params.positional(q(name), a, k, 0, 1);
                checkReadable();
                return readline(Params.size(a, 0));
            });
            case "readlines" -> method(name, (a, k) -> {
                Params.positional(q(name), a, k, 0, 1);
                checkReadable();
                return readlines(Params.size(a, 0));
            });
            case "writelines" -> method(name, (a, k) -> {
                Params.positional(q(name), a, k, 1, 1);
                checkClosed();
                PyIterator it = Ops.iter(a[0]);
                for (Object line = it.next(); line != null; line = it.next()) {
                    writeItem(line);
                }
                return PyNone.NONE;
            });
            case "readable" -> method(name, (a, k) -> {
                checkClosed();
                return readable();
            });
            case "writable" -> method(name, (a, k) -> {
                checkClosed();
                return writable();
            });
            case "seekable" -> method(name, (a, k) -> {
                checkClosed();
                return seekable();
            });
            case "flush" -> method(name, (a, k) -> nothingToFlush());
            case "fileno" -> method(name, (a, k) -> {
                throw types.unsupported("fileno");
            });
            case "isatty" -> method(name, (a, k) -> {
                checkClosed();
                return false;
            });
            case "__class__" -> type();
            default -> null;
        };
    }

    /** Runs {@code action}, closing this object even when it fails, as {@code close()} does after flushing. */
    static void closing(Runnable flush, Runnable close) {
        try {
            flush.run();
        } finally {
            close.run();
        }
    }

    static boolean isValueError(PyException e) {
        return e.value.type().isSubclassOf(Exceptions.VALUE_ERROR);
    }

    @Override
    public abstract PyClass type();

    @Override
    public String toString() {
        return "<" + type().module + "." + type().name + " object at 0x"
                + Ops.hexId(this) + ">";
    }
}
