package dev.tauraro.script.runtime;

/**
 * The attribute protocol of instances of script classes, as CPython's {@code object.__getattribute__},
 * {@code object.__setattr__} and {@code object.__delattr__} with the hooks that replace them
 * ({@code __getattribute__}, {@code __getattr__}, {@code __setattr__}, {@code __delattr__}) and
 * the descriptors they defer to (data descriptors before the instance dict, others after).
 *
 * <p>Which hooks a class has is a bit set on the class ({@link PyClass#has}), so instances of
 * classes without hooks take the generic path after one int test.
 */
final class Attributes {
    private Attributes() {
    }

    private static final int GET_HOOKS = PyClass.GETATTRIBUTE | PyClass.GETATTR;
    private static final int DATA = PyClass.DESC_SET | PyClass.DESC_DELETE;

    /** {@code getattr(inst, name)}; raises AttributeError when missing. */
    static Object get(PyInstance inst, String name) {
        PyClass t = inst.type();
        if (!t.has(GET_HOOKS)) {
            Object v = generic(inst, t, name, t.lookup(name), null);
            if (v == null) {
                throw Ops.noAttribute(inst, name);
            }
            return v;
        }
        return hooked(inst, t, name);
    }

    /** {@code inst.name} at a compiled site, whose cache stands for the class lookup. */
    static Object get(PyInstance inst, AttrSite site) {
        PyClass t = inst.type();
        if (!t.has(GET_HOOKS)) {
            Object v = generic(inst, t, site.name, site.classAttr(t), site);
            if (v == null) {
                throw Ops.noAttribute(inst, site.name);
            }
            return v;
        }
        return hooked(inst, t, site.name);
    }

    /** {@code getattr(inst, name, None)}: null when missing (an AttributeError of a hook or descriptor included). */
    static Object getOrNull(PyInstance inst, String name) {
        return getOrNull(inst, name, null);
    }

    /** {@link #getOrNull(PyInstance, String)} at a compiled site, whose cache stands for the class lookup. */
    static Object getOrNull(PyInstance inst, AttrSite site) {
        return getOrNull(inst, site.name, site);
    }

    private static Object getOrNull(PyInstance inst, String name, AttrSite site) {
        PyClass t = inst.type();
        try {
            if (t.has(GET_HOOKS)) {
                return hooked(inst, t, name);
            }
            return generic(inst, t, name, site == null ? t.lookup(name) : site.classAttr(t), site);
        } catch (PyException e) {
            if (e.value.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private static Object hooked(PyInstance inst, PyClass t, String name) {
        Object v;
        try {
            if (t.has(PyClass.GETATTRIBUTE)) {
                v = Ops.call(t.lookup("__getattribute__"), inst, name);
            } else {
                v = generic(inst, t, name, t.lookup(name), null);
            }
        } catch (PyException e) {
            if (!t.has(PyClass.GETATTR) || !e.value.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR)) {
                throw e;
            }
            v = null;
        }
        // Outside the try: an AttributeError of __getattr__ itself is the answer, not a reason to
        // call it again (it was called twice on every miss).
        return v != null ? v : Ops.call(t.lookup("__getattr__"), inst, name); // no exception to make on a miss
    }

    /** {@code object.__getattribute__(obj, name)}. */
    static Object genericGetOrThrow(Object obj, String name) {
        if (!(obj instanceof PyInstance inst)) {
            return Ops.getAttr(obj, name);
        }
        PyClass t = inst.type();
        Object v = generic(inst, t, name, t.lookup(name), null);
        if (v == null) {
            throw Ops.noAttribute(inst, name);
        }
        return v;
    }

    /**
     * {@code object.__getattribute__} returning null when missing; {@code cv} is {@code t.lookup(name)},
     * {@code site} the compiled site asking (which caches where the instance dict keeps the name) or null.
     */
    private static Object generic(PyInstance inst, PyClass t, String name, Object cv, AttrSite site) {
        if (cv instanceof PyDerived) {
            cv = PyDerived.descriptor(cv);
        }
        if (cv != null && !(cv instanceof PyFunction)) {
            if (cv instanceof Slots.Member m) {
                return m.get(inst);
            }
            if (cv instanceof TupleGetter g) {
                return g.get(inst);
            }
            if (cv instanceof Descriptors.Property p) {
                return p.get(inst, t, name);
            }
            if (cv instanceof PyInstance d && d.type().has(DATA)) {
                return descriptorGet(d, inst, t);
            }
        }
        Object own = site != null ? site.own(inst) : inst.getOwn(name);
        if (own != null) {
            if (cv == null && site != null) {
                site.readPlain(inst, t);
            }
            return own;
        }
        if (cv != null) {
            if (site != null && constant(cv)) {
                site.readConstant(inst, t, cv);
                return cv;
            }
            return bind(cv, inst, t);
        }
        Object special = Ops.instanceSpecial(inst, t, name);
        if (special != null) {
            return special;
        }
        if (inst instanceof PyDerived d) {
            // the built-in base's methods (dict.keys, str.upper, list.__len__, ...) act on the value
            Object v = BuiltinMethods.attr(d, d.value, name);
            if (v == null) {
                v = BuiltinDunders.attr(d, d.value, name);
            }
            if (v instanceof BuiltinFunction f && d.value instanceof SubclassableValue) {
                // a native method returning its receiver (__enter__, __iter__) returns the script's instance
                return new BuiltinFunction(f.name(), (a, k) -> {
                    Object r = f.call(a, k);
                    return r == d.value ? d : r;
                });
            }
            if (v != null) {
                return v;
            }
        }
        BuiltinFunction m = ObjectMethods.get(name);
        return m == null ? null : new BoundMethod(inst, m);
    }

    /**
     * Whether a class attribute is a plain value that {@link #bind} returns as it is, whatever the
     * instance: built-in values only, as an instance of a script class may gain {@code __get__}
     * through its own class, which the reading class's version does not follow.
     */
    static boolean constant(Object cv) {
        return cv instanceof Long || cv instanceof String || cv instanceof Double || cv instanceof Boolean
                || cv instanceof PyNone || cv instanceof PyTuple || cv instanceof PyList || cv instanceof PyDict
                || cv instanceof PySet;
    }

    /** A class attribute found for an instance (or, with {@code self} null, for the class itself). */
    static Object bind(Object cv, Object self, PyClass t) {
        if (cv instanceof PyDerived) {
            cv = PyDerived.descriptor(cv);
        }
        if (cv instanceof PyFunction) {
            return self == null ? cv : new BoundMethod(self, cv);
        }
        if (cv instanceof Descriptors.StaticMethod sm) {
            return sm.function();
        }
        if (cv instanceof Descriptors.ClassMethod cm) {
            if (cm.function() instanceof BuiltinFunction f) {
                // a built-in class method (chain.from_iterable): a built-in method of the class, as CPython's
                return new BuiltinFunction(f.name(), t, (a, k) -> f.call(Metaclasses.prepend(t, a), k));
            }
            return new BoundMethod(t, cm.function());
        }
        if (cv instanceof PyInstance d && d.type().has(PyClass.DESC_GET)) {
            return descriptorGet(d, self, t);
        }
        if (self != null) {
            if (cv instanceof BuiltinFunction f && f.objclass() != null) {
                // a built-in type's method descriptor binds as CPython's method_descriptor does
                return new BuiltinFunction(f.name(), self, (a, k) -> f.call(Metaclasses.prepend(self, a), k));
            }
            if (cv instanceof Descriptors.Property p) {
                return p.get(self, t, null);
            }
            if (cv instanceof Slots.Member m) {
                return m.get(self);
            }
            if (cv instanceof TupleGetter g) {
                return g.get(self);
            }
        }
        return cv;
    }

    private static Object descriptorGet(PyInstance d, Object self, PyClass t) {
        if (!d.type().has(PyClass.DESC_GET)) {
            return d;
        }
        return Ops.callKw(d.type().lookup("__get__"), new Object[] {d, self == null ? PyNone.NONE : self, t}, null);
    }

    /** {@code setattr(inst, name, value)}. */
    static void set(PyInstance inst, String name, Object value) {
        PyClass t = inst.type();
        if (t.has(PyClass.SETATTR)) {
            Ops.callKw(t.lookup("__setattr__"), new Object[] {inst, name, value}, null);
            return;
        }
        genericSet(inst, t, name, t.lookup(name), value, null);
    }

    /** {@code inst.name = value} at a compiled site, whose cache stands for the class lookup. */
    static void set(PyInstance inst, AttrSite site, Object value) {
        PyClass t = inst.type();
        if (t.has(PyClass.SETATTR)) {
            Ops.callKw(t.lookup("__setattr__"), new Object[] {inst, site.name, value}, null);
            return;
        }
        genericSet(inst, t, site.name, site.classAttr(t), value, site);
    }

    /** {@code object.__setattr__(obj, name, value)}. */
    static void genericSet(Object obj, String name, Object value) {
        if (!(obj instanceof PyInstance inst)) {
            Ops.setAttr(obj, name, value);
            return;
        }
        PyClass t = inst.type();
        genericSet(inst, t, name, t.lookup(name), value, null);
    }

    /** {@code object.__setattr__} on an instance; {@code cv} is {@code t.lookup(name)}, {@code site} as for {@link #generic}. */
    private static void genericSet(PyInstance inst, PyClass t, String name, Object cv, Object value, AttrSite site) {
        if (cv instanceof PyDerived) {
            cv = PyDerived.descriptor(cv);
        }
        if (cv != null && !(cv instanceof PyFunction)) {
            if (cv instanceof Slots.Member m) {
                m.set(inst, value);
                return;
            }
            if (cv instanceof Descriptors.Property p) {
                p.set(inst, t, name, value);
                return;
            }
            if (cv instanceof TupleGetter) {
                throw TupleGetter.cannotSet();
            }
            if (cv instanceof PyInstance d && d.type().has(DATA)) {
                Object setter = d.type().lookup("__set__");
                if (setter == null) {
                    throw Exceptions.attributeError("__set__");
                }
                Ops.callKw(setter, new Object[] {d, inst, value}, null);
                return;
            }
        }
        if (Ops.setInstanceSpecial(inst, name, value)) {
            return;
        }
        if (name.equals("__class__")) {
            setClass(inst, value);
            return;
        }
        if (name.equals("__dict__") && inst.hasDict()) {
            if (!(value instanceof PyDict d)) {
                throw Exceptions.typeError("__dict__ must be set to a dictionary, not a '" + Ops.typeName(value) + "'");
            }
            inst.dict = d;
            return;
        }
        if (!inst.hasDict()) {
            throw noDictFor(inst, name);
        }
        if (site != null) {
            PyDict d = inst.dict;
            SharedKeys before = d == null ? t.sharedKeys() : d.shared; // a new dict starts on the class's root
            site.store(inst, value);
            if (cv == null) {
                site.storedPlain(inst, t, before);
            }
        } else {
            inst.namespace().put(name, value);
        }
    }

    /** {@code obj.__class__ = cls}: allowed between script classes whose instances have the same layout. */
    private static void setClass(PyInstance inst, Object value) {
        if (!(value instanceof PyClass c)) {
            throw Exceptions.typeError("__class__ must be set to a class, not '" + Ops.typeName(value) + "' object");
        }
        if (c.isBuiltin() || inst.type().isBuiltin()) {
            throw Exceptions.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!Slots.sameLayout(inst.type(), c)) {
            throw Exceptions.typeError("__class__ assignment: '" + c.name + "' object layout differs from '"
                    + inst.type().name + "'");
        }
        inst.setType(c);
    }

    /** {@code delattr(inst, name)}. */
    static void delete(PyInstance inst, String name) {
        PyClass t = inst.type();
        if (t.has(PyClass.DELATTR)) {
            Ops.call(t.lookup("__delattr__"), inst, name);
            return;
        }
        genericDelete(inst, name);
    }

    /** {@code object.__delattr__(obj, name)}. */
    static void genericDelete(Object obj, String name) {
        if (!(obj instanceof PyInstance inst)) {
            Ops.delAttr(obj, name);
            return;
        }
        if (name.equals("__class__")) {
            throw Exceptions.typeError("can't delete __class__ attribute");
        }
        PyClass t = inst.type();
        Object cv = PyDerived.descriptor(t.lookup(name));
        if (cv != null && !(cv instanceof PyFunction)) {
            if (cv instanceof Slots.Member m) {
                m.delete(inst);
                return;
            }
            if (cv instanceof Descriptors.Property p) {
                p.delete(inst, t, name);
                return;
            }
            if (cv instanceof TupleGetter) {
                throw TupleGetter.cannotDelete();
            }
            if (cv instanceof PyInstance d && d.type().has(DATA)) {
                Object deleter = d.type().lookup("__delete__");
                if (deleter == null) {
                    throw Exceptions.attributeError("__delete__");
                }
                Ops.call(deleter, d, inst);
                return;
            }
        }
        if (!inst.hasDict()) {
            throw noDictFor(inst, name);
        }
        if (inst.dict == null || inst.dict.remove(name) == null) {
            throw Ops.noAttribute(inst, name);
        }
    }

    /**
     * Setting or deleting {@code name} on an instance without a {@code __dict__} (slotted): CPython
     * calls a class attribute of that name read-only, and anything else missing.
     */
    private static PyException noDictFor(PyInstance inst, String name) {
        if (inst.type().lookup(name) != null) {
            return Exceptions.attributeError("'" + inst.type().name + "' object attribute '" + name + "' is read-only");
        }
        return Ops.noAttribute(inst, name);
    }
}
