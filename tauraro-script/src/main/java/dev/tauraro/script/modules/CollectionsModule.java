package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.Types;

/**
 * {@code _collections}: the Java parts of lib/collections.py. For now the namedtuple field
 * descriptor {@code _tuplegetter} (runtime/TupleGetter), a built-in so that field reads skip a
 * script {@code __get__} call.
 */
final class CollectionsModule {
    private CollectionsModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_collections", interp);
        m.set("_tuplegetter", Types.TUPLEGETTER);
        return m;
    }
}
