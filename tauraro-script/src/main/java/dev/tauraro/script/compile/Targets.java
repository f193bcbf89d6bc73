package dev.tauraro.script.compile;

import dev.tauraro.script.runtime.AttrSite;
import dev.tauraro.script.runtime.Cell;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.ExprNode;
import dev.tauraro.script.runtime.Frame;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyTuple;

/** Assignment targets: where {@code =}, {@code for}, {@code with ... as}, {@code del} store. */
final class Targets {
    private Targets() {
    }

    abstract static class Target {
        abstract void store(Frame f, Object v);

        abstract void delete(Frame f);
    }

    static final class Local extends Target {
        final int slot;
        final String name;

        Local(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        void store(Frame f, Object v) {
            f.slots[slot] = v;
        }

        @Override
        void delete(Frame f) {
            if (f.slots[slot] == null) {
                throw Exceptions.newException(Exceptions.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                        + name + "' where it is not associated with a value");
            }
            f.slots[slot] = null;
        }
    }

    static final class CellTarget extends Target {
        final int slot;
        final String name;

        CellTarget(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        void store(Frame f, Object v) {
            ((Cell) f.slots[slot]).value = v;
        }

        @Override
        void delete(Frame f) {
            ((Cell) f.slots[slot]).value = null;
        }
    }

    static final class Global extends Target {
        final Cell cell;

        Global(Cell cell) {
            this.cell = cell;
        }

        @Override
        void store(Frame f, Object v) {
            cell.value = v;
        }

        @Override
        void delete(Frame f) {
            if (cell.value == null) {
                throw Exceptions.nameError(cell.name);
            }
            cell.value = null;
        }
    }

    /** A name in a class body: the class namespace. */
    static final class ClassName extends Target {
        final String name;

        ClassName(String name) {
            this.name = name;
        }

        @Override
        void store(Frame f, Object v) {
            f.namespace.put(name, v);
        }

        @Override
        void delete(Frame f) {
            if (f.namespace.remove(name) == null) {
                throw Exceptions.nameError(name);
            }
        }
    }

    static final class Attr extends Target {
        final ExprNode obj;
        final AttrSite site;

        private final int objSlot;

        Attr(ExprNode obj, String name) {
            this.obj = obj;
            this.site = new AttrSite(name);
            this.objSlot = Nodes.localSlot(obj);
        }

        @Override
        void store(Frame f, Object v) {
            site.set(Nodes.evalObj(obj, objSlot, f), v);
        }

        @Override
        void delete(Frame f) {
            Ops.delAttr(obj.eval(f), site.name());
        }
    }

    static final class Item extends Target {
        final ExprNode obj;
        final ExprNode index;

        Item(ExprNode obj, ExprNode index) {
            this.obj = obj;
            this.index = index;
        }

        @Override
        void store(Frame f, Object v) {
            Object o = obj.eval(f);
            Ops.setItem(o, index.eval(f), v);
        }

        @Override
        void delete(Frame f) {
            Object o = obj.eval(f);
            Ops.delItem(o, index.eval(f));
        }
    }

    /** {@code o[lo:hi:step] = value}: as {@link Nodes.SliceItem}, a list's slice assigned without a slice object. */
    static final class SliceItem extends Target {
        final ExprNode obj;
        final Nodes.SliceNode slice;

        SliceItem(ExprNode obj, Nodes.SliceNode slice) {
            this.obj = obj;
            this.slice = slice;
        }

        @Override
        void store(Frame f, Object v) {
            Object o = obj.eval(f);
            Nodes.SliceNode s = slice;
            Object lo = Nodes.SliceNode.bound(s.lo, f);
            Object hi = Nodes.SliceNode.bound(s.hi, f);
            Object step = Nodes.SliceNode.bound(s.step, f);
            Ops.setSlice(o, lo, hi, step, v);
        }

        @Override
        void delete(Frame f) {
            Object o = obj.eval(f);
            Ops.delItem(o, slice.eval(f));
        }
    }

    /** {@code a, *b, c = value}. */
    static final class Unpack extends Target {
        final Target[] targets;
        final int star;

        /**
         * The frame slots of the targets when all are plain locals and none starred ({@code a, b = t},
         * the usual case), else null: a tuple or list of the right length is then stored slot by slot
         * without a copy of a list's items or a call per target. Storing into locals runs no
         * Python code, so nothing can change the list midway (what the copy is for otherwise).
         */
        private final int[] localSlots;
        /**
         * The first of {@link #localSlots} when they are consecutive ({@code a, b, c} first bound
         * in that order, the usual layout), else -1: a tuple's items are then one array copy, and a
         * list's are stored without reading the slot numbers.
         */
        private final int firstSlot;

        Unpack(Target[] targets, int star) {
            this.targets = targets;
            this.star = star;
            int[] slots = star < 0 ? new int[targets.length] : null;
            for (int i = 0; slots != null && i < targets.length; i++) {
                if (targets[i] instanceof Local l) {
                    slots[i] = l.slot;
                } else {
                    slots = null;
                }
            }
            this.localSlots = slots;
            int first = slots == null || slots.length == 0 ? -1 : slots[0];
            for (int i = 1; first >= 0 && i < slots.length; i++) {
                if (slots[i] != first + i) {
                    first = -1;
                }
            }
            this.firstSlot = first;
        }

        /** The two frame slots of {@code a, b} when both are plain locals, else null. */
        int[] localPair() {
            return localSlots != null && localSlots.length == 2 ? localSlots : null;
        }

        @Override
        void store(Frame f, Object v) {
            if (localSlots != null && storedInLocals(f.slots, v)) {
                return;
            }
            Object[] items;
            if (v instanceof PyTuple t) {
                items = t.items;
            } else if (v instanceof PyList l) {
                items = l.toArray();
            } else {
                if (!(v instanceof Iterable) && Ops.getAttrOrNull(v, "__iter__") == null
                        && !(v instanceof String) && !(v instanceof PyIterator)
                        && !(v instanceof dev.tauraro.script.runtime.PyDict)
                        && !(v instanceof dev.tauraro.script.runtime.PyRange)
                        && !(v instanceof dev.tauraro.script.runtime.PyGenerator)
                        && !(v instanceof dev.tauraro.script.runtime.PyInstance)) {
                    throw Exceptions.typeError("cannot unpack non-iterable " + Ops.typeName(v) + " object");
                }
                items = star < 0 ? take(v, targets.length + 1) : Ops.toList(v).toArray();
            }
            int n = targets.length;
            if (star < 0) {
                if (items.length != n) {
                    if (items.length > n) {
                        throw Exceptions.valueError("too many values to unpack (expected " + n + ")");
                    }
                    throw Exceptions.valueError("not enough values to unpack (expected " + n + ", got "
                            + items.length + ")");
                }
                for (int i = 0; i < n; i++) {
                    targets[i].store(f, items[i]);
                }
                return;
            }
            if (items.length < n - 1) {
                throw Exceptions.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got "
                        + items.length + ")");
            }
            for (int i = 0; i < star; i++) {
                targets[i].store(f, items[i]);
            }
            int after = n - star - 1;
            PyList rest = new PyList();
            for (int i = star; i < items.length - after; i++) {
                rest.add(items[i]);
            }
            targets[star].store(f, rest);
            for (int i = 0; i < after; i++) {
                targets[star + 1 + i].store(f, items[items.length - after + i]);
            }
        }

        /** Stores a tuple's or a list's items of the targets' count in {@link #localSlots}; false for anything else. */
        private boolean storedInLocals(Object[] frameSlots, Object v) {
            int[] slots = localSlots;
            int n = slots.length;
            if (v instanceof PyTuple t && t.items.length == n) {
                Object[] items = t.items;
                if (firstSlot >= 0) {
                    System.arraycopy(items, 0, frameSlots, firstSlot, n);
                    return true;
                }
                for (int i = 0; i < n; i++) {
                    frameSlots[slots[i]] = items[i];
                }
                return true;
            }
            if (v instanceof PyList l && l.size() == n) {
                int first = firstSlot;
                if (first >= 0) {
                    for (int i = 0; i < n; i++) {
                        frameSlots[first + i] = l.get(i);
                    }
                    return true;
                }
                for (int i = 0; i < n; i++) {
                    frameSlots[slots[i]] = l.get(i);
                }
                return true;
            }
            return false;
        }

        /**
         * At most {@code max} items of an iterable: without a starred target, one item beyond the
         * targets is enough to know there are too many, and CPython takes no more (an endless
         * iterator then raises instead of never ending, and a generator is not run further).
         */
        private static Object[] take(Object v, int max) {
            PyIterator it = Ops.iter(v);
            Object[] got = new Object[max];
            int n = 0;
            while (n < max) {
                Object x = it.next();
                if (x == null) {
                    return java.util.Arrays.copyOf(got, n);
                }
                got[n++] = x;
            }
            return got;
        }

        @Override
        void delete(Frame f) {
            for (Target t : targets) {
                t.delete(f);
            }
        }
    }
}
