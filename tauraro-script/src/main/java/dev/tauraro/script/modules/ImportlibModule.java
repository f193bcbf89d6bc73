package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.ModuleSource;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;

/**
 * {@code _importlib}, under the script package {@code importlib} (lib/importlib.py and its
 * submodules): {@code import_module(name, package=None)} over the interpreter's import system
 * (absolute or relative names; the module itself is returned, not its top package),
 * {@code invalidate_caches()}, which has nothing to clear since directories are not cached,
 * {@code find(name, path=None)}, where an import would find a module ({@link Interpreter#locateModule};
 * in the directories of {@code path} when given), and
 * {@code kind(module)}: 'built-in' for a Java binding, 'frozen' for a library module written in
 * script, 'file' for one run from a file, None otherwise (what module specs' origins say);
 * {@code is_package(name)}, {@code source(name)} and {@code library_dir(name)} of a library module
 * (None when it has none); {@code main_source(name)}, what {@code -m name} would run, as
 * {@code (module name, file name, source text, package)}, for runpy.
 */
final class ImportlibModule {
    private ImportlibModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_importlib", interp);
        m.set("import_module", new BuiltinFunction("import_module", (a, k) -> {
            Args args = Args.of("import_module", a, k, "name", "package");
            String name = Ops.str(args.required(0, "name"));
            Object pkg = args.get(1, "package", PyNone.NONE);
            int level = 0;
            while (level < name.length() && name.charAt(level) == '.') {
                level++;
            }
            if (level > 0) {
                if (pkg == PyNone.NONE || Ops.str(pkg).isEmpty()) {
                    throw Exceptions.typeError("the 'package' argument is required to perform a relative import for "
                            + Ops.repr(name));
                }
                name = interp.resolveRelative(name.substring(level), level, Ops.str(pkg));
            }
            if (name.isEmpty()) {
                throw Exceptions.valueError("Empty module name");
            }
            return interp.importModule(name);
        }));
        m.set("invalidate_caches", new BuiltinFunction("invalidate_caches", (a, k) -> PyNone.NONE));
        m.set("find", new BuiltinFunction("find", (a, k) -> {
            Args args = Args.of("find", a, k, "name", "path");
            String name = Ops.str(args.required(0, "name"));
            Object path = args.get(1, "path", PyNone.NONE);
            return path == PyNone.NONE ? interp.locateModule(name) : interp.locateModule(name, Ops.toList(path));
        }));
        m.set("is_package", new BuiltinFunction("is_package", (a, k) -> Modules.isPackage(Ops.str(a[0]))));
        m.set("source", new BuiltinFunction("source", (a, k) -> {
            String text = Modules.source(Ops.str(a[0]));
            return text == null ? PyNone.NONE : text;
        }));
        m.set("main_source", new BuiltinFunction("main_source", (a, k) -> {
            ModuleSource found = interp.findMainModule(Ops.str(Args.of("main_source", a, k, "name").required(0, "name")));
            return new PyTuple(new Object[] {found.name(), found.src().name(), found.src().text(), found.pkg()});
        }));
        m.set("library_dir", new BuiltinFunction("library_dir", (a, k) -> {
            java.nio.file.Path dir = Modules.packageDirectory(Ops.str(a[0]));
            return dir == null ? PyNone.NONE : dir.toString();
        }));
        m.set("kind", new BuiltinFunction("kind", (a, k) -> {
            if (a.length != 1 || !(a[0] instanceof PyModule mod)) {
                throw Exceptions.typeError("kind() takes a module");
            }
            Object file = mod.get("__file__");
            return mod.isBuiltin() ? "built-in" : file instanceof String f ? f.startsWith("<frozen ") ? "frozen" : "file"
                    : PyNone.NONE;
        }));
        return m;
    }
}
