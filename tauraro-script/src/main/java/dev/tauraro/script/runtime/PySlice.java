package dev.tauraro.script.runtime;

/** A slice object {@code start:stop:step}; absent parts are {@code None}. */
public record PySlice(Object start, Object stop, Object step) {
    /** (start, stop, step): slices compare as these tuples (CPython's slice_richcompare) and pickle as them. */
    PyTuple items() {
        return new PyTuple(new Object[] {start, stop, step});
    }

    @Override
    public String toString() {
        return "slice(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")";
    }
}
