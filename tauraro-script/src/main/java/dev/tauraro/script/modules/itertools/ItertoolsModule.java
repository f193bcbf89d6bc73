package dev.tauraro.script.modules.itertools;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyModule;

/**
 * {@code itertools}: its iterators are Java types (see {@link Tool}), so iterating one costs a Java
 * call per item rather than the resumption of a script generator, and each is a type as CPython's
 * (named, checked at the call, subclassable, with CPython's reprs).
 */
public final class ItertoolsModule {
    private ItertoolsModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("itertools", interp);
        for (dev.tauraro.script.runtime.PyClass c : new dev.tauraro.script.runtime.PyClass[] {
            Infinite.COUNT, Infinite.CYCLE, Infinite.REPEAT, Combining.ACCUMULATE, Combining.CHAIN, Filters.COMPRESS,
            Filters.DROPWHILE, Filters.FILTERFALSE, GroupBy.GROUPBY, GroupBy.GROUPER, Filters.ISLICE,
            Combining.PAIRWISE, Combining.STARMAP, Filters.TAKEWHILE, Tee.TYPE, Combining.ZIP_LONGEST,
            Combinatorics.PRODUCT, Combinatorics.PERMUTATIONS, Combinatorics.COMBINATIONS,
            Combinatorics.COMBINATIONS_WITH_REPLACEMENT}) {
            m.set(c.name, c);
        }
        m.set("tee", Tee.TEE);
        return m;
    }
}
