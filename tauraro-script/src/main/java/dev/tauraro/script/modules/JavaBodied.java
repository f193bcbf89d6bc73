package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Cell;
import dev.tauraro.script.runtime.Code;
import dev.tauraro.script.runtime.DirectBody;
import dev.tauraro.script.runtime.Frame;
import dev.tauraro.script.runtime.PyFunction;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.StmtNode;
import java.util.HashMap;
import java.util.function.Function;

/**
 * Functions with a Java body, for library classes that scripts subclass: unlike a
 * {@code BuiltinFunction}, such a function binds as a method, can be overridden and is reached
 * through {@code super()} like a method written in the script.
 */
final class JavaBodied {
    private JavaBodied() {
    }

    /**
     * A function of {@code home} named {@code qualname} (the part after the last dot is its name)
     * whose body runs {@code impl} on the frame's argument slots.
     */
    static PyFunction function(PyModule home, String qualname, String file, String[] params, int argCount,
                               int kwOnly, Object[] defaults, HashMap<String, Object> kwDefaults,
                               Function<Object[], Object> impl) {
        return make(home, qualname, file, params, argCount, kwOnly, defaults, kwDefaults, new StmtNode(0) {
            @Override
            public int exec(Frame f) {
                f.ret = impl.apply(f.slots);
                return RETURN;
            }
        });
    }

    /**
     * As {@link #function} with plain parameters only, but called without a frame when the
     * arguments fill them ({@link DirectBody}): for methods as hot as {@code __getitem__}, which
     * CPython writes in C and so runs without a frame too.
     */
    static PyFunction frameless(PyModule home, String qualname, String file, String[] params, DirectBody body) {
        return make(home, qualname, file, params, params.length, 0, null, null, body);
    }

    private static PyFunction make(PyModule home, String qualname, String file, String[] params, int argCount,
                                   int kwOnly, Object[] defaults, HashMap<String, Object> kwDefaults, StmtNode body) {
        String name = qualname.substring(qualname.lastIndexOf('.') + 1);
        Code code = new Code(name, qualname, file, Code.Kind.PLAIN, params, argCount, kwOnly, false,
                false, new int[0], new int[0]);
        code.frameSize = params.length;
        code.body = body;
        return new PyFunction(code, home, defaults, kwDefaults, new Cell[0]);
    }
}
