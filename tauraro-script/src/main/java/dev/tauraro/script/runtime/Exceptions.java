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

    public static final PyClass BASE_EXCEPTION = cls("BaseException", Types.OBJECT);
    public static final PyClass SYSTEM_EXIT = cls("SystemExit", BASE_EXCEPTION);
    public static final PyClass KEYBOARD_INTERRUPT = cls("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyClass GENERATOR_EXIT = cls("GeneratorExit", BASE_EXCEPTION);
    public static final PyClass EXCEPTION = cls("Exception", BASE_EXCEPTION);
    public static final PyClass STOP_ITERATION = cls("StopIteration", EXCEPTION);
    public static final PyClass STOP_ASYNC_ITERATION = cls("StopAsyncIteration", EXCEPTION);
    public static final PyClass ARITHMETIC_ERROR = cls("ArithmeticError", EXCEPTION);
    public static final PyClass ZERO_DIVISION_ERROR = cls("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyClass OVERFLOW_ERROR = cls("OverflowError", ARITHMETIC_ERROR);
    public static final PyClass ASSERTION_ERROR = cls("AssertionError", EXCEPTION);
    public static final PyClass ATTRIBUTE_ERROR = cls("AttributeError", EXCEPTION);
    public static final PyClass LOOKUP_ERROR = cls("LookupError", EXCEPTION);
    public static final PyClass INDEX_ERROR = cls("IndexError", LOOKUP_ERROR);
    public static final PyClass KEY_ERROR = cls("KeyError", LOOKUP_ERROR);
    public static final PyClass NAME_ERROR = cls("NameError", EXCEPTION);
    public static final PyClass UNBOUND_LOCAL_ERROR = cls("UnboundLocalError", NAME_ERROR);
    public static final PyClass RUNTIME_ERROR = cls("RuntimeError", EXCEPTION);
    public static final PyClass NOT_IMPLEMENTED_ERROR = cls("NotImplementedError", RUNTIME_ERROR);
    public static final PyClass RECURSION_ERROR = cls("RecursionError", RUNTIME_ERROR);
    public static final PyClass TYPE_ERROR = cls("TypeError", EXCEPTION);
    public static final PyClass VALUE_ERROR = cls("ValueError", EXCEPTION);
    public static final PyClass UNICODE_ERROR = cls("UnicodeError", VALUE_ERROR);
    public static final PyClass OS_ERROR = cls("OSError", EXCEPTION);
    public static final PyClass FILE_NOT_FOUND_ERROR = cls("FileNotFoundError", OS_ERROR);
    public static final PyClass TIMEOUT_ERROR = cls("TimeoutError", OS_ERROR);
    public static final PyClass CONNECTION_ERROR = cls("ConnectionError", OS_ERROR);
    public static final PyClass IMPORT_ERROR = cls("ImportError", EXCEPTION);
    public static final PyClass MODULE_NOT_FOUND_ERROR = cls("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyClass SYNTAX_ERROR = cls("SyntaxError", EXCEPTION);
    public static final PyClass BASE_EXCEPTION_GROUP = cls("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyClass EXCEPTION_GROUP = PyClass.builtin("ExceptionGroup", "builtins", null, NONE,
            BASE_EXCEPTION_GROUP, EXCEPTION);
    /** {@code asyncio.CancelledError}: a BaseException, as in Python 3.8+. */
    public static final PyClass CANCELLED_ERROR = PyClass.builtin("CancelledError", "asyncio.exceptions", null, NONE,
            BASE_EXCEPTION);
    public static final PyClass INVALID_STATE_ERROR = PyClass.builtin("InvalidStateError", "asyncio.exceptions", null,
            NONE, EXCEPTION);
    public static final PyClass BROKEN_BARRIER_ERROR = PyClass.builtin("BrokenBarrierError", "asyncio.exceptions",
            null, NONE, RUNTIME_ERROR);
    public static final PyClass QUEUE_EMPTY = PyClass.builtin("QueueEmpty", "asyncio.queues", null, NONE, EXCEPTION);
    public static final PyClass QUEUE_FULL = PyClass.builtin("QueueFull", "asyncio.queues", null, NONE, EXCEPTION);

    /** Every builtin exception class, for the builtins namespace. */
    public static final PyClass[] ALL = {BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION,
        STOP_ITERATION, STOP_ASYNC_ITERATION, ARITHMETIC_ERROR, ZERO_DIVISION_ERROR, OVERFLOW_ERROR, ASSERTION_ERROR,
        ATTRIBUTE_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, RUNTIME_ERROR,
        NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, OS_ERROR,
        FILE_NOT_FOUND_ERROR, TIMEOUT_ERROR, CONNECTION_ERROR, IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, SYNTAX_ERROR,
        BASE_EXCEPTION_GROUP, EXCEPTION_GROUP};

    public static PyException newException(PyClass type, Object... args) {
        return new PyBaseException(type, args).toThrowable();
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
        return newException(NAME_ERROR, "name '" + name + "' is not defined");
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
