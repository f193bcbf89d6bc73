package dev.tauraro.script.runtime;

/** Python's {@code range} over longs. */
public record PyRange(long start, long stop, long step) {
    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start + step - 1) / step : 0;
        }
        return start > stop ? (start - stop - step - 1) / -step : 0;
    }

    public PyIterator iterator() {
        return new PyIterator(Types.RANGE_ITERATOR) {
            long next = start;

            @Override
            public Object next() {
                long n = next;
                if (step > 0 ? n >= stop : n <= stop) {
                    return null;
                }
                next = n + step;
                return n;
            }
        };
    }

    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
