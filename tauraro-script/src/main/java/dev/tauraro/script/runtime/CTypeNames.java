package dev.tauraro.script.runtime;

import java.util.Set;

/**
 * Library classes (written in the script language or bound from Java) that stand for types CPython
 * implements in C.
 * A C type's name in messages ({@code tp_name}) carries its module: "unsupported operand type(s)
 * for +: 'datetime.timedelta' and 'int'", where a Python class shows only its name. Classes made in
 * these modules under these names print the qualified name wherever {@link Ops#typeName} is used.
 */
final class CTypeNames {
    private CTypeNames() {
    }

    private static final Set<String> QUALIFIED = Set.of(
            "datetime.date", "datetime.time", "datetime.datetime", "datetime.timedelta", "datetime.tzinfo",
            "datetime.timezone", "datetime.IsoCalendarDate", "time.struct_time", "decimal.Decimal", "decimal.Context",
            "types.GenericAlias", "types.UnionType",
            // Java-backed classes of C modules
            "_io.BytesIO", "_io.StringIO", "_io.TextIOWrapper", "_io.FileIO", "_io.BufferedReader",
            "_io.BufferedWriter", "_io.BufferedRandom", "re.Match", "_hashlib.HASH", "zlib.Compress",
            "zlib.Decompress", "_thread.lock",
            "itertools.count", "itertools.cycle", "itertools.repeat", "itertools.accumulate", "itertools.chain",
            "itertools.compress", "itertools.dropwhile", "itertools.filterfalse", "itertools.groupby",
            "itertools._grouper", "itertools.islice", "itertools.pairwise", "itertools.starmap",
            "itertools.takewhile", "itertools._tee", "itertools.zip_longest", "itertools.product",
            "itertools.permutations", "itertools.combinations", "itertools.combinations_with_replacement");

    /**
     * Library modules written in the script language whose CPython counterpart is all C, so that
     * a traceback shows none of their frames: an error raised inside {@code decimal} appears, as
     * in CPython, at the line of the script that called it.
     */
    private static final Set<String> C_MODULE_FILES = Set.of("<frozen decimal>");

    /**
     * Library modules whose {@code __getattr__} (PEP 562) makes some of their classes on first use
     * where CPython's module defines them at import and has no such function: its frame is left out
     * of tracebacks, so that {@code os.nothing} fails as it does in CPython, at the caller's line.
     */
    private static final Set<String> LAZY_ATTRIBUTE_FILES = Set.of("<frozen os>");

    /** Whether the frame of function {@code function} of code from {@code file} is left out of tracebacks. */
    static boolean hidesFrame(String file, String function) {
        return C_MODULE_FILES.contains(file)
                || function.equals("__getattr__") && LAZY_ATTRIBUTE_FILES.contains(file);
    }

    /** The modules of {@link #QUALIFIED}: classes of other modules (most, and every built-in one) need no lookup. */
    private static final Set<String> MODULES = modules();

    private static Set<String> modules() {
        Set<String> m = new java.util.HashSet<>();
        for (String q : QUALIFIED) {
            m.add(q.substring(0, q.lastIndexOf('.')));
        }
        return m;
    }

    /** The name messages show for a class {@code name} made in module {@code module}. */
    static String of(String module, String name) {
        if (module == null || !MODULES.contains(module)) {
            return name;
        }
        String qualified = module + "." + name;
        return QUALIFIED.contains(qualified) ? qualified : name;
    }
}
