package dev.tauraro.script.runtime;

/**
 * {@code object.__reduce_ex__}, {@code object.__reduce__} and {@code object.__getstate__}: lib/copyreg.py
 * carries them out as CPython's typeobject.c does. A plain instance of a class that customises none
 * of it (no {@code __reduce__}, {@code __getnewargs[_ex]__}, {@code __getstate__} or slots, the
 * metaclass {@code type}) reduces here, to what copyreg would return, {@code (copyreg.__newobj__,
 * (cls,), __dict__ or None, None, None)}: copy.deepcopy of such an instance (a dataclass) took three
 * times CPython's through the script.
 */
final class ObjectReduction {
    private ObjectReduction() {
    }

    static Object reduceEx(Object self, Object proto) {
        if (self.getClass() == PyInstance.class && proto instanceof Long p && p >= 2) {
            PyInstance inst = (PyInstance) self;
            PyClass t = inst.type();
            if (t.metaclass() == Types.TYPE && t.lookup("__reduce__") == null && t.lookup("__reduce_ex__") == null
                    && t.lookup("__getnewargs_ex__") == null && t.lookup("__getnewargs__") == null
                    && t.lookup("__getstate__") == null && t.lookup("__slots__") == null
                    && (inst.dict == null || !inst.dict.containsKey("__getstate__"))) {
                Object state = inst.dict == null || inst.dict.isEmpty() ? PyNone.NONE : inst.dict;
                return new PyTuple(new Object[] {copyreg("__newobj__"), new PyTuple(new Object[] {t}), state,
                        PyNone.NONE, PyNone.NONE});
            }
        }
        return Ops.call(copyreg("_object_reduce_ex"), self, proto);
    }

    static Object reduce(Object self) {
        return Ops.call(copyreg("_common_reduce"), self, 0L);
    }

    static Object getState(Object self) {
        return Ops.call(copyreg("_object_getstate"), self);
    }

    /** A function of the running interpreter's copyreg module (imported on first use). */
    private static Object copyreg(String name) {
        Frame top = CallDepth.current().top;
        if (top == null) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "no script frame is running to reduce an object");
        }
        return top.module.interp.importModule("copyreg").get(name);
    }
}
