package dev.tauraro.script.runtime;

import java.util.Map;

/** The built-in exception classes and helpers to raise them with CPython's messages. */
public final class Exceptions {
    private Exceptions() {
    }

    private static final Map<String, Object> NONE = Map.of();

    private static PyClass cls(String name, PyClass base) {
        return PyClass.builtin(name, "builtins", null, NONE, base);
    }

    // CPython 3.11's hierarchy (Doc/library/exceptions.rst, "Exception hierarchy"), in its order.
    public static final PyClass BASE_EXCEPTION = cls("BaseException", Types.OBJECT);
    public static final PyClass BASE_EXCEPTION_GROUP = PyClass.builtin("BaseExceptionGroup", "builtins", null,
            GenericAliases.GENERIC, BASE_EXCEPTION);
    public static final PyClass GENERATOR_EXIT = cls("GeneratorExit", BASE_EXCEPTION);
    public static final PyClass KEYBOARD_INTERRUPT = cls("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyClass SYSTEM_EXIT = cls("SystemExit", BASE_EXCEPTION);
    public static final PyClass EXCEPTION = cls("Exception", BASE_EXCEPTION);
    public static final PyClass ARITHMETIC_ERROR = cls("ArithmeticError", EXCEPTION);
    public static final PyClass FLOATING_POINT_ERROR = cls("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyClass OVERFLOW_ERROR = cls("OverflowError", ARITHMETIC_ERROR);
    public static final PyClass ZERO_DIVISION_ERROR = cls("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyClass ASSERTION_ERROR = cls("AssertionError", EXCEPTION);
    public static final PyClass ATTRIBUTE_ERROR = cls("AttributeError", EXCEPTION);
    public static final PyClass BUFFER_ERROR = cls("BufferError", EXCEPTION);
    public static final PyClass EOF_ERROR = cls("EOFError", EXCEPTION);
    public static final PyClass EXCEPTION_GROUP = PyClass.builtin("ExceptionGroup", "builtins", null, NONE,
            BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PyClass IMPORT_ERROR = cls("ImportError", EXCEPTION);
    public static final PyClass MODULE_NOT_FOUND_ERROR = cls("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyClass LOOKUP_ERROR = cls("LookupError", EXCEPTION);
    public static final PyClass INDEX_ERROR = cls("IndexError", LOOKUP_ERROR);
    public static final PyClass KEY_ERROR = cls("KeyError", LOOKUP_ERROR);
    public static final PyClass MEMORY_ERROR = cls("MemoryError", EXCEPTION);
    public static final PyClass NAME_ERROR = cls("NameError", EXCEPTION);
    public static final PyClass UNBOUND_LOCAL_ERROR = cls("UnboundLocalError", NAME_ERROR);
    public static final PyClass OS_ERROR = cls("OSError", EXCEPTION);
    public static final PyClass BLOCKING_IO_ERROR = cls("BlockingIOError", OS_ERROR);
    public static final PyClass CHILD_PROCESS_ERROR = cls("ChildProcessError", OS_ERROR);
    public static final PyClass CONNECTION_ERROR = cls("ConnectionError", OS_ERROR);
    public static final PyClass BROKEN_PIPE_ERROR = cls("BrokenPipeError", CONNECTION_ERROR);
    public static final PyClass CONNECTION_ABORTED_ERROR = cls("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyClass CONNECTION_REFUSED_ERROR = cls("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyClass CONNECTION_RESET_ERROR = cls("ConnectionResetError", CONNECTION_ERROR);
    public static final PyClass FILE_EXISTS_ERROR = cls("FileExistsError", OS_ERROR);
    public static final PyClass FILE_NOT_FOUND_ERROR = cls("FileNotFoundError", OS_ERROR);
    public static final PyClass INTERRUPTED_ERROR = cls("InterruptedError", OS_ERROR);
    public static final PyClass IS_A_DIRECTORY_ERROR = cls("IsADirectoryError", OS_ERROR);
    public static final PyClass NOT_A_DIRECTORY_ERROR = cls("NotADirectoryError", OS_ERROR);
    public static final PyClass PERMISSION_ERROR = cls("PermissionError", OS_ERROR);
    public static final PyClass PROCESS_LOOKUP_ERROR = cls("ProcessLookupError", OS_ERROR);
    public static final PyClass TIMEOUT_ERROR = cls("TimeoutError", OS_ERROR);
    public static final PyClass REFERENCE_ERROR = cls("ReferenceError", EXCEPTION);
    public static final PyClass RUNTIME_ERROR = cls("RuntimeError", EXCEPTION);
    public static final PyClass NOT_IMPLEMENTED_ERROR = cls("NotImplementedError", RUNTIME_ERROR);
    public static final PyClass RECURSION_ERROR = cls("RecursionError", RUNTIME_ERROR);
    public static final PyClass STOP_ASYNC_ITERATION = cls("StopAsyncIteration", EXCEPTION);
    public static final PyClass STOP_ITERATION = cls("StopIteration", EXCEPTION);
    public static final PyClass SYNTAX_ERROR = cls("SyntaxError", EXCEPTION);
    public static final PyClass INDENTATION_ERROR = cls("IndentationError", SYNTAX_ERROR);
    public static final PyClass TAB_ERROR = cls("TabError", INDENTATION_ERROR);
    /** What an unexpected Java exception inside the interpreter becomes: an interpreter bug, as in CPython. */
    public static final PyClass SYSTEM_ERROR = cls("SystemError", EXCEPTION);
    public static final PyClass TYPE_ERROR = cls("TypeError", EXCEPTION);
    public static final PyClass VALUE_ERROR = cls("ValueError", EXCEPTION);
    public static final PyClass UNICODE_ERROR = cls("UnicodeError", VALUE_ERROR);
    public static final PyClass UNICODE_DECODE_ERROR = cls("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyClass UNICODE_ENCODE_ERROR = cls("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyClass UNICODE_TRANSLATE_ERROR = cls("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyClass WARNING = cls("Warning", EXCEPTION);
    public static final PyClass BYTES_WARNING = cls("BytesWarning", WARNING);
    public static final PyClass DEPRECATION_WARNING = cls("DeprecationWarning", WARNING);
    public static final PyClass ENCODING_WARNING = cls("EncodingWarning", WARNING);
    public static final PyClass FUTURE_WARNING = cls("FutureWarning", WARNING);
    public static final PyClass IMPORT_WARNING = cls("ImportWarning", WARNING);
    public static final PyClass PENDING_DEPRECATION_WARNING = cls("PendingDeprecationWarning", WARNING);
    public static final PyClass RESOURCE_WARNING = cls("ResourceWarning", WARNING);
    public static final PyClass RUNTIME_WARNING = cls("RuntimeWarning", WARNING);
    public static final PyClass SYNTAX_WARNING = cls("SyntaxWarning", WARNING);
    public static final PyClass UNICODE_WARNING = cls("UnicodeWarning", WARNING);
    public static final PyClass USER_WARNING = cls("UserWarning", WARNING);
    /** {@code asyncio.CancelledError}: a BaseException, as in Python 3.8+. */
    public static final PyClass CANCELLED_ERROR = PyClass.builtin("CancelledError", "asyncio.exceptions", null, NONE,
            BASE_EXCEPTION);
    public static final PyClass INVALID_STATE_ERROR = PyClass.builtin("InvalidStateError", "asyncio.exceptions", null,
            NONE, EXCEPTION);
    public static final PyClass BROKEN_BARRIER_ERROR = PyClass.builtin("BrokenBarrierError", "asyncio.exceptions",
            null, NONE, RUNTIME_ERROR);
    public static final PyClass QUEUE_EMPTY = PyClass.builtin("QueueEmpty", "asyncio.queues", null, NONE, EXCEPTION);
    public static final PyClass QUEUE_FULL = PyClass.builtin("QueueFull", "asyncio.queues", null, NONE, EXCEPTION);
    /** {@code asyncio.QueueShutDown}: CPython 3.13's, for the 3.13 {@code Queue.shutdown} offered here. */
    public static final PyClass QUEUE_SHUT_DOWN = PyClass.builtin("QueueShutDown", "asyncio.queues", null, NONE,
            EXCEPTION);
    /** {@code concurrent.futures.BrokenExecutor}, made here so that Java pool errors can become its subclass. */
    public static final PyClass BROKEN_EXECUTOR = PyClass.builtin("BrokenExecutor", "concurrent.futures._base", null,
            NONE, RUNTIME_ERROR);
    /** {@code concurrent.futures.process.BrokenProcessPool}: what a pool worker's death is in scripts. */
    public static final PyClass BROKEN_PROCESS_POOL = PyClass.builtin("BrokenProcessPool", "concurrent.futures.process",
            null, NONE, BROKEN_EXECUTOR);

    /** Every builtin exception class, for the builtins namespace. */
    public static final PyClass[] ALL = {BASE_EXCEPTION, BASE_EXCEPTION_GROUP, GENERATOR_EXIT, KEYBOARD_INTERRUPT,
        SYSTEM_EXIT, EXCEPTION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR,
        ASSERTION_ERROR, ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, EXCEPTION_GROUP, IMPORT_ERROR,
        MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR,
        OS_ERROR, BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR,
        CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR,
        FILE_NOT_FOUND_ERROR, INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR,
        PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR,
        STOP_ASYNC_ITERATION, STOP_ITERATION, SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR, TYPE_ERROR,
        VALUE_ERROR, UNICODE_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR, WARNING,
        BYTES_WARNING, DEPRECATION_WARNING, ENCODING_WARNING, FUTURE_WARNING, IMPORT_WARNING,
        PENDING_DEPRECATION_WARNING, RESOURCE_WARNING, RUNTIME_WARNING, SYNTAX_WARNING, UNICODE_WARNING,
        USER_WARNING};

    public static PyException newException(PyClass type, Object... args) {
        return new PyBaseException(type, args).toThrowable();
    }

    /** An ImportError (or subclass) with its {@code name} and {@code path}, as CPython's import raises it. */
    public static PyException importError(PyClass type, String msg, String name, Object path) {
        PyBaseException e = new PyBaseException(type, new Object[] {msg});
        e.member("name", name == null ? PyNone.NONE : name);
        e.member("path", path == null ? PyNone.NONE : path);
        return e.toThrowable();
    }

    /**
     * PEP 479: a StopIteration leaving a generator or coroutine body becomes a RuntimeError caused by
     * it ({@code kind} is "generator" or "coroutine"); any other exception is returned unchanged.
     */
    static PyException escapedStopIteration(PyException e, String kind) {
        if (!e.value.type().isSubclassOf(STOP_ITERATION)) {
            return e;
        }
        PyException r = newException(RUNTIME_ERROR, kind + " raised StopIteration");
        r.value.cause = e.value;
        r.value.context = e.value;
        r.value.suppressContext = true;
        return r;
    }

    public static PyException typeError(String msg) {
        return newException(TYPE_ERROR, msg);
    }

    public static PyException valueError(String msg) {
        return newException(VALUE_ERROR, msg);
    }

    public static PyException attributeError(String msg) {
        return newException(ATTRIBUTE_ERROR, msg);
    }

    public static PyException nameError(String name) {
        PyBaseException e = new PyBaseException(NAME_ERROR, "name '" + name + "' is not defined");
        e.member("name", name);
        return e.toThrowable();
    }

    /** A NameError of a name looked up in {@code frame}, whose names the traceback's "Did you mean" considers. */
    public static PyException nameError(String name, Frame frame) {
        PyException p = nameError(name);
        p.value.lookupFrame = frame;
        return p;
    }

    /**
     * {@code owner.name(*a)} called with no argument or a first argument that is no instance:
     * CPython's "descriptor 'name' for 'owner' objects doesn't apply to a 'X' object".
     */
    public static PyException descriptorMismatch(String name, String owner, Object[] a) {
        return typeError("descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '"
                + (a.length == 0 ? "NoneType" : Ops.typeName(a[0])) + "' object");
    }

    /**
     * A slot wrapper ({@code list.__len__}, {@code Exception.__init__}) called unbound on a value of
     * another type, or on nothing: CPython words it apart from a method's {@link #descriptorMismatch}.
     */
    public static PyException wrapperMismatch(String name, String owner, Object[] a) {
        return typeError(a.length == 0 ? "descriptor '" + name + "' of '" + owner + "' object needs an argument"
                : "descriptor '" + name + "' requires a '" + owner + "' object but received a '" + Ops.typeName(a[0]) + "'");
    }

    public static PyException indexError(String msg) {
        return newException(INDEX_ERROR, msg);
    }

    public static PyException keyError(Object key) {
        return newException(KEY_ERROR, key);
    }

    public static PyException zeroDivision(String msg) {
        return newException(ZERO_DIVISION_ERROR, msg);
    }
}
