package dev.tauraro.script.runtime;

/**
 * CPython's private name mangling ({@code _Py_Mangle}): inside class {@code C}, a name {@code __x}
 * that does not end in two underscores means {@code _C__x}, so subclasses do not clash with it.
 * The compiler applies it to attribute names and class-body names, and class creation to
 * {@code __slots__} entries.
 */
public final class PrivateNames {
    private PrivateNames() {
    }

    /** {@code name} as written inside class {@code className}. */
    public static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        return i == className.length() ? name : "_" + className.substring(i) + name; // all underscores: none
    }
}
