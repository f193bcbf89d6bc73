package dev.tauraro.script.compile;

import dev.tauraro.script.runtime.AttrSite;
import dev.tauraro.script.runtime.EnumerateIterator;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.ExprNode;
import dev.tauraro.script.runtime.Frame;
import dev.tauraro.script.runtime.Int128;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.Metaclasses;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyFunction;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyRange;
import dev.tauraro.script.runtime.PySet;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.StmtNode;
import java.math.BigInteger;

/** The executable statement nodes (plain, non-suspending forms; see {@link Resumable}). */
final class Stmts {
    private Stmts() {
    }

    /**
     * A statement sequence. It records the line of the statement an exception came from, which is
     * what tracebacks show, and turns stray Java exceptions into script ones.
     */
    static final class Block extends StmtNode {
        final StmtNode[] stmts;

        Block(int line, StmtNode[] stmts) {
            super(line);
            this.stmts = stmts;
        }

        @Override
        public int exec(Frame f) {
            StmtNode[] s = stmts;
            int i = 0;
            try {
                for (; i < s.length; i++) {
                    f.line = s[i].line;   // the live line sys._getframe() reports
                    int r = s[i].exec(f);
                    if (r != NORMAL) {
                        return r;
                    }
                }
                return NORMAL;
            } catch (PyException e) {
                e.noteLine(s[i].line);
                throw e;
            } catch (RuntimeException e) {
                PyException p = Interop.toPy(e);
                p.noteLine(s[i].line);
                throw p;
            }
        }
    }

    /**
     * Blocks of one and two statements get their own classes: each then has its own call sites,
     * which stay monomorphic or bimorphic in small functions, so HotSpot inlines through them.
     */
    static final class Block1 extends StmtNode {
        final StmtNode s0;

        Block1(int line, StmtNode s0) {
            super(line);
            this.s0 = s0;
        }

        @Override
        public int exec(Frame f) {
            f.line = s0.line;
            try {
                return s0.exec(f);
            } catch (PyException e) {
                e.noteLine(s0.line);
                throw e;
            } catch (RuntimeException e) {
                PyException p = Interop.toPy(e);
                p.noteLine(s0.line);
                throw p;
            }
        }
    }

    static final class Block2 extends StmtNode {
        final StmtNode s0;
        final StmtNode s1;

        Block2(int line, StmtNode s0, StmtNode s1) {
            super(line);
            this.s0 = s0;
            this.s1 = s1;
        }

        @Override
        public int exec(Frame f) {
            StmtNode current = s0;
            try {
                f.line = current.line;
                int r = current.exec(f);
                if (r != NORMAL) {
                    return r;
                }
                current = s1;
                f.line = current.line;
                return current.exec(f);
            } catch (PyException e) {
                e.noteLine(current.line);
                throw e;
            } catch (RuntimeException e) {
                PyException p = Interop.toPy(e);
                p.noteLine(current.line);
                throw p;
            }
        }
    }

    static StmtNode block(int line, StmtNode[] stmts) {
        return switch (stmts.length) {
            case 1 -> new Block1(line, stmts[0]);
            case 2 -> new Block2(line, stmts[0], stmts[1]);
            default -> new Block(line, stmts);
        };
    }

    /**
     * A top-level expression statement of code compiled in {@code 'single'} mode: prints the repr of
     * a value that is not None and keeps it in {@code builtins._}, as the interactive prompt does.
     */
    static final class Display extends StmtNode {
        final ExprNode value;
        final Object print;

        Display(int line, ExprNode value, Object print) {
            super(line);
            this.value = value;
            this.print = print;
        }

        @Override
        public int exec(Frame f) {
            Object v = value.eval(f);
            if (v != PyNone.NONE) {
                f.module.interp.builtins().put("_", v);
                Ops.call(print, Ops.repr(v));
            }
            return NORMAL;
        }
    }

    static final class ExprStmt extends StmtNode {
        final ExprNode value;

        ExprStmt(int line, ExprNode value) {
            super(line);
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            return value.eval(f) == Frame.SUSPEND ? SUSPEND : NORMAL;
        }
    }

    /**
     * A comprehension's step (see {@code Compiler.comprehensionStep}): adds the element, or the
     * key and value, to the list, set or dict the comprehension builds in {@code slot}.
     */
    static final class ComprehensionAdd extends StmtNode {
        final int slot;
        final ExprNode key;
        final ExprNode value;

        ComprehensionAdd(int line, int slot, ExprNode key, ExprNode value) {
            super(line);
            this.slot = slot;
            this.key = key;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object result = f.slots[slot];
            if (key != null) {
                Object k = key.eval(f);
                ((PyDict) result).put(k, value.eval(f));
            } else if (result instanceof PyList l) {
                l.add(value.eval(f));
            } else {
                ((PySet) result).add(value.eval(f));
            }
            return NORMAL;
        }
    }

    /**
     * {@code a, b = x, y}: the values are evaluated left to right, then stored left to right, as
     * unpacking the tuple would, without making the tuple.
     */
    static final class ParallelAssign extends StmtNode {
        final Targets.Target[] targets;
        final ExprNode[] values;

        ParallelAssign(int line, Targets.Target[] targets, ExprNode[] values) {
            super(line);
            this.targets = targets;
            this.values = values;
        }

        @Override
        public int exec(Frame f) {
            Object[] v = new Object[values.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = values[i].eval(f);
            }
            for (int i = 0; i < v.length; i++) {
                targets[i].store(f, v[i]);
            }
            return NORMAL;
        }
    }

    static final class Assign extends StmtNode {
        final Targets.Target[] targets;
        final ExprNode value;

        Assign(int line, Targets.Target[] targets, ExprNode value) {
            super(line);
            this.targets = targets;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object v = value.eval(f);
            if (v == Frame.SUSPEND) {
                return SUSPEND;
            }
            for (Targets.Target t : targets) {
                t.store(f, v);
            }
            return NORMAL;
        }
    }

    /**
     * {@code a, b = value}: as {@link Assign} with its one target, called directly rather than
     * through the targets' shared (megamorphic) {@code store} call.
     */
    static final class AssignUnpack extends StmtNode {
        final Targets.Unpack target;
        final ExprNode value;

        AssignUnpack(int line, Targets.Unpack target, ExprNode value) {
            super(line);
            this.target = target;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object v = value.eval(f);
            if (v == Frame.SUSPEND) {
                return SUSPEND;
            }
            target.store(f, v);
            return NORMAL;
        }
    }

    static final class AssignLocal extends StmtNode {
        final int slot;
        final ExprNode value;

        AssignLocal(int line, int slot, ExprNode value) {
            super(line);
            this.slot = slot;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            Object v = value.eval(f);
            if (v == Frame.SUSPEND) {
                return SUSPEND;
            }
            f.slots[slot] = v;
            return NORMAL;
        }
    }

    /**
     * {@code x += v} on a local: small-int fast path for {@code +}; with {@code accumulate} (the local is
     * a {@code +=} target) str/bytes concatenation appends to an {@link Accumulator} in the slot.
     */
    static final class AugLocal extends StmtNode {
        final int slot;
        final String name;
        final String op;
        final int code;
        final ExprNode value;
        final boolean accumulate;

        AugLocal(int line, int slot, String name, String op, ExprNode value, boolean accumulate) {
            super(line);
            this.slot = slot;
            this.name = name;
            this.op = op;
            this.code = BinOps.code(op);
            this.value = value;
            this.accumulate = accumulate;
        }

        @Override
        public int exec(Frame f) {
            Object[] s = f.slots;
            Object a = s[slot];
            if (a == null) {
                throw Exceptions.newException(Exceptions.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                        + name + "' where it is not associated with a value");
            }
            Object b = value.eval(f);
            if (b == Frame.SUSPEND) {
                return SUSPEND;
            }
            if (op == "+" && b instanceof Long) {
                if (a instanceof Long) {
                    long x = (Long) a;
                    long y = (Long) b;
                    long r = x + y;
                    s[slot] = ((x ^ r) & (y ^ r)) >= 0 ? (Object) r : Int128.add(x, y);
                    return NORMAL;
                }
                if (a instanceof Int128) {
                    s[slot] = ((Int128) a).add((long) (Long) b);
                    return NORMAL;
                }
            }
            if (accumulate) {
                if (op == "+") {
                    Object r = Accumulator.add(a, b);
                    if (r != null) {
                        s[slot] = r;
                        return NORMAL;
                    }
                }
                a = Accumulator.flat(a);
            }
            s[slot] = BinOps.inplace(op, code, a, b);
            return NORMAL;
        }
    }

    /** {@code target op= value} for names, attributes and items; the container is evaluated once. */
    static final class AugAssign extends StmtNode {
        final ExprNode read;
        final Targets.Target write;
        final ExprNode obj;
        final AttrSite attr;
        final ExprNode index;
        final String op;
        final int code;
        final ExprNode value;

        AugAssign(int line, ExprNode read, Targets.Target write, ExprNode obj, String attr, ExprNode index, String op,
                  ExprNode value) {
            super(line);
            this.read = read;
            this.write = write;
            this.obj = obj;
            this.attr = attr == null ? null : new AttrSite(attr);
            this.index = index;
            this.op = op;
            this.code = BinOps.code(op);
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            if (obj == null) {
                Object a = read.eval(f);
                Object b = value.eval(f);
                if (b == Frame.SUSPEND) {
                    return SUSPEND;
                }
                write.store(f, BinOps.inplace(op, code, a, b));
                return NORMAL;
            }
            Object o = obj.eval(f);
            if (attr != null) {
                Object a = attr.get(o);
                Object b = value.eval(f);
                if (b == Frame.SUSPEND) {
                    return SUSPEND;
                }
                attr.set(o, BinOps.inplace(op, code, a, b));
                return NORMAL;
            }
            Object k = index.eval(f);
            Object a = Ops.getItem(o, k);
            Object b = value.eval(f);
            if (b == Frame.SUSPEND) {
                return SUSPEND;
            }
            Ops.setItem(o, k, BinOps.inplace(op, code, a, b));
            return NORMAL;
        }
    }

    static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orElse;

        If(int line, ExprNode test, StmtNode body, StmtNode orElse) {
            super(line);
            this.test = test;
            this.body = body;
            this.orElse = orElse;
        }

        @Override
        public int exec(Frame f) {
            Object t = test.eval(f);
            if (t == Boolean.TRUE || (t != Boolean.FALSE && Ops.truthy(t))) {
                return body.exec(f);
            }
            return orElse == null ? NORMAL : orElse.exec(f);
        }
    }

    static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orElse;

        While(int line, ExprNode test, StmtNode body, StmtNode orElse) {
            super(line);
            this.test = test;
            this.body = body;
            this.orElse = orElse;
        }

        @Override
        public int exec(Frame f) {
            dev.tauraro.script.runtime.Interpreter interp = f.module.interp;
            while (Ops.truthy(test.eval(f))) {
                int s = body.exec(f);
                if (s != NORMAL) {
                    if (s == BREAK) {
                        return NORMAL;
                    }
                    if (s != CONTINUE) {
                        return s;
                    }
                }
                if (interp.switchRequested) { // back-edge: another thread waited a switch interval
                    interp.switchGil();
                }
            }
            return orElse == null ? NORMAL : orElse.exec(f);
        }
    }

    static final class For extends StmtNode {
        final Targets.Target target;
        /** The local slot of a plain local target, or -1. */
        final int localSlot;
        /** The two local slots of a target {@code a, b} of plain locals, or null. */
        final int[] pair;
        final ExprNode iter;
        final StmtNode body;
        final StmtNode orElse;

        For(int line, Targets.Target target, int localSlot, int[] pair, ExprNode iter, StmtNode body,
            StmtNode orElse) {
            super(line);
            this.target = target;
            this.localSlot = localSlot;
            this.pair = pair;
            this.iter = iter;
            this.body = body;
            this.orElse = orElse;
        }

        @Override
        public int exec(Frame f) {
            Object it = iter.eval(f);
            dev.tauraro.script.runtime.Interpreter interp = f.module.interp;
            if (it instanceof PyRange r && r.isLong() && localSlot >= 0) {
                // any step (range(0, n, 2 * dual) in FFT code): a count of items left, unsigned as
                // PyRange's size, and wrapping arithmetic past the last item, which is never stored
                long step = r.step();
                Object[] slots = f.slots;
                int slot = localSlot;
                StmtNode b = body;
                long i = r.start();
                for (long left = r.size(); left != 0; left--, i += step) {
                    slots[slot] = i;
                    int s = b.exec(f);
                    if (s != NORMAL) {
                        if (s == BREAK) {
                            return NORMAL;
                        }
                        if (s != CONTINUE) {
                            return s;
                        }
                    }
                    if (interp.switchRequested) {
                        interp.switchGil();
                    }
                }
            } else if (it instanceof EnumerateIterator e && pair != null) {
                // for i, x in enumerate(...): the count and the item into their slots, no pair tuple
                Object[] slots = f.slots;
                int first = pair[0];
                int second = pair[1];
                for (Object v = e.source.next(); v != null; v = e.source.next()) {
                    slots[first] = e.index++;
                    slots[second] = v;
                    int s = body.exec(f);
                    if (s != NORMAL && s != CONTINUE) {
                        return s == BREAK ? NORMAL : s;
                    }
                    if (interp.switchRequested) {
                        interp.switchGil();
                    }
                }
            } else {
                PyIterator iterator = Ops.iter(it);
                for (Object v = iterator.next(); v != null; v = iterator.next()) {
                    target.store(f, v);
                    int s = body.exec(f);
                    if (s != NORMAL) {
                        if (s == BREAK) {
                            return NORMAL;
                        }
                        if (s != CONTINUE) {
                            return s;
                        }
                    }
                    if (interp.switchRequested) {
                        interp.switchGil();
                    }
                }
            }
            return orElse == null ? NORMAL : orElse.exec(f);
        }
    }

    static final class Return extends StmtNode {
        final ExprNode value;

        Return(int line, ExprNode value) {
            super(line);
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            if (value == null) {
                f.ret = PyNone.NONE;
                return RETURN;
            }
            Object v = value.eval(f);
            if (v == Frame.SUSPEND) {
                return SUSPEND;
            }
            f.ret = v;
            return RETURN;
        }
    }

    static final class Jump extends StmtNode {
        final int status;

        Jump(int line, int status) {
            super(line);
            this.status = status;
        }

        @Override
        public int exec(Frame f) {
            return status;
        }
    }

    static final class Raise extends StmtNode {
        final ExprNode exc;
        final ExprNode cause;

        Raise(int line, ExprNode exc, ExprNode cause) {
            super(line);
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        public int exec(Frame f) {
            if (exc == null) {
                // the frame's own handler, else one of a calling frame (a function called from an except block)
                PyBaseException h = f.handling != null ? f.handling
                        : dev.tauraro.script.runtime.CallDepth.current().handled;
                if (h == null) {
                    throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "No active exception to reraise");
                }
                PyException again = new PyException(h);
                int n = h.traceback.size();
                if (n > 0) {
                    PyBaseException.TraceEntry last = h.traceback.get(n - 1);
                    if (last.function().equals(f.codeName()) && last.file().equals(f.fileName())) {
                        // a bare raise re-raises from the original line of this frame
                        h.traceback.remove(n - 1);
                        again.pendingLine = last.line();
                        again.pendingPosition = last.position();
                    }
                }
                throw again;
            }
            PyException e = Interop.raiseable(exc.eval(f));
            if (cause != null) {
                Object c = cause.eval(f);
                if (c == PyNone.NONE) {
                    e.value.cause = null;
                } else {
                    e.value.cause = Interop.raiseable(c).value;
                }
                e.value.suppressContext = true;
            }
            if (f.handling != null && f.handling != e.value && e.value.context == null) {
                e.value.context = f.handling;
            }
            throw e;
        }
    }

    /** Records {@code name: annotation} in a class body's or a module's {@code __annotations__}. */
    static final class Annotate extends StmtNode {
        final String name;
        final ExprNode annotation;

        Annotate(int line, String name, ExprNode annotation) {
            super(line);
            this.name = name;
            this.annotation = annotation;
        }

        @Override
        public int exec(Frame f) {
            Object d = f.namespace != null ? f.namespace.get("__annotations__") : f.module.get("__annotations__");
            if (!(d instanceof dev.tauraro.script.runtime.PyDict)) {
                d = new dev.tauraro.script.runtime.PyDict();
                if (f.namespace != null) {
                    f.namespace.put("__annotations__", d);
                } else {
                    f.module.set("__annotations__", d);
                }
            }
            ((dev.tauraro.script.runtime.PyDict) d).put(name, annotation.eval(f));
            return NORMAL;
        }
    }

    static final class Assert extends StmtNode {
        final ExprNode test;
        final ExprNode msg;

        Assert(int line, ExprNode test, ExprNode msg) {
            super(line);
            this.test = test;
            this.msg = msg;
        }

        @Override
        public int exec(Frame f) {
            if (!Ops.truthy(test.eval(f))) {
                if (msg == null) {
                    throw Exceptions.newException(Exceptions.ASSERTION_ERROR);
                }
                throw Exceptions.newException(Exceptions.ASSERTION_ERROR, msg.eval(f));
            }
            return NORMAL;
        }
    }

    static final class Del extends StmtNode {
        final Targets.Target[] targets;

        Del(int line, Targets.Target[] targets) {
            super(line);
            this.targets = targets;
        }

        @Override
        public int exec(Frame f) {
            for (Targets.Target t : targets) {
                t.delete(f);
            }
            return NORMAL;
        }
    }

    static final class ClassDef extends StmtNode {
        final String name;
        /** Bases and keyword values ({@code metaclass=...} among them), in source order. */
        final ExprNode[] bases;
        final Nodes.CallShape shape;
        final Nodes.MakeFunction body;
        final ExprNode[] decorators;
        final Targets.Target target;

        ClassDef(int line, String name, ExprNode[] bases, Nodes.CallShape shape, Nodes.MakeFunction body,
                 ExprNode[] decorators, Targets.Target target) {
            super(line);
            this.name = name;
            this.bases = bases;
            this.shape = shape;
            this.body = body;
            this.decorators = decorators;
            this.target = target;
        }

        @Override
        public int exec(Frame f) {
            Object[] decs = new Object[decorators.length];
            for (int i = 0; i < decs.length; i++) {
                decs[i] = decorators[i].eval(f);
            }
            Object[] values = new Object[bases.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = bases[i].eval(f);
            }
            String[][] kw = new String[1][];
            Object[] args = shape.buildArgs(values, kw, Nodes.CLASS_STATEMENT);
            PyFunction fn = (PyFunction) body.eval(f);
            Object cls = Metaclasses.classStatement(name, f.module.name, fn.code.qualname, args, kw[0], ns -> {
                Frame cf = new Frame(fn.code.frameSize(), fn, f.module);
                fn.prepareCells(cf);
                ns.put("__doc__", fn.code.doc == null ? PyNone.NONE : fn.code.doc);
                cf.namespace = ns;
                try {
                    fn.code.body.exec(cf);
                } catch (PyException e) {
                    e.leaveFrame(fn.code.filename, name);
                    throw e;
                }
            });
            for (int i = decs.length - 1; i >= 0; i--) {
                cls = Ops.call(decs[i], cls);
            }
            target.store(f, cls);
            return NORMAL;
        }
    }

    static final class Import extends StmtNode {
        final String module;
        final Targets.Target target;
        final boolean bindTop;

        Import(int line, String module, Targets.Target target, boolean bindTop) {
            super(line);
            this.module = module;
            this.target = target;
            this.bindTop = bindTop;
        }

        @Override
        public int exec(Frame f) {
            PyModule m = f.module.interp.importModule(module);
            if (bindTop && module.contains(".")) {
                m = f.module.interp.importModule(module.substring(0, module.indexOf('.')));
            }
            target.store(f, m);
            return NORMAL;
        }
    }

    static final class ImportFrom extends StmtNode {
        final String module;
        /** How many packages up a relative import starts ({@code from ..x import y}: 2); 0 for absolute. */
        final int level;
        final String[] names;
        final Targets.Target[] targets;

        ImportFrom(int line, String module, int level, String[] names, Targets.Target[] targets) {
            super(line);
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
        }

        @Override
        public int exec(Frame f) {
            Interpreter interp = f.module.interp;
            String absolute = level == 0 ? module : interp.resolveRelative(module, level, f.module);
            PyModule m = interp.importModule(absolute);
            if (names.length == 1 && names[0].equals("*")) {
                Object all = allNames(m);
                if (all != null) { // the names a package lists, its submodules imported as needed, as CPython
                    PyIterator it = Ops.iter(all);
                    for (Object k = it.next(); k != null; k = it.next()) {
                        String name = Ops.str(k);
                        Object v = attributeOrSubmodule(interp, m, absolute, name);
                        f.module.set(name, v != null ? v : Ops.getAttr(m, name)); // getAttr raises CPython's AttributeError
                    }
                    return NORMAL;
                }
                m.toDict().forEach((k, v) -> {
                    if (!((String) k).startsWith("_")) {
                        f.module.set((String) k, v);
                    }
                });
                return NORMAL;
            }
            for (int i = 0; i < names.length; i++) {
                Object v = attributeOrSubmodule(interp, m, absolute, names[i]);
                if (v == null) {
                    Object file = m.get("__file__");
                    throw Exceptions.importError(Exceptions.IMPORT_ERROR, "cannot import name '" + names[i]
                            + "' from '" + absolute + "' (" + (file == null || file == PyNone.NONE ? "unknown location"
                            : Ops.str(file)) + ")", absolute, file);
                }
                targets[i].store(f, v);
            }
            return NORMAL;
        }

        /**
         * The module's {@code __all__}, asked as CPython does (its {@code __getattr__} included,
         * PEP 562); null when it has none.
         */
        private static Object allNames(PyModule m) {
            Object all = m.get("__all__");
            if (all != null || m.get("__getattr__") == null) {
                return all;
            }
            try {
                return Ops.getAttrOrNull(m, "__all__");
            } catch (PyException e) {
                if (e.value.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR)) {
                    return null;
                }
                throw e;
            }
        }

        /**
         * {@code from m import name}: the attribute, else the submodule {@code m.name} (of a package, or of a
         * library module with lib/ submodules, which has no {@code __path__}), else null.
         */
        private static Object attributeOrSubmodule(Interpreter interp, PyModule m, String absolute, String name) {
            try {
                Object v = Ops.getAttrOrNull(m, name);   // a module __getattr__ included, as CPython
                if (v != null) {
                    return v;
                }
            } catch (PyException e) {
                if (!e.value.type().isSubclassOf(Exceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
            String sub = absolute + "." + name;
            try {
                return interp.importModule(sub);
            } catch (PyException e) {
                // only the submodule's own absence means "cannot import name"; its failures propagate
                if (e.value.type().isSubclassOf(Exceptions.MODULE_NOT_FOUND_ERROR)
                        && sub.equals(Ops.getAttrOrNull(e.value, "name"))) {
                    return null;
                }
                throw e;
            }
        }
    }

    /** Does a handler's type expression match the exception? */
    static boolean matches(PyBaseException e, Object type) {
        if (type instanceof PyClass c) {
            if (!c.isException()) {
                throw Exceptions.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return e.type().isSubclassOf(c);
        }
        if (type instanceof PyTuple t) {
            for (Object o : t.items) {
                if (matches(e, o)) {
                    return true;
                }
            }
            return false;
        }
        throw Exceptions.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    static Object normalize(BigInteger b) {
        return Ops.normalize(b);
    }
}
