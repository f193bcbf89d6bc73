package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;

/**
 * {@code importlib}: {@code import_module(name, package=None)} over the interpreter's import system
 * (absolute or relative names; the module itself is returned, not its top package), and
 * {@code invalidate_caches()}, which has nothing to clear since directories are not cached.
 * {@code reload} and the finder/loader machinery are absent.
 */
final class ImportlibModule {
    private ImportlibModule() {
    }

    static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("importlib", interp);
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
        return m;
    }
}
