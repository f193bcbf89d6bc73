package dev.tauraro.script.runtime;


/** The object {@code super()} returns: attribute lookup starting after the defining class. */
public final class SuperProxy {
    final PyClass start;
    final Object self;

    public SuperProxy(PyClass start, Object self) {
        this.start = start;
        this.self = self;
    }

    public Object attr(String name) {
        // In a classmethod self is the class; in a metaclass method it is an instance of the metaclass.
        PyClass type = self instanceof PyClass c && c.isSubclassOf(start) ? c : Ops.type(self);
        PyClass[] mro = type.mro;
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object v = mro[i].getOwn(name);
            if (v instanceof PyFunction && name.equals("__new__")) {
                return v; // __new__ is implicitly a static method: the caller passes cls
            }
            if (v instanceof PyFunction) {
                return new BoundMethod(self, v);
            }
            if (v instanceof Descriptors.ClassMethod cm) {
                return new BoundMethod(type, cm.function());
            }
            if (v instanceof Descriptors.StaticMethod sm) {
                return sm.function();
            }
            if (v instanceof Descriptors.Property p) {
                return Ops.call(p.getter, self);
            }
            if (v instanceof BuiltinFunction && mro[i] == Types.TYPE) {
                return name.equals("__new__") ? v : new BoundMethod(self, v); // type.__call__/__init__ of a metaclass
            }
            if (v != null) {
                return v;
            }
            if (i == mro.length - 1 && name.equals("__init_subclass__")) {
                return Metaclasses.objectInitSubclass(type);
            }
            if (mro[i].isBuiltin() && name.equals("__new__") && (i == mro.length - 1 || mro[i].isException())) {
                return BuiltinMethods.OBJECT_NEW; // object.__new__(cls) / BaseException.__new__(cls, *args)
            }
            if (mro[i].isBuiltin() && name.equals("__init__")) {
                if (self instanceof PyBaseException e && mro[i].isException()) {
                    return new BuiltinFunction("__init__", (a, k) -> {
                        e.args = new PyTuple(a.clone());
                        return PyNone.NONE;
                    });
                }
                if (i == mro.length - 1) {
                    return new BuiltinFunction("__init__", (a, k) -> PyNone.NONE);
                }
            }
        }
        throw Exceptions.attributeError("'super' object has no attribute '" + name + "'");
    }

    @Override
    public String toString() {
        return "<super: <class '" + start.name + "'>, <" + Ops.typeName(self) + " object>>";
    }
}
