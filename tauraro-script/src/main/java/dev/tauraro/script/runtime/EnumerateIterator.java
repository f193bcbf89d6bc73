package dev.tauraro.script.runtime;

/**
 * An {@code enumerate} object counting in a long (the usual start). Its parts are open to the
 * {@code for} loop over a pair of local names ({@code for i, x in enumerate(seq)}), which stores
 * the count and the item straight into their slots instead of making the pair tuple to unpack; it
 * advances this same object, so a {@code next()} on it inside the loop sees one stream of counts.
 */
public final class EnumerateIterator extends PyIterator {
    public final PyIterator source;
    /** The count that goes with the source's next item. */
    public long index;

    public EnumerateIterator(PyClass type, PyIterator source, long start) {
        super(type);
        this.source = source;
        this.index = start;
    }

    @Override
    public Object next() {
        Object v = source.next();   // the count is read after the item, as CPython's enum_next does
        return v == null ? null : new PyTuple(new Object[] {index++, v});
    }
}
