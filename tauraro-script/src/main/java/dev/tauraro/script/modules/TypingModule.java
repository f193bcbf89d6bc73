package dev.tauraro.script.modules;

import dev.tauraro.script.builtins.Arity;
import dev.tauraro.script.builtins.Builtins;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyTuple;
import java.util.Map;

/**
 * {@code _typing}: the structural half of lib/typing.py's protocol {@code isinstance} checks in
 * Java. CPython 3.11 walks the protocol's MRO for its members again on every check and asks the
 * instance for each; in script code that walk and those questions were most of the time of
 * {@code isinstance} (pyperformance's typing_runtime_protocols). It reads the dicts as they are at
 * each call, so a protocol changed after its creation is checked with its new members, as in CPython.
 */
final class TypingModule {
    private TypingModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_typing", interp);
        m.set("_has_protocol_members", new BuiltinFunction("_has_protocol_members", (a, k) -> {
            Arity.positional("_has_protocol_members", a, k, 3, 3);
            return hasMembers(interp, a[0], a[1], a[2]);
        }));
        return m;
    }

    /**
     * {@code all(hasattr(instance, name) and (not callable(getattr(cls, name, None)) or
     * getattr(instance, name) is not None) for name in protocolAttrs(cls, special))}: the instance has
     * every member, and none that is a method of the protocol is None (which blocks it).
     */
    private static boolean hasMembers(Interpreter interp, Object cls, Object instance, Object special) {
        for (Object name : protocolAttrs(cls, special)) {
            if (!(PyDerived.unwrap(name) instanceof String attr)) { // hasattr's own TypeError
                Ops.call(interp.builtins().get("hasattr"), instance, name);
                throw new IllegalStateException("hasattr accepted a name that is not a str");
            }
            if (attrOrNull(instance, attr) == null) {
                return false;
            }
            if (Builtins.callable(attrOrNull(cls, attr)) && Ops.getAttr(instance, attr) == PyNone.NONE) {
                return false;
            }
        }
        return true;
    }

    /** {@code getattr(o, attr, None)} as null when absent: an AttributeError counts as absent, as for hasattr. */
    private static Object attrOrNull(Object o, String attr) {
        try {
            return Ops.getAttrOrNull(o, attr);
        } catch (PyException e) {
            if (e.value.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /**
     * The names, in order and once each, of the dicts and {@code __annotations__} of {@code cls}'s
     * MRO but its last class (object), skipping the classes named Protocol or Generic, names
     * starting with {@code _abc_} and the {@code special} ones: what typing.py's loop
     * {@code for base in cls.__mro__[:-1]: ... list(base.__dict__) + list(annotations)} collects.
     */
    private static java.util.List<Object> protocolAttrs(Object cls, Object special) {
        PyList attrs = new PyList();
        PyTuple mro = (PyTuple) Ops.getAttr(cls, "__mro__");
        for (int i = 0; i < mro.items.length - 1; i++) {
            Object base = mro.items[i];
            Object name = Ops.getAttr(base, "__name__");
            if (name.equals("Protocol") || name.equals("Generic")) {
                continue;
            }
            Object dict = base instanceof PyClass c && !c.isBuiltin() ? null : Ops.getAttr(base, "__dict__");
            Map<String, Object> own = dict == null ? ((PyClass) base).dictView() : null;
            Object annotations = own != null ? own.get("__annotations__") : Ops.callMethod(dict, "get",
                    new Object[] {"__annotations__", new PyDict()}, null);
            Object[] names = own != null ? own.keySet().toArray() : Ops.toList(dict).toArray();
            collect(attrs, names, special);
            if (annotations != null) {
                collect(attrs, Ops.toList(annotations).toArray(), special);
            }
        }
        return attrs;
    }

    private static void collect(PyList attrs, Object[] names, Object special) {
        for (Object n : names) {
            boolean abc = n instanceof String s ? s.startsWith("_abc_")
                    : Ops.truthy(Ops.callMethod(n, "startswith", new Object[] {"_abc_"}, null));
            if (!abc && !Ops.contains(special, n) && !Ops.contains(attrs, n)) {
                attrs.add(n);
            }
        }
    }
}
