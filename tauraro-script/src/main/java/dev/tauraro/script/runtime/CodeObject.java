package dev.tauraro.script.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A function's {@code __code__} as scripts see it: the parameter layout and names CPython's code
 * objects give ({@code co_varnames} lists the parameters only: locals live in slots without names
 * at run time), the flags that tell generators and coroutines apart, name, file and first line.
 * What {@code inspect.signature} and the {@code is*function} predicates read.
 */
final class CodeObject implements NativeValue {
    static final PyClass TYPE = PyClass.builtin("code", "builtins", null, Map.of(), Types.OBJECT);
    private static final int CO_VARARGS = 0x04;
    private static final int CO_VARKEYWORDS = 0x08;
    private static final int CO_GENERATOR = 0x20;
    private static final int CO_COROUTINE = 0x80;
    private static final int CO_ASYNC_GENERATOR = 0x200;

    private final Code code;

    CodeObject(Code code) {
        this.code = code;
    }

    @Override
    public PyClass type() {
        return TYPE;
    }

    /** Parameter names in CPython's order: positional, keyword-only, then *args and **kwargs. */
    private PyTuple varnames() {
        String[] p = code.paramNames;
        List<Object> out = new ArrayList<>();
        int i = 0;
        for (; i < code.argCount; i++) {
            out.add(p[i]);
        }
        String varargs = code.hasVarArgs ? p[i++] : null;
        for (int j = 0; j < code.kwOnlyCount; j++) {
            out.add(p[i++]);
        }
        if (varargs != null) {
            out.add(varargs);
        }
        if (code.hasKwArgs && i < p.length) {
            out.add(p[i]);
        }
        return new PyTuple(out.toArray());
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "co_name" -> code.name;
            case "co_qualname" -> code.qualname;
            case "co_filename" -> code.filename;
            case "co_firstlineno" -> (long) code.firstLine;
            case "co_argcount" -> (long) code.argCount;
            case "co_posonlyargcount" -> (long) code.positionalOnly;
            case "co_kwonlyargcount" -> (long) code.kwOnlyCount;
            case "co_varnames" -> varnames();
            case "co_nlocals" -> (long) code.paramNames.length;
            case "co_flags" -> (long) ((code.hasVarArgs ? CO_VARARGS : 0) | (code.hasKwArgs ? CO_VARKEYWORDS : 0)
                    | switch (code.kind) {
                        case GENERATOR -> CO_GENERATOR;
                        case COROUTINE -> CO_COROUTINE;
                        case ASYNC_GENERATOR -> CO_ASYNC_GENERATOR;
                        default -> 0;
                    });
            default -> null;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeObject c && c.code == code;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(code);
    }

    @Override
    public String toString() {
        return "<code object " + code.name + " at 0x" + Ops.hexId(code)
                + ", file \"" + code.filename + "\", line " + code.firstLine + ">";
    }
}
