package dev.tauraro.script.runtime;

/**
 * Attributes of the built-in descriptor objects ({@code property}, {@code classmethod},
 * {@code staticmethod}, slot members): their functions and their {@code __get__}/{@code __set__}/
 * {@code __delete__}, so scripts can drive them by hand as CPython allows.
 */
final class DescriptorAttrs {
    private DescriptorAttrs() {
    }

    static Object attr(Object o, String name) {
        if (o instanceof Descriptors.Property p) {
            return switch (name) {
                case "setter" -> fn(name, a -> new Descriptors.Property(p.getter, a[0], p.deleter, p.doc));
                case "getter" -> fn(name, a -> new Descriptors.Property(a[0], p.setter, p.deleter, p.doc));
                case "deleter" -> fn(name, a -> new Descriptors.Property(p.getter, p.setter, a[0], p.doc));
                case "fget" -> orNone(p.getter);
                case "__isabstractmethod__" -> isAbstract(p.getter) || isAbstract(p.setter)
                        || isAbstract(p.deleter);
                case "fset" -> orNone(p.setter);
                case "fdel" -> orNone(p.deleter);
                case "__doc__" -> p.doc != null && p.doc != PyNone.NONE ? p.doc
                        : p.getter != null ? Ops.getAttrOrNull(p.getter, "__doc__") : PyNone.NONE;
                case "__get__" -> fn(name, a -> a[0] == PyNone.NONE ? p : p.get(a[0], Ops.type(a[0]), null));
                case "__set__" -> fn(name, a -> {
                    p.set(a[0], Ops.type(a[0]), null, a[1]);
                    return PyNone.NONE;
                });
                case "__delete__" -> fn(name, a -> {
                    p.delete(a[0], Ops.type(a[0]), null);
                    return PyNone.NONE;
                });
                default -> null;
            };
        }
        if (o instanceof Slots.Member m) {
            return switch (name) {
                case "__name__" -> m.name;
                case "__get__" -> fn(name, a -> a[0] == PyNone.NONE ? m : m.get(a[0]));
                case "__set__" -> fn(name, a -> {
                    m.set(a[0], a[1]);
                    return PyNone.NONE;
                });
                case "__delete__" -> fn(name, a -> {
                    m.delete(a[0]);
                    return PyNone.NONE;
                });
                default -> null;
            };
        }
        if (o instanceof TupleGetter g) {
            return switch (name) {
                case "__doc__" -> g.doc;
                case "__get__" -> fn(name, a -> a[0] == PyNone.NONE ? g : g.get(a[0]));
                case "__set__" -> fn(name, a -> {
                    throw TupleGetter.cannotSet();
                });
                case "__delete__" -> fn(name, a -> {
                    throw TupleGetter.cannotDelete();
                });
                default -> null;
            };
        }
        Object f = o instanceof Descriptors.ClassMethod cm ? cm.function() : ((Descriptors.StaticMethod) o).function();
        return switch (name) {
            case "__func__", "__wrapped__" -> f;
            case "__isabstractmethod__" -> isAbstract(f);
            case "__get__" -> fn(name, a -> {
                if (o instanceof Descriptors.StaticMethod) {
                    return f;
                }
                Object owner = a.length > 1 && a[1] != PyNone.NONE ? a[1] : Ops.type(a[0]);
                return new BoundMethod(owner, f);
            });
            case "__name__", "__qualname__", "__doc__", "__module__" -> Ops.getAttrOrNull(f, name);
            default -> null;
        };
    }

    private static BuiltinFunction fn(String name, java.util.function.Function<Object[], Object> body) {
        return new BuiltinFunction(name, (a, k) -> {
            if (a.length == 0) {
                throw Exceptions.typeError(name + "() takes at least 1 argument (0 given)");
            }
            return body.apply(a);
        });
    }

    /** Whether {@code abc.abstractmethod} marked the function. */
    private static boolean isAbstract(Object f) {
        Object v = f == null ? null : Ops.getAttrOrNull(f, "__isabstractmethod__");
        return v != null && Ops.truthy(v);
    }

    private static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }
}
