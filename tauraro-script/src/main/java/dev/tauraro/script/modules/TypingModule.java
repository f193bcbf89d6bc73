package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.Types;
import java.util.Map;

/**
 * Python's {@code typing}, for annotations only: every name is a type that accepts subscripts
 * ({@code List[str]}) and means nothing at run time.
 */
public final class TypingModule {
    private TypingModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("typing", interp);
        for (String n : new String[] {"Any", "List", "Dict", "Tuple", "Set", "Optional", "Union", "Callable",
            "Iterable", "Iterator", "Awaitable", "Coroutine", "Sequence", "Mapping", "Type", "AsyncIterator",
            "Generator", "AsyncGenerator", "FrozenSet", "Literal", "ClassVar", "Final", "TypeVar", "Generic"}) {
            m.set(n, PyClass.builtin(n, "typing", null,
                    Map.of("__class_getitem__", new BuiltinFunction("__class_getitem__", (a, k) -> a[0])),
                    Types.OBJECT));
        }
        m.set("TYPE_CHECKING", false);
        m.set("cast", new BuiltinFunction("cast", (a, k) -> a[1]));
        return m;
    }
}
