package dev.tauraro.script.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the resolver learned about one scope: which names are local, cells, free or global. */
final class Scope {
    enum Kind { MODULE, CLASS, FUNCTION }

    final Kind kind;
    final Scope parent;
    final String name;
    final String qualname;
    final boolean isAsync;
    boolean isGenerator;
    /** Parameters in order (functions only). */
    final List<String> params = new ArrayList<>();
    /** Names bound in this scope (including params). */
    final Set<String> assigned = new LinkedHashSet<>();
    final Set<String> used = new LinkedHashSet<>();
    final Set<String> globals = new LinkedHashSet<>();
    final Set<String> nonlocals = new LinkedHashSet<>();
    /** Locals captured by inner scopes. */
    final Set<String> cells = new LinkedHashSet<>();
    /** Variables of enclosing functions used here (or passed through to inner scopes). */
    final Set<String> frees = new LinkedHashSet<>();
    /** Names that are targets of {@code +=} here: their local reads go through {@link Accumulator#flat}. */
    final Set<String> accumulated = new LinkedHashSet<>();
    /**
     * The body of a library function whose scope is resolved on its first call
     * ({@link Resolver#resolveDeferred}), until then; null once resolved, and for every other scope.
     */
    List<dev.tauraro.script.ast.Stmt> deferredBody;
    /** Frame slot of each local / cell / free name (functions only). */
    final Map<String, Integer> slots = new LinkedHashMap<>();
    int nextSlot;

    Scope(Kind kind, Scope parent, String name, boolean isAsync) {
        this.kind = kind;
        this.parent = parent;
        this.name = name;
        this.isAsync = isAsync;
        // a def or class whose name its enclosing scope declares global is named as a top-level
        // one, as CPython's compiler does (a module's lazily made classes keep their plain names)
        if (parent == null || parent.kind == Kind.MODULE || parent.globals.contains(name)) {
            this.qualname = name;
        } else if (parent.kind == Kind.CLASS) {
            this.qualname = parent.qualname + "." + name;
        } else {
            this.qualname = parent.qualname + ".<locals>." + name;
        }
    }

    /**
     * A private name ({@link dev.tauraro.script.runtime.PrivateNames}) as written here: mangled with
     * the nearest enclosing class's name, this scope included.
     */
    String mangle(String n) {
        if (!n.startsWith("__")) {
            return n;
        }
        for (Scope s = this; s != null; s = s.parent) {
            if (s.kind == Kind.CLASS) {
                return dev.tauraro.script.runtime.PrivateNames.mangle(s.name, n);
            }
        }
        return n;
    }

    boolean isLocal(String n) {
        return kind == Kind.FUNCTION && assigned.contains(n) && !globals.contains(n) && !nonlocals.contains(n);
    }

    /** Allocates a fresh temporary slot (for resumable nodes and loop state). */
    int temp() {
        return nextSlot++;
    }

    /** The nearest enclosing function scope that binds {@code n} locally, or null (then it is global). */
    Scope definingScope(String n) {
        for (Scope s = parent; s != null; s = s.parent) {
            if (s.kind == Kind.CLASS) {
                continue;
            }
            if (s.kind == Kind.MODULE) {
                return null;
            }
            if (s.globals.contains(n)) {
                return null;
            }
            if (s.isLocal(n)) {
                return s;
            }
        }
        return null;
    }
}
