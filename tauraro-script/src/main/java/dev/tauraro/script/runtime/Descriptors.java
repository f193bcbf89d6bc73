package dev.tauraro.script.runtime;

/** The built-in descriptors: {@code property}, {@code staticmethod}, {@code classmethod}. */
public final class Descriptors {
    private Descriptors() {
    }

    /**
     * {@code property(fget, fset, fdel, doc)}; {@code .getter}/{@code .setter}/{@code .deleter}
     * return a copy with that function replaced.
     */
    public static final class Property {
        public final Object getter;
        public final Object setter;
        public final Object deleter;
        public final Object doc;

        public Property(Object getter, Object setter) {
            this(getter, setter, null, null);
        }

        public Property(Object getter, Object setter, Object deleter, Object doc) {
            this.getter = getter;
            this.setter = setter;
            this.deleter = deleter;
            this.doc = doc;
        }

        void setOwner(PyClass c) {
            for (Object fn : new Object[] {getter, setter, deleter}) {
                if (fn instanceof PyFunction f && f.owner == null) {
                    f.owner = c;
                }
            }
        }

        private String describe(PyClass t, String name) {
            String n = name != null ? name : getter instanceof PyFunction f ? f.name : "?";
            return "property '" + n + "' of '" + t.name + "' object";
        }

        Object get(Object self, PyClass t, String name) {
            if (getter == null) {
                throw Exceptions.attributeError(describe(t, name) + " has no getter");
            }
            return Ops.call(getter, self);
        }

        void set(Object self, PyClass t, String name, Object value) {
            if (setter == null) {
                throw Exceptions.attributeError(describe(t, name) + " has no setter");
            }
            Ops.call(setter, self, value);
        }

        void delete(Object self, PyClass t, String name) {
            if (deleter == null) {
                throw Exceptions.attributeError(describe(t, name) + " has no deleter");
            }
            Ops.call(deleter, self);
        }

        /** {@code property(...)} as the builtin is called: positional or keyword fget, fset, fdel, doc. */
        static Property make(Object[] a, String[] k) {
            Object[] p = new Object[4];
            String[] names = {"fget", "fset", "fdel", "doc"};
            int kw = k == null ? 0 : k.length;
            int npos = a.length - kw;
            if (npos > 4) {
                throw Exceptions.typeError("property() takes at most 4 arguments (" + a.length + " given)");
            }
            System.arraycopy(a, 0, p, 0, npos);
            for (int i = 0; i < kw; i++) {
                int at = java.util.Arrays.asList(names).indexOf(k[i]);
                if (at < 0) {
                    throw Exceptions.typeError("property() got an unexpected keyword argument '" + k[i] + "'");
                }
                p[at] = a[npos + i];
            }
            for (int i = 0; i < 3; i++) {
                if (p[i] == PyNone.NONE) {
                    p[i] = null;
                }
            }
            return new Property(p[0], p[1], p[2], p[3]);
        }

        @Override
        public String toString() {
            return "<property object at 0x" + Ops.hexId(this) + ">";
        }
    }

    public record StaticMethod(Object function) {
        @Override
        public String toString() {
            return "<staticmethod(" + Ops.repr(function) + ")>";
        }
    }

    public record ClassMethod(Object function) {
        @Override
        public String toString() {
            return "<classmethod(" + Ops.repr(function) + ")>";
        }
    }
}
