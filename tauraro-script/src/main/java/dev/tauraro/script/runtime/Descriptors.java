package dev.tauraro.script.runtime;

/** The built-in descriptors: {@code property}, {@code staticmethod}, {@code classmethod}. */
public final class Descriptors {
    private Descriptors() {
    }

    /** {@code property(fget, fset)}; {@code .setter} returns a copy with a setter. */
    public static final class Property {
        public final Object getter;
        public final Object setter;

        public Property(Object getter, Object setter) {
            this.getter = getter;
            this.setter = setter;
        }

        void setOwner(PyClass c) {
            if (getter instanceof PyFunction f && f.owner == null) {
                f.owner = c;
            }
            if (setter instanceof PyFunction f && f.owner == null) {
                f.owner = c;
            }
        }

        @Override
        public String toString() {
            return "<property object at 0x" + String.format("%012x", System.identityHashCode(this)) + ">";
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
