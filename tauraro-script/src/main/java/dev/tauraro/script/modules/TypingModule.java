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

    /** {@code class P(NamedTuple): x: int} builds the tuple-like class from the annotations. */
    private static final String NAMED_TUPLE = String.join("\n",
            "class NamedTuple:",
            "    def __init_subclass__(cls):",
            "        fields = tuple(cls.__dict__.get('__annotations__', {}))",
            "        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}",
            "        name = cls.__name__",
            "        def __init__(self, *args, **kwargs):",
            "            if len(args) > len(fields):",
            "                raise TypeError(name + '.__new__() takes ' + str(len(fields) + 1)",
            "                                + ' positional arguments but ' + str(len(args) + 1) + ' were given')",
            "            values = list(args)",
            "            for f in fields[len(args):]:",
            "                if f in kwargs:",
            "                    values.append(kwargs.pop(f))",
            "                elif f in defaults:",
            "                    values.append(defaults[f])",
            "                else:",
            "                    raise TypeError(name + \".__new__() missing 1 required positional argument: '\" + f + \"'\")",
            "            for k in kwargs:",
            "                raise TypeError(name + \".__new__() got an unexpected keyword argument '\" + k + \"'\")",
            "            self._values = tuple(values)",
            "            for f, v in zip(fields, values):",
            "                setattr(self, f, v)",
            "        def __repr__(self):",
            "            return name + '(' + ', '.join(f + '=' + repr(v) for f, v in zip(fields, self._values)) + ')'",
            "        def __iter__(self):",
            "            return iter(self._values)",
            "        def __len__(self):",
            "            return len(self._values)",
            "        def __getitem__(self, i):",
            "            return self._values[i]",
            "        def __eq__(self, other):",
            "            return self._values == (other._values if hasattr(other, '_values') else other)",
            "        def __hash__(self):",
            "            return hash(self._values)",
            "        def _asdict(self):",
            "            return dict(zip(fields, self._values))",
            "        def _replace(self, **changes):",
            "            return cls(*[changes.get(f, v) for f, v in zip(fields, self._values)])",
            "        for k, v in [('__init__', __init__), ('__repr__', __repr__), ('__iter__', __iter__),",
            "                     ('__len__', __len__), ('__getitem__', __getitem__), ('__eq__', __eq__),",
            "                     ('__hash__', __hash__), ('_asdict', _asdict), ('_replace', _replace)]:",
            "            setattr(cls, k, v)",
            "        cls._fields = fields",
            "");

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
        PyModule extras = interp.runModuleSource(new dev.tauraro.script.syntax.SourceFile("<frozen typing>",
                NAMED_TUPLE), "_typing");
        m.set("NamedTuple", extras.get("NamedTuple"));
        m.set("cast", new BuiltinFunction("cast", (a, k) -> a[1]));
        return m;
    }
}
