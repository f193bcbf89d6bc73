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

    /**
     * {@code class P(NamedTuple): x: int} is {@code collections.namedtuple} of the annotations, made by a
     * metaclass as in CPython's typing: the class is a tuple subclass with the body's methods.
     */
    private static final String NAMED_TUPLE = String.join("\n",
            "import collections as _collections",
            "",
            "_prohibited = frozenset({\"__new__\", \"__init__\", \"__slots__\", \"__getnewargs__\", \"_fields\", \"_field_defaults\",",
            "                         \"_make\", \"_replace\", \"_asdict\", \"_source\"})",
            "_special = frozenset({\"__module__\", \"__name__\", \"__annotations__\", \"__qualname__\"})",
            "",
            "",
            "class _NamedTupleMeta(type):",
            "    def __new__(mcs, typename, bases, ns):",
            "        if ns.get(\"_root\", False):",
            "            return super().__new__(mcs, typename, bases, ns)",
            "        annotations = ns.get(\"__annotations__\", {})",
            "        fields = list(annotations)",
            "        defaults = []",
            "        for name in fields:",
            "            if name in ns:",
            "                defaults.append(ns[name])",
            "            elif defaults:",
            "                with_default = [f for f in fields if f in ns]",
            "                raise TypeError(\"Non-default namedtuple field \" + name + \" cannot follow default field\"",
            "                                + (\"s \" if len(with_default) > 1 else \" \") + \", \".join(with_default))",
            "        nt = _collections.namedtuple(typename, fields, defaults=defaults, module=ns[\"__module__\"])",
            "        nt.__annotations__ = dict(annotations)",
            "        for key, value in ns.items():",
            "            if key in _prohibited:",
            "                raise AttributeError(\"Cannot overwrite NamedTuple attribute \" + key)",
            "            if key not in _special and key not in fields and not (key == \"__doc__\" and value is None):",
            "                setattr(nt, key, value)",
            "        return nt",
            "",
            "",
            "class NamedTuple(metaclass=_NamedTupleMeta):",
            "    _root = True",
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
