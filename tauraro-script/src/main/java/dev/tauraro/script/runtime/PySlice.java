package dev.tauraro.script.runtime;

/** A slice object {@code start:stop:step}; absent parts are {@code None}. */
public record PySlice(Object start, Object stop, Object step) {
    @Override
    public String toString() {
        return "slice(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")";
    }
}
