package dev.tauraro.script.runtime;

import dev.tauraro.script.modules.Modules;
import dev.tauraro.script.syntax.SourceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The import system of one interpreter: finds a module by name on the search path
 * ({@code sys.path}), runs it once and keeps it in the interpreter's module table.
 *
 * <p>Python equivalent: {@code importlib._bootstrap}'s path finder and source loader, reduced to
 * what scripts use: modules {@code NAME.py}, regular packages {@code NAME/__init__.py} (with
 * {@code __path__}), namespace packages (a directory without {@code __init__.py}), submodules
 * searched on their parent's {@code __path__}, and relative names resolved against
 * {@code __package__}.
 *
 * <p>Order of search: a few modules that CPython builds into the interpreter or freezes
 * ({@code sys}, {@code time}, {@code os}, the {@code _}-prefixed Java bindings, ...) are found
 * before the path, so a script's own {@code os.py} does not replace them, as in CPython 3.11. Every
 * other name is looked up in each {@code sys.path} entry in order; {@link #LIBRARY} marks the
 * entry that stands for the bundled library (the Java bindings and the {@code lib/*.py} sources),
 * which the command puts after the script's directory and {@code TAURARO_PATH}.
 *
 * <h2>Differences from CPython</h2>
 * No {@code sys.meta_path}, path hooks, bytecode files or zip imports; a module's {@code __spec__}
 * is made when first read ({@code importlib.util}).
 * A module whose body fails is removed from the module table, as CPython does.
 */
final class Importer {
    /** The {@code sys.path} entry that stands for the bundled library. */
    static final String LIBRARY = libraryEntry();

    /** Found before the search path: built into CPython or frozen in it (a script cannot shadow them). */
    private static final Set<String> BEFORE_PATH = Set.of("sys", "builtins", "time", "atexit", "errno", "itertools",
            "io", "os", "posixpath", "stat", "abc", "codecs");

    private final Interpreter interp;
    /** {@code sys.path}: the same list object scripts see and may change. */
    private final PyList path = new PyList();
    /** {@code -X importtime}: where the timings go, or null. */
    private PrintStream importTime;
    private int importDepth;

    Importer(Interpreter interp) {
        this.interp = interp;
        path.add(LIBRARY);
    }

    PyList path() {
        return path;
    }

    /** Replaces the search path (the entries, in order; {@link #LIBRARY} for the bundled library). */
    void setPath(List<String> entries, boolean whole) {
        path.clear();
        path.addAll(entries);
        pathSet = whole;
    }

    /** Whether {@link #setPath} chose the whole path (else a script run adds its directory in front). */
    boolean pathSet() {
        return pathSet;
    }

    private boolean pathSet;

    void reportImportTimes(PrintStream to) {
        importTime = to;
    }

    /** {@code import name} with an absolute dotted name: the module, imported now unless already. */
    PyModule importModule(String name) {
        PyModule m = listed(name);
        if (m != null) {
            return m;
        }
        if (importTime == null) {
            return find(name);
        }
        if (importDepth == 0 && !headerPrinted) {
            headerPrinted = true;
            importTime.println("import time: self [us] | cumulative | imported package");
        }
        long start = System.nanoTime();
        long childrenBefore = childNanos;
        importDepth++;
        try {
            return find(name);
        } finally {
            importDepth--;
            long total = System.nanoTime() - start;
            long self = total - (childNanos - childrenBefore);
            childNanos = childrenBefore + total;
            importTime.printf("import time: %9d | %10d | %s%s%n", self / 1000, total / 1000,
                    "  ".repeat(importDepth), name);
        }
    }

    private boolean headerPrinted;
    /** Time spent in imports at the current nesting level, so a parent's self time leaves them out. */
    private long childNanos;

    private PyModule find(String name) {
        Location at = locate(name);
        if (at == null) {
            throw notFound(name, "No module named '" + name + "'" + notAPackage(name));
        }
        return load(name, at);
    }

    /**
     * Where {@code name} is: a library module (imported as it is found, as the library's modules
     * are built in or frozen in CPython), a package's {@code __init__.py}, a module's file or a
     * namespace package's directories; null when nowhere. A dotted name's parent package is imported first.
     */
    Location locate(String name) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            PyModule parent = importModule(name.substring(0, dot));
            PyModule m = listed(name); // the parent's body may have imported it
            if (m != null) {
                return new Location(m, null, null);
            }
            Object parentPath = parent.get("__path__");
            if (parentPath == null) {
                // the library's packages and dotted modules (os.path, asyncio.subprocess, xml.dom, ...)
                m = isLibrary(parent) ? library(name) : null;
                return m == null ? null : new Location(m, null, null);
            }
            return search(name, name.substring(dot + 1), Ops.toList(parentPath));
        }
        if (BEFORE_PATH.contains(name) || name.startsWith("_")) {
            PyModule m = library(name);
            if (m != null) {
                return new Location(m, null, null);
            }
        }
        return search(name, name, List.of(path.toArray()));
    }

    /** Where {@code name} is in {@code entries} (a package's {@code __path__}), without the parent's import. */
    Location locateIn(String name, List<?> entries) {
        return search(name, name.substring(name.lastIndexOf('.') + 1), entries);
    }

    /**
     * A module's place: a library module; a path that is a package's {@code __init__.py} or a
     * module's file; or the directories without {@code __init__.py} of that name on the search path,
     * all of them portions of one namespace package (PEP 420).
     */
    record Location(PyModule library, Path path, List<Path> portions) {
        /** The directories a package's submodules are searched in, or null for a plain module. */
        List<Path> searchLocations() {
            return portions != null ? portions : path != null && path.getFileName().toString().equals("__init__.py")
                    ? List.of(path.getParent()) : null;
        }
    }

    /** The first of {@code entries} holding {@code tail}; the library entry imports a library module as it finds it. */
    private Location search(String name, String tail, List<?> entries) {
        List<Path> portions = new java.util.ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof String dir)) {
                continue;
            }
            if (dir.equals(LIBRARY)) {
                PyModule m = library(name);
                if (m != null) {
                    return new Location(m, null, null);
                }
                continue;
            }
            Path base = directory(dir).resolve(tail);
            Path init = base.resolve("__init__.py");
            if (Files.isRegularFile(init)) {
                return new Location(null, init, null);
            }
            Path file = base.resolveSibling(tail + ".py");
            if (Files.isRegularFile(file)) {
                return new Location(null, file, null);
            }
            if (Files.isDirectory(base) && !portions.contains(base)) {
                portions.add(base);
            }
        }
        return portions.isEmpty() ? null : new Location(null, null, portions);
    }

    /** Runs what {@link #locate} found as {@code name} (a library module has run already). */
    private PyModule load(String name, Location at) {
        PyModule m = at.library();
        if (m == null) {
            List<Path> dirs = at.searchLocations();
            PyList pkgPath = null;
            if (dirs != null) {
                pkgPath = new PyList();
                for (Path dir : dirs) {
                    pkgPath.add(dir.toString());
                }
            }
            int dot = name.lastIndexOf('.');
            if (at.portions() != null) {
                m = namespacePackage(name, pkgPath);
            } else {
                m = load(name, at.path(), pkgPath != null ? name : dot < 0 ? "" : name.substring(0, dot), pkgPath);
            }
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            PyModule parent = listed(name.substring(0, dot));
            if (parent != null) {
                parent.set(name.substring(dot + 1), m);
            }
        }
        return m;
    }

    /** What a missing dotted module's message adds when its parent is no package: {@code ; 'os' is not a package}. */
    private String notAPackage(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        PyModule parent = listed(name.substring(0, dot));
        if (parent == null || parent.get("__path__") != null || isLibrary(parent) && Modules.isPackage(parent.name)) {
            return "";
        }
        return "; '" + parent.name + "' is not a package";
    }

    /**
     * The module {@code sys.modules} holds for {@code name}, or null to import it: a script may put
     * a module of its own there ({@code types.ModuleType}) or delete an entry to have it run again,
     * as in CPython. None there stops the import, as CPython's.
     */
    private PyModule listed(String name) {
        Object o = interp.moduleDict().get(name);
        if (o == null) {
            return null;
        }
        if (o instanceof PyModule m) {
            if (interp.loadedModule(name) != m) {
                interp.addModule(name, m);
            }
            return m;
        }
        if (o == PyNone.NONE) {
            throw notFound(name, "import of " + name + " halted; None in sys.modules");
        }
        // CPython binds whatever object is there; this import system works with modules only
        throw Exceptions.importError(Exceptions.IMPORT_ERROR, "sys.modules['" + name + "'] is a "
                + Ops.typeName(o) + ", not a module: importing it is not supported", name, null);
    }

    private static boolean isLibrary(PyModule m) {
        return !(m.get("__file__") instanceof String f) || f.startsWith("<frozen");
    }

    /** A bundled module (Java binding or {@code lib/} source), or null. */
    private PyModule library(String name) {
        PyModule m = Modules.create(name, interp);
        if (m != null) {
            if (!(m.get("__file__") instanceof String)) {
                m.markBuiltin();   // a Java binding, not a lib/ module run from its source
            }
            m.claimFunctions();
            if (m.get("__package__") == null) {   // os.path is posixpath, whose package stays ''
                int dot = name.lastIndexOf('.');
                m.set("__package__", Modules.isPackage(name) ? name : dot < 0 ? "" : name.substring(0, dot));
            }
            interp.addModule(name, m);
        }
        return m;
    }

    private PyModule namespacePackage(String name, PyList pkgPath) {
        PyModule m = new PyModule(name, interp);
        m.set("__path__", pkgPath);
        m.set("__package__", name);
        m.set("__file__", PyNone.NONE);
        interp.addModule(name, m);
        return m;
    }

    private PyModule load(String name, Path file, String pkg, PyList pkgPath) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw Exceptions.importError(Exceptions.IMPORT_ERROR, "cannot read " + file + ": " + e.getMessage(),
                    name, file.toString());
        }
        return interp.runModule(new SourceFile(file.toString(), text), name, pkg, pkgPath);
    }

    /**
     * The source {@code -m name} runs as {@code __main__}, and its package: the parent packages are
     * imported (their {@code __init__} runs), the module itself is not. A package runs its
     * {@code __main__} submodule. @throws PyException ImportError with python3's message for {@code -m}
     */
    ModuleSource mainSource(String name) {
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        String tail = name.substring(dot + 1);
        List<?> entries;
        if (dot < 0) {
            entries = List.copyOf(path);
        } else {
            PyModule parent;
            try {
                parent = importModule(pkg);
            } catch (PyException e) {
                // the parent or an ancestor is missing; an import inside their bodies failing is their error
                Object missing = e.value.type().isSubclassOf(Exceptions.MODULE_NOT_FOUND_ERROR)
                        ? Ops.getAttrOrNull(e.value, "name") : null;
                if (!(missing instanceof String m) || !(m.equals(pkg) || pkg.startsWith(m + "."))) {
                    throw e;
                }
                throw specError(name, e);
            }
            Object parentPath = parent.get("__path__");
            if (parentPath == null) {
                ModuleSource found = isLibrary(parent) ? libraryMain(name, pkg) : null;
                if (found != null) {
                    return found;
                }
                if (isLibrary(parent) && Modules.isPackage(pkg)) {
                    throw notFound(name, "No module named " + name); // a package whose submodules are Java
                }
                throw specError(name, notFound(name, "__path__ attribute not found on '" + pkg
                        + "' while trying to find '" + name + "'"));
            }
            entries = Ops.toList(parentPath);
        }
        for (Object entry : entries) {
            if (!(entry instanceof String dir)) {
                continue;
            }
            if (dir.equals(LIBRARY) && dot < 0) {
                ModuleSource found = libraryMain(name, pkg);
                if (found != null) {
                    return found;
                }
                continue;
            }
            Path base = directory(dir).resolve(tail);
            if (Files.isRegularFile(base.resolve("__init__.py")) || Files.isDirectory(base)
                    && !Files.isRegularFile(base.resolveSibling(tail + ".py"))) {
                if (name.endsWith(".__main__") || !Files.isRegularFile(base.resolve("__main__.py"))
                        && !Files.isRegularFile(base.resolve("__init__.py"))) {
                    continue;
                }
                try {
                    return mainSource(name + ".__main__");
                } catch (PyException e) {
                    if (e.value.type().isSubclassOf(Exceptions.MODULE_NOT_FOUND_ERROR)) {
                        throw notFound(name, "No module named " + name + ".__main__; '" + name
                                + "' is a package and cannot be directly executed");
                    }
                    throw e;
                }
            }
            Path file = base.resolveSibling(tail + ".py");
            if (Files.isRegularFile(file)) {
                try {
                    return new ModuleSource(name, new SourceFile(file.toString(), Files.readString(file)), pkg);
                } catch (IOException e) {
                    throw Exceptions.importError(Exceptions.IMPORT_ERROR, "cannot read " + file + ": "
                            + e.getMessage(), name, file.toString());
                }
            }
        }
        throw notFound(name, "No module named " + name);
    }

    /**
     * What {@code -m name} runs from the bundled library: a module's source, or a package's
     * {@code __main__}; null when the library has no module of that name. @throws PyException
     * ImportError, as python3's, for a package without {@code __main__} and a module written in Java
     */
    private ModuleSource libraryMain(String name, String pkg) {
        if (Modules.isPackage(name)) {
            String main = name + ".__main__";
            String mainText = Modules.source(main);
            if (mainText == null) {
                throw notFound(name, "No module named " + main + "; '" + name + "' is a package and cannot be directly executed");
            }
            return new ModuleSource(main, new SourceFile("<frozen " + main + ">", mainText), name);
        }
        String text = Modules.source(name);
        if (text != null) {
            return new ModuleSource(name, new SourceFile("<frozen " + name + ">", text), pkg);
        }
        PyModule binding;
        try {
            binding = Modules.isLibraryName(name) ? importModule(name) : null;
        } catch (PyException e) {
            if (!e.value.type().isSubclassOf(Exceptions.MODULE_NOT_FOUND_ERROR)) {
                throw e;
            }
            return null;
        }
        if (binding != null && binding.isBuiltin()) {
            throw Exceptions.importError(Exceptions.IMPORT_ERROR, "No code object available for " + name, name, null);
        }
        return null;
    }

    /**
     * Where a path entry points: "" is the working directory, as in CPython; a relative entry is
     * made absolute, as CPython's path finders make it, so modules' {@code __file__} are absolute.
     */
    private static Path directory(String entry) {
        return Path.of(entry.isEmpty() ? System.getProperty("user.dir") : entry).toAbsolutePath();
    }

    private static PyException notFound(String name, String message) {
        return Exceptions.importError(Exceptions.MODULE_NOT_FOUND_ERROR, message, name, null);
    }

    /** What {@code -m name} and runpy report when finding {@code name} failed with {@code cause}, raised from it. */
    private static PyException specError(String name, PyException cause) {
        PyException e = notFound(name, "Error while finding module specification for '" + name
                + "' (ModuleNotFoundError: " + Ops.str(cause.value) + ")");
        e.value.cause = cause.value;
        e.value.suppressContext = true;
        return e;
    }

    /**
     * The absolute name of {@code name} imported {@code level} packages up from {@code importer}
     * ({@code from ..pkg import x} in a module of package {@code a.b}: {@code a.pkg}).
     */
    static String resolveRelative(String name, int level, PyModule importer) {
        Object pkg = importer.get("__package__");
        return resolveRelative(name, level, pkg instanceof String p ? p : null);
    }

    /** {@link #resolveRelative(String, int, PyModule)} from the package's name (null or "": none). */
    static String resolveRelative(String name, int level, String p) {
        if (p == null || p.isEmpty()) {
            throw Exceptions.importError(Exceptions.IMPORT_ERROR, "attempted relative import with no known parent package",
                    null, null);
        }
        String base = p;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Exceptions.importError(Exceptions.IMPORT_ERROR,
                        "attempted relative import beyond top-level package", null, null);
            }
            base = base.substring(0, dot);
        }
        return name == null || name.isEmpty() ? base : base + "." + name;
    }

    /**
     * The bundled library's {@code sys.path} entry: the jar (or class directory) it is read from,
     * as CPython lists its {@code python311.zip}.
     */
    private static String libraryEntry() {
        try {
            java.security.CodeSource cs = Importer.class.getProtectionDomain().getCodeSource();
            if (cs != null && cs.getLocation() != null) {
                return Path.of(cs.getLocation().toURI()).toString();
            }
        } catch (Exception e) {
            // no location (an unusual class loader): fall through to a name
        }
        return "<tauraro library>";
    }
}
