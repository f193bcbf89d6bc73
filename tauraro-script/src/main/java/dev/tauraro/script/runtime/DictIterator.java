package dev.tauraro.script.runtime;

/**
 * An iterator over a {@link PyDict}'s keys, values or items, forwards or reversed, with the rules of
 * CPython 3.11's dict iterators ({@code dictiter_iternextkey} and friends in {@code dictobject.c}).
 *
 * <p>It walks the entry positions of the dict as they are at each step, so it costs nothing to
 * create and follows the dict live. A change of size since the iterator was made raises "dictionary
 * changed size during iteration" (and keeps raising it); a forward iterator that finds more keys than
 * the dict had (keys deleted and others added, leaving the size equal) raises "dictionary keys
 * changed during iteration". Once exhausted it stays exhausted, whatever is added later.
 */
final class DictIterator extends PyIterator {
    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;

    /** Null once exhausted or failed (CPython's {@code di_dict = NULL}). */
    private PyDict dict;
    private final int kind;
    private final boolean reversed;
    /** The size the dict had; -1 after a size change was reported, so it is reported again. */
    private int used;
    private int pos;
    /** Items still expected. */
    private int len;

    DictIterator(PyDict dict, int kind, boolean reversed) {
        super(type(kind, reversed));
        this.dict = dict;
        this.kind = kind;
        this.reversed = reversed;
        this.used = dict.size();
        this.len = used;
        this.pos = reversed ? dict.entryCount() - 1 : 0;
    }

    /** CPython's type for the iterator: {@code dict_keyiterator}, {@code dict_reverseitemiterator}, ... */
    static PyClass type(int kind, boolean reversed) {
        return switch (kind) {
            case KEYS -> reversed ? Types.DICT_REVERSEKEYITERATOR : Types.DICT_KEYITERATOR;
            case VALUES -> reversed ? Types.DICT_REVERSEVALUEITERATOR : Types.DICT_VALUEITERATOR;
            default -> reversed ? Types.DICT_REVERSEITEMITERATOR : Types.DICT_ITEMITERATOR;
        };
    }

    @Override
    public Object lengthHint() { // CPython's dictiter_len: 0 once the dict changed size or the walk ended
        return dict != null && used == dict.size() ? (long) len : 0L;
    }

    @Override
    public Object next() {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        if (used != d.size()) {
            used = -1;
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "dictionary changed size during iteration");
        }
        int i = pos;
        if (reversed) {
            // a resize since the last step may have compacted the entries below the position
            i = Math.min(i, d.entryCount() - 1);
            while (i >= 0 && d.keyAt(i) == null) {
                i--;
            }
            if (i < 0) {
                dict = null;
                return null;
            }
            pos = i - 1;
        } else {
            int n = d.entryCount();
            while (i < n && d.keyAt(i) == null) {
                i++;
            }
            if (i >= n) {
                dict = null;
                return null;
            }
            if (len == 0) {
                dict = null;
                throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "dictionary keys changed during iteration");
            }
            pos = i + 1;
        }
        len--;
        return switch (kind) {
            case KEYS -> d.keyAt(i);
            case VALUES -> d.valueAt(i);
            default -> new PyTuple(new Object[] {d.keyAt(i), d.valueAt(i)});
        };
    }
}
