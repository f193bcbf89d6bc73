package dev.tauraro.script.runtime;

/**
 * A function implemented in Java, e.g. {@code len} or {@code asyncio.sleep}, or a built-in method
 * bound to its object ({@code [].append}), which its repr and {@code __self__} show as CPython's do.
 */
public final class BuiltinFunction implements PyCallable {
    private final String name;
    private final PyCallable impl;
    /** The object a built-in method is bound to; null for a function. */
    private final Object self;
    /** The module that holds the function ({@code __module__}), set once by that module; null if none did. */
    private String module;
    /** That module's object, for {@code __self__} (made on demand: {@code builtins} is imported lazily). */
    private java.util.function.Supplier<Object> moduleObject;
    /** For a method descriptor ({@code str.upper}), the built-in type whose method it is; else null. */
    private PyClass objclass;

    public BuiltinFunction(String name, PyCallable impl) {
        this(name, null, impl);
    }

    /** A built-in method of {@code self} (a list, a str, a class for {@code dict.fromkeys}, ...). */
    public BuiltinFunction(String name, Object self, PyCallable impl) {
        this.name = name;
        this.impl = impl;
        this.self = self;
    }

    /**
     * A built-in type's method as the type gives it ({@code str.upper}, CPython's
     * {@code method_descriptor}): called with the instance first.
     */
    public static BuiltinFunction descriptor(String name, PyClass objclass, PyCallable impl) {
        BuiltinFunction f = new BuiltinFunction(name, impl);
        f.objclass = objclass;
        return f;
    }

    /** {@code __objclass__} of a method descriptor; null for anything else. */
    public PyClass objclass() {
        return objclass;
    }

    public String name() {
        return name;
    }

    /** The bound object of a built-in method, or null. */
    public Object self() {
        return self;
    }

    /** {@code __module__}: the module that first claimed this function, or null (methods have none). */
    public String module() {
        return self == null ? module : null;
    }

    /**
     * Records the module that holds this function, unless one already did (a function re-exported by
     * another module keeps the first, as CPython's keep their defining module).
     */
    public void claim(String moduleName, java.util.function.Supplier<Object> moduleObject) {
        if (module == null) {
            module = moduleName;
            this.moduleObject = moduleObject;
        }
    }

    /**
     * {@code __self__}: the bound object of a method; for a function, the module holding it (as
     * CPython's module functions), or None. Null for a method descriptor, which has none.
     */
    public Object selfAttribute() {
        if (self != null) {
            return self;
        }
        if (objclass != null) {
            return null;
        }
        return moduleObject != null ? moduleObject.get() : PyNone.NONE;
    }

    /** {@code __qualname__}: {@code list.append} for a method, the name for a function. */
    public String qualname() {
        if (objclass != null) {
            return objclass.name + "." + name;
        }
        if (self == null) {
            return name;
        }
        return (self instanceof PyClass c ? c.name : Ops.typeName(self)) + "." + name;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        return impl.call(args, kwnames);
    }

    @Override
    public String toString() {
        if (objclass != null) {
            return "<method '" + name + "' of '" + objclass.typeName + "' objects>"; // tp_name: 'itertools.repeat'
        }
        if (self == null) {
            return "<built-in function " + name + ">";
        }
        return "<built-in method " + name + " of " + Ops.typeName(self) + " object at 0x"
                + Ops.hexId(self) + ">";
    }
}
