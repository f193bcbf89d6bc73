package dev.tauraro.script.runtime;

import java.util.Arrays;

/**
 * Instances of the struct sequence classes lib/_structseq.py makes (os.stat_result, ...), made by
 * Java code without a script call: the first {@code nSequence} items are the tuple, the rest the
 * class's slots, in the order of its fields (that module declares the fields past the tuple as
 * {@code __slots__}, in order, on a tuple base that has none).
 */
public final class StructSequences {
    private StructSequences() {
    }

    /** An instance of the struct sequence class {@code cls} holding {@code items}. */
    public static PyDerived make(PyClass cls, int nSequence, Object[] items) {
        PyDerived made = PyDerived.of(cls, new PyTuple(Arrays.copyOf(items, nSequence)));
        if (made.slots == null || made.slots.length != items.length - nSequence) {
            throw Exceptions.newException(Exceptions.SYSTEM_ERROR, cls.name + " is not a struct sequence of "
                    + items.length + " fields");
        }
        System.arraycopy(items, nSequence, made.slots, 0, made.slots.length);
        return made;
    }
}
