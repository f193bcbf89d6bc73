package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyModule;

/**
 * {@code builtins}: the builtin names as a module. Assigning one of its attributes
 * ({@code builtins.print = f}, as {@code unittest.mock.patch("builtins.print")} does) changes the
 * name for all the interpreter's code, as in CPython (see {@code Ops.setAttr}).
 */
final class BuiltinsModule {
    private BuiltinsModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("builtins", interp);
        interp.builtins().forEach(m::set);
        return m;
    }
}
