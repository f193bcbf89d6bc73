package dev.tauraro.script.runtime;

import java.util.Map;

/** The built-in types as class objects ({@code type(x)}, {@code isinstance}); all immutable. */
public final class Types {
    private Types() {
    }

    private static final Map<String, Object> NONE = Map.of();

    public static final PyClass OBJECT = PyClass.builtin("object", "builtins", New.OBJECT, NONE);
    public static final PyClass TYPE = PyClass.builtin("type", "builtins", New.TYPE,
            Metaclasses.typeDict(), OBJECT);
    public static final PyClass INT = PyClass.builtin("int", "builtins", New.INT, NONE, OBJECT);
    public static final PyClass BOOL = PyClass.builtin("bool", "builtins",
            New.BOOL, NONE, INT);
    public static final PyClass FLOAT = PyClass.builtin("float", "builtins", New.FLOAT, NONE, OBJECT);
    public static final PyClass STR = PyClass.builtin("str", "builtins",
            New.STR, NONE, OBJECT);
    public static final PyClass BYTES = PyClass.builtin("bytes", "builtins", New.BYTES, NONE, OBJECT);
    public static final PyClass BYTEARRAY = PyClass.builtin("bytearray", "builtins", New.BYTEARRAY, NONE,
            OBJECT);
    public static final PyClass MEMORYVIEW = PyClass.builtin("memoryview", "builtins", New.MEMORYVIEW, NONE,
            OBJECT);
    public static final PyClass LIST = PyClass.builtin("list", "builtins",
            New.LIST, GenericAliases.GENERIC, OBJECT);
    public static final PyClass TUPLE = PyClass.builtin("tuple", "builtins",
            New.TUPLE, GenericAliases.GENERIC, OBJECT);
    public static final PyClass DICT = PyClass.builtin("dict", "builtins", New.DICT,
            GenericAliases.GENERIC, OBJECT);
    public static final PyClass SET = PyClass.builtin("set", "builtins", New.SET, GenericAliases.GENERIC, OBJECT);
    public static final PyClass FROZENSET = PyClass.builtin("frozenset", "builtins", New.FROZENSET, GenericAliases.GENERIC, OBJECT);
    public static final PyClass NONETYPE = PyClass.builtin("NoneType", "builtins", New.NONE, NONE,
            OBJECT);
    /** The types of the two other singletons; calling either gives back its one value, as CPython. */
    public static final PyClass NOT_IMPLEMENTED_TYPE = PyClass.builtin("NotImplementedType", "builtins",
            New.NOT_IMPLEMENTED, NONE, OBJECT);
    public static final PyClass ELLIPSIS_TYPE = PyClass.builtin("ellipsis", "builtins", New.ELLIPSIS,
            NONE, OBJECT);
    /** range's dict holds {@code __reduce__}, which pickle looks for there. */
    public static final PyClass RANGE = PyClass.builtin("range", "builtins", New.RANGE,
            Map.of("__reduce__", new BuiltinFunction("__reduce__", (a, k) -> {
                if (a.length != 1 || !(a[0] instanceof PyRange r)) {
                    throw Exceptions.typeError("descriptor '__reduce__' for 'range' objects doesn't apply to a '"
                            + (a.length == 0 ? "NoneType" : Ops.typeName(a[0])) + "' object");
                }
                return r.reduce();
            })), OBJECT);
    public static final PyClass FUNCTION = PyClass.builtin("function", "builtins", null, NONE, OBJECT);
    public static final PyClass BUILTIN_FUNCTION = PyClass.builtin("builtin_function_or_method", "builtins", null,
            NONE, OBJECT);
    public static final PyClass METHOD = PyClass.builtin("method", "builtins", null, NONE, OBJECT);
    /** A built-in type's method read from the type ({@code str.upper}): called with the instance first. */
    public static final PyClass METHOD_DESCRIPTOR = PyClass.builtin("method_descriptor", "builtins", null, NONE, OBJECT);
    public static final PyClass MODULE = PyClass.builtin("module", "builtins", New.MODULE,
            Map.of("__init__", PyModule.INIT), OBJECT);
    public static final PyClass GENERATOR = PyClass.builtin("generator", "builtins", null, NONE, OBJECT);
    public static final PyClass COROUTINE = PyClass.builtin("coroutine", "builtins", null, NONE, OBJECT);
    public static final PyClass ASYNC_GENERATOR = PyClass.builtin("async_generator", "builtins", null,
            GenericAliases.GENERIC, OBJECT);
    public static final PyClass ITERATOR = PyClass.builtin("iterator", "builtins", null, NONE, OBJECT);
    /*
     * The iterators of the built-in containers, by CPython's names (type(iter([])) is list_iterator);
     * none can be made by calling it.
     */
    public static final PyClass LIST_ITERATOR = iteratorType("list_iterator");
    public static final PyClass LIST_REVERSEITERATOR = iteratorType("list_reverseiterator");
    public static final PyClass TUPLE_ITERATOR = iteratorType("tuple_iterator");
    public static final PyClass STR_ASCII_ITERATOR = iteratorType("str_ascii_iterator");
    public static final PyClass STR_ITERATOR = iteratorType("str_iterator");
    public static final PyClass RANGE_ITERATOR = iteratorType("range_iterator");
    public static final PyClass LONGRANGE_ITERATOR = iteratorType("longrange_iterator");
    public static final PyClass DICT_KEYITERATOR = iteratorType("dict_keyiterator");
    public static final PyClass DICT_VALUEITERATOR = iteratorType("dict_valueiterator");
    public static final PyClass DICT_ITEMITERATOR = iteratorType("dict_itemiterator");
    public static final PyClass DICT_REVERSEKEYITERATOR = iteratorType("dict_reversekeyiterator");
    public static final PyClass DICT_REVERSEVALUEITERATOR = iteratorType("dict_reversevalueiterator");
    public static final PyClass DICT_REVERSEITEMITERATOR = iteratorType("dict_reverseitemiterator");
    public static final PyClass SET_ITERATOR = iteratorType("set_iterator");
    public static final PyClass BYTES_ITERATOR = iteratorType("bytes_iterator");
    public static final PyClass BYTEARRAY_ITERATOR = iteratorType("bytearray_iterator");
    public static final PyClass MEMORY_ITERATOR = iteratorType("memory_iterator");
    public static final PyClass CALLABLE_ITERATOR = iteratorType("callable_iterator");
    /** {@code reversed(seq)} over the sequence protocol; lists and dicts have their own reverse iterators. */
    public static final PyClass REVERSED = PyClass.builtin("reversed", "builtins", New.REVERSED, NONE, OBJECT);
    public static final PyClass TRACEBACK = PyClass.builtin("traceback", "builtins", null, NONE, OBJECT);
    public static final PyClass FRAME = PyClass.builtin("frame", "builtins", null, NONE, OBJECT);
    public static final PyClass PROPERTY = PyClass.builtin("property", "builtins",
            New.PROPERTY, NONE, OBJECT);
    public static final PyClass STATICMETHOD = PyClass.builtin("staticmethod", "builtins",
            New.STATICMETHOD, NONE, OBJECT);
    public static final PyClass CLASSMETHOD = PyClass.builtin("classmethod", "builtins",
            New.CLASSMETHOD, NONE, OBJECT);
    public static final PyClass SLICE = PyClass.builtin("slice", "builtins", New.SLICE, NONE, OBJECT);
    /** collections' namedtuple field accessor, {@link TupleGetter}. */
    public static final PyClass TUPLEGETTER = PyClass.builtin("_tuplegetter", "_collections", New.TUPLEGETTER,
            NONE, OBJECT);
    public static final PyClass MEMBER_DESCRIPTOR = PyClass.builtin("member_descriptor", "builtins", null, NONE,
            OBJECT);
    /** {@link GetSetDescriptor}: {@code int.real}, {@code float.imag}. */
    public static final PyClass GETSET_DESCRIPTOR = PyClass.builtin("getset_descriptor", "builtins", null, NONE,
            OBJECT);
    /** {@code mappingproxy(mapping)} (types.MappingProxyType): a read-only live view of a dict. */
    public static final PyClass MAPPINGPROXY = PyClass.builtin("mappingproxy", "builtins", New.MAPPINGPROXY, GenericAliases.GENERIC, OBJECT);
    // the dict views (runtime/DictView); OrderedDict's are subclasses, as in CPython
    public static final PyClass DICT_KEYS = PyClass.builtin("dict_keys", "builtins", null, NONE, OBJECT);
    public static final PyClass DICT_VALUES = PyClass.builtin("dict_values", "builtins", null, NONE, OBJECT);
    public static final PyClass DICT_ITEMS = PyClass.builtin("dict_items", "builtins", null, NONE, OBJECT);
    public static final PyClass ODICT_KEYS = PyClass.builtin("odict_keys", "builtins", null, NONE, DICT_KEYS);
    public static final PyClass ODICT_VALUES = PyClass.builtin("odict_values", "builtins", null, NONE, DICT_VALUES);
    public static final PyClass ODICT_ITEMS = PyClass.builtin("odict_items", "builtins", null, NONE, DICT_ITEMS);
    public static final PyClass JAVA_OBJECT = PyClass.builtin("JavaObject", "builtins", null, NONE, OBJECT);

    /**
     * The built-in types' constructors, called through one switch rather than made as a lambda
     * each: on JDK 17 linking a lambda's call site costs about 0.1 ms of interpreted bootstrap code
     * the first time it runs, and these all run at every start (see Builtins.Fn).
     */
    private enum New implements PyCallable {
        OBJECT, TYPE, INT, BOOL, FLOAT, STR, BYTES, BYTEARRAY, MEMORYVIEW, LIST, TUPLE, DICT, SET, FROZENSET,
        NONE, NOT_IMPLEMENTED, ELLIPSIS, RANGE, MODULE, REVERSED, PROPERTY, STATICMETHOD, CLASSMETHOD, SLICE,
        TUPLEGETTER, MAPPINGPROXY;

        /** The class's name, as its errors give it. */
        String typeName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public Object call(Object[] a, String[] k) {
            switch (this) {   // CPython's argument checks of the constructors that take a fixed count
                case BOOL, FLOAT, LIST, TUPLE, SET, FROZENSET -> positional(this, a, k, 0, 1, false);
                case DICT -> positional(this, a, k, 0, 1, true);
                case STATICMETHOD, CLASSMETHOD -> positional(this, a, k, 1, 1, false);
                case SLICE -> positional(this, a, k, 1, 3, false);
                default -> { }
            }
            return switch (this) {
                case OBJECT -> newObject(a);
                case TYPE -> Metaclasses.typeCall(a, k);
                case INT -> Conversions.toInt(a, k);
                case BOOL -> a.length == 0 ? Boolean.FALSE : Ops.truthy(a[0]);
                case FLOAT -> Conversions.toFloat(a, k);
                case STR -> Conversions.toStr(a, k);
                case BYTES -> Conversions.toBytes(a, k);
                case BYTEARRAY -> PyByteArray.construct(a, k);
                case MEMORYVIEW -> PyMemoryView.construct(a, k);
                case LIST -> a.length == 0 ? new PyList() : Ops.toList(a[0]);
                case TUPLE -> a.length == 0 ? PyTuple.EMPTY : newTuple(a[0]);
                case DICT -> Conversions.toDict(a, k);
                case SET -> PySet.of(false, a.length > 0 ? a[0] : null);
                // an exact frozenset is its own frozenset, as CPython's frozenset_new returns it
                case FROZENSET -> a.length > 0 && a[0] instanceof PySet f && f.frozen ? f : PySet.of(true, a.length > 0 ? a[0] : null);
                case NONE -> PyNone.NONE;
                case NOT_IMPLEMENTED -> PyNone.NOT_IMPLEMENTED;
                case ELLIPSIS -> PyNone.ELLIPSIS;
                case RANGE -> Conversions.range(a, k);
                case MODULE -> PyModule.construct(a, k);
                case REVERSED -> Ops.reversedCall(a, k);
                case PROPERTY -> Descriptors.Property.make(a, k);
                case STATICMETHOD -> new Descriptors.StaticMethod(a[0]);
                case CLASSMETHOD -> new Descriptors.ClassMethod(a[0]);
                case SLICE -> a.length == 1 ? new PySlice(PyNone.NONE, a[0], PyNone.NONE)
                        : new PySlice(a[0], a[1], a.length > 2 ? a[2] : PyNone.NONE);
                case TUPLEGETTER -> TupleGetter.make(a, k);
                case MAPPINGPROXY -> newMappingProxy(a, k);
            };
        }
    }

    /**
     * Refuses keywords (unless {@code keywords}) and a positional count outside {@code min..max}, in
     * CPython's words; the class's name is only made for the message (float(x) calls this each time).
     */
    private static void positional(New type, Object[] a, String[] k, int min, int max, boolean keywords) {
        int nk = k == null ? 0 : k.length;
        int n = a.length - nk;
        if (nk > 0 && !keywords) {
            throw Exceptions.typeError(type.typeName() + "() takes no keyword arguments");
        }
        if (n < min || n > max) {
            String name = type.typeName();
            String bound = min == max ? "" : n < min ? "at least " : "at most ";
            int limit = n < min ? min : max;
            throw Exceptions.typeError(name + " expected " + bound + limit + " argument" + (limit == 1 ? "" : "s")
                    + ", got " + n);
        }
    }

    /** {@code tuple(x)}: an exact tuple is returned as it is, as CPython's tuple_new does; a list is copied once. */
    private static PyTuple newTuple(Object x) {
        if (x instanceof PyTuple t) {
            return t;
        }
        return new PyTuple(x instanceof PyList l ? l.toArray() : Ops.toList(x).toArray());
    }

    private static Object newObject(Object[] a) {
        if (a.length > 0) {
            throw Exceptions.typeError("object() takes no arguments");
        }
        return new PyInstance(Types.OBJECT);
    }

    private static Object newMappingProxy(Object[] a, String[] k) {
    if (a.length != 1 || k != null && k.length > 0) {
        throw Exceptions.typeError("mappingproxy() takes exactly one argument (" + a.length + " given)");
    }
    if (a[0] instanceof MappingProxy p) {
        return p;
    }
    if (!(a[0] instanceof PyDict d)) {
        throw Exceptions.typeError("mappingproxy() argument must be a mapping, not " + Ops.typeName(a[0]));
    }
    return new MappingProxy(d, d);
    }

    private static PyClass iteratorType(String name) {
        return PyClass.builtin(name, "builtins", (a, k) -> {
            throw Exceptions.typeError("cannot create '" + name + "' instances");
        }, NONE, OBJECT);
    }
}
