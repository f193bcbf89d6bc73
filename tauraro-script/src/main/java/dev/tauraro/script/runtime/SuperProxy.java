package dev.tauraro.script.runtime;


/** The object {@code super()} returns: attribute lookup starting after the defining class. */
public final class SuperProxy {
    final PyClass start;
    final Object self;

    public SuperProxy(PyClass start, Object self) {
        this.start = start;
        this.self = self;
    }

    /** {@code super(type, obj)}: obj must be an instance of type, or a subclass of it (in classmethods). */
    public static SuperProxy of(PyClass start, Object self) {
        if (!(self instanceof PyClass c && c.isSubclassOf(start)) && !Ops.type(self).isSubclassOf(start)) {
            throw Exceptions.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new SuperProxy(start, self);
    }

    public Object attr(String name) {
        // super(C, cls) in a classmethod looks up as on the class: functions stay unbound. In a
        // metaclass method self is a class too, but an instance of the metaclass.
        boolean onClass = self instanceof PyClass c && c.isSubclassOf(start);
        PyClass type = onClass ? (PyClass) self : Ops.type(self);
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
            if (v instanceof BuiltinFunction && (mro[i] == Types.TYPE || mro[i] == Types.MODULE || mro[i].isException())) {
                // type.__call__/__init__ of a metaclass; a built-in exception's own __init__ (JSONDecodeError's)
                return name.equals("__new__") ? v : new BoundMethod(self, v);
            }
            if (v != null) {
                return Attributes.bind(v, onClass ? null : self, type);
            }
            if (i == mro.length - 1 && name.equals("__init_subclass__")) {
                return Metaclasses.objectInitSubclass(type);
            }
            if (mro[i].isBuiltin() && PyDerived.derivableBase(mro[i]) != null) {
                Object inherited = builtinBaseAttr(mro[i], name);
                if (inherited != null) {
                    return inherited;
                }
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
                if (i == mro.length - 1 && self instanceof PyInstance) {
                    // object.__init__ itself: refuses arguments as CPython's object_init does
                    return new BoundMethod(self, ObjectMethods.get(name));
                }
                if (i == mro.length - 1) {
                    return new BuiltinFunction("__init__", (a, k) -> PyNone.NONE);
                }
            }
            if (i == mro.length - 1) {
                BuiltinFunction m = ObjectMethods.get(name);
                if (m != null) {
                    return onClass ? m : new BoundMethod(self, m);
                }
            }
        }
        throw Exceptions.attributeError("'super' object has no attribute '" + name + "'");
    }

    /** What {@code super().name} finds in a built-in base such as {@code dict}: its methods on the value. */
    private Object builtinBaseAttr(PyClass base, String name) {
        if (name.equals("__new__")) {
            return BuiltinMethods.OBJECT_NEW;
        }
        if (!(self instanceof PyDerived d)) {
            return null;
        }
        if (name.equals("__init__")) {
            return new BuiltinFunction("__init__", (a, k) -> {
                d.builtinInit(base, a, k);
                return PyNone.NONE;
            });
        }
        Object v = BuiltinMethods.attr(d, d.value, name);
        return v != null ? v : BuiltinDunders.attr(d, d.value, name);
    }

    @Override
    public String toString() {
        return "<super: <class '" + start.name + "'>, <" + Ops.typeName(self) + " object>>";
    }
}
