package dev.tauraro.script.compile;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.ExprNode;
import dev.tauraro.script.runtime.Frame;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyAsyncGenerator;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyCoroutine;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyGenerator;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.StmtNode;

/**
 * Node variants for generator and coroutine bodies: the one suspension mechanism shared by
 * generators, coroutines and async generators.
 *
 * <p>A node on the path to a {@code yield}/{@code await} keeps its progress in frame slots the
 * compiler reserved for it. When a nested point suspends, each node records where it was and
 * returns {@link StmtNode#SUSPEND} (expressions return {@link Frame#SUSPEND}); the driver later
 * executes the body again, and each node skips straight back to the recorded place. Invariant: a
 * node's slots are all null whenever the node is not in progress.
 */
final class Resumable {
    private Resumable() {
    }

    static int state(Object[] s, int slot) {
        Object v = s[slot];
        return v == null ? 0 : (Integer) v;
    }

    static final class Block extends StmtNode {
        final StmtNode[] stmts;
        final int slot;

        Block(int line, StmtNode[] stmts, int slot) {
            super(line);
            this.stmts = stmts;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            Object[] s = f.slots;
            StmtNode[] st = stmts;
            int i = state(s, slot);
            s[slot] = null;
            try {
                for (; i < st.length; i++) {
                    f.line = st[i].line;
                    int r = st[i].exec(f);
                    if (r != NORMAL) {
                        if (r == SUSPEND) {
                            s[slot] = i;
                        }
                        return r;
                    }
                }
                return NORMAL;
            } catch (PyException e) {
                e.noteLine(st[i].line);
                throw e;
            } catch (RuntimeException e) {
                PyException p = dev.tauraro.script.runtime.Interop.toPy(e);
                p.noteLine(st[i].line);
                throw p;
            }
        }
    }

    static final class If extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orElse;
        final int slot;

        If(int line, ExprNode test, StmtNode body, StmtNode orElse, int slot) {
            super(line);
            this.test = test;
            this.body = body;
            this.orElse = orElse;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            Object[] s = f.slots;
            int state = state(s, slot);
            if (state == 0) {
                Object t = test.eval(f);
                if (t == Frame.SUSPEND) {
                    return SUSPEND;
                }
                state = Ops.truthy(t) ? 1 : 2;
            }
            StmtNode branch = state == 1 ? body : orElse;
            if (branch == null) {
                s[slot] = null;
                return NORMAL;
            }
            s[slot] = state;
            int r = branch.exec(f);
            if (r != SUSPEND) {
                s[slot] = null;
            }
            return r;
        }
    }

    static final class While extends StmtNode {
        final ExprNode test;
        final StmtNode body;
        final StmtNode orElse;
        final int slot;

        While(int line, ExprNode test, StmtNode body, StmtNode orElse, int slot) {
            super(line);
            this.test = test;
            this.body = body;
            this.orElse = orElse;
            this.slot = slot;
        }

        @Override
        public int exec(Frame f) {
            Object[] s = f.slots;
            int state = state(s, slot);
            while (true) {
                if (state == 0) {
                    Object t = test.eval(f);
                    if (t == Frame.SUSPEND) {
                        return SUSPEND;
                    }
                    state = Ops.truthy(t) ? 1 : 2;
                }
                if (state == 1) {
                    s[slot] = 1;
                    int r = body.exec(f);
                    if (r == SUSPEND) {
                        return SUSPEND;
                    }
                    if (r == BREAK) {
                        s[slot] = null;
                        return NORMAL;
                    }
                    if (r == RETURN) {
                        s[slot] = null;
                        return r;
                    }
                    s[slot] = null;
                    state = 0;
                    if (f.module.interp.switchRequested) {
                        f.module.interp.switchGil();
                    }
                    continue;
                }
                if (orElse == null) {
                    s[slot] = null;
                    return NORMAL;
                }
                s[slot] = 2;
                int r = orElse.exec(f);
                if (r != SUSPEND) {
                    s[slot] = null;
                }
                return r;
            }
        }
    }

    /** {@code for} and {@code async for} in a suspending body. */
    static final class For extends StmtNode {
        final Targets.Target target;
        final ExprNode iter;
        final StmtNode body;
        final StmtNode orElse;
        final boolean isAsync;
        final int slot;
        final int itSlot;

        For(int line, Targets.Target target, ExprNode iter, StmtNode body, StmtNode orElse, boolean isAsync,
            int slot, int itSlot) {
            super(line);
            this.target = target;
            this.iter = iter;
            this.body = body;
            this.orElse = orElse;
            this.isAsync = isAsync;
            this.slot = slot;
            this.itSlot = itSlot;
        }

        private void clear(Object[] s) {
            s[slot] = null;
            s[itSlot] = null;
        }

        @Override
        public int exec(Frame f) {
            Object[] s = f.slots;
            int state = state(s, slot);
            if (state == 0) {
                Object iterable = iter.eval(f);
                if (iterable == Frame.SUSPEND) {
                    return SUSPEND;
                }
                s[itSlot] = isAsync ? aiter(iterable) : Ops.iter(iterable);
                state = 1;
            }
            while (true) {
                Object v = null;
                if (state == 1) {
                    if (isAsync) {
                        s[slot] = 2;
                        f.yielded = anext(s[itSlot]);
                        f.awaiting = true;
                        return SUSPEND;
                    }
                    v = ((PyIterator) s[itSlot]).next();
                    state = v == null ? 3 : 4;
                } else if (state == 2) {
                    try {
                        v = f.takeSent();
                        state = 4;
                    } catch (PyException e) {
                        if (!e.value.type().isSubclassOf(Exceptions.STOP_ASYNC_ITERATION)) {
                            clear(s);
                            throw e;
                        }
                        state = 3;
                    }
                }
                if (state == 4) {
                    target.store(f, v);
                    state = 5;
                }
                if (state == 5) {
                    s[slot] = 5;
                    int r = body.exec(f);
                    if (r == SUSPEND) {
                        return SUSPEND;
                    }
                    if (r == BREAK || r == RETURN) {
                        clear(s);
                        return r == BREAK ? NORMAL : r;
                    }
                    state = 1;
                    if (f.module.interp.switchRequested) {
                        f.module.interp.switchGil();
                    }
                    continue;
                }
                if (state == 3 || state == 6) {
                    if (orElse == null) {
                        clear(s);
                        return NORMAL;
                    }
                    s[slot] = 6;
                    int r = orElse.exec(f);
                    if (r != SUSPEND) {
                        clear(s);
                    }
                    return r;
                }
            }
        }

        static Object aiter(Object o) {
            if (o instanceof PyAsyncGenerator) {
                return o;
            }
            return Ops.callMethod(o, "__aiter__", Ops.NO_ARGS, null);
        }

        static Object anext(Object it) {
            if (it instanceof PyAsyncGenerator g) {
                return g.anext();
            }
            return Ops.callMethod(it, "__anext__", Ops.NO_ARGS, null);
        }
    }

    /** try/except/else/finally; resumable in every part, used for plain bodies too. */
    static final class Try extends StmtNode {
        final StmtNode body;
        final ExprNode[] types;
        final Targets.Target[] names;
        final StmtNode[] handlers;
        final StmtNode orElse;
        final StmtNode fin;
        final int st;
        final int hi;
        final int ex;
        final int ps;
        final int rv;
        /** except* handlers: the exception group is split among them. */
        boolean star;

        Try(int line, StmtNode body, ExprNode[] types, Targets.Target[] names, StmtNode[] handlers, StmtNode orElse,
            StmtNode fin, int firstSlot) {
            super(line);
            this.body = body;
            this.types = types;
            this.names = names;
            this.handlers = handlers;
            this.orElse = orElse;
            this.fin = fin;
            this.st = firstSlot;
            this.hi = firstSlot + 1;
            this.ex = firstSlot + 2;
            this.ps = firstSlot + 3;
            this.rv = firstSlot + 4;
        }

        private void clear(Object[] s) {
            s[st] = null;
            s[hi] = null;
            s[ex] = null;
            s[ps] = null;
            s[rv] = null;
        }

        @Override
        public int exec(Frame f) {
            Object[] s = f.slots;
            int state = state(s, st);
            int status = NORMAL;
            PyException pending = null;
            if (state <= 1) {
                s[st] = 1;
                try {
                    status = body.exec(f);
                    if (status == SUSPEND) {
                        return SUSPEND;
                    }
                    state = status == NORMAL && orElse != null ? 3 : 4;
                } catch (PyException e) {
                    if (star) {
                        PyException left = null;
                        try {
                            starHandlers(f, e);
                        } catch (PyException rest) {
                            left = rest;
                        }
                        return finish(f, s, NORMAL, left);
                    }
                    int h;
                    try {
                        h = findHandler(f, e);
                    } catch (PyException bad) {
                        clear(s);
                        throw bad;
                    }
                    if (h < 0) {
                        pending = e;
                        state = 4;
                    } else {
                        // the traceback keeps this frame's entry, as CPython's does for a caught exception
                        e.value.traceback.add(new PyBaseException.TraceEntry(f.fileName(), e.pendingLine,
                                f.codeName(), e.pendingPosition));
                        e.pendingLine = 0;
                        e.pendingPosition = null;
                        s[hi] = h;
                        s[ex] = e;
                        if (names[h] != null) {
                            names[h].store(f, e.value);
                        }
                        state = 2;
                    }
                }
            }
            if (state == 2) {
                s[st] = 2;
                int h = (Integer) s[hi];
                PyException caught = (PyException) s[ex];
                PyBaseException saved = f.handling;
                f.handling = caught.value;
                dev.tauraro.script.runtime.CallDepth thread = dev.tauraro.script.runtime.CallDepth.current();
                PyBaseException savedHandled = thread.handled;
                thread.handled = caught.value;   // what sys.exc_info() sees, in this frame and those it calls
                try {
                    status = handlers[h].exec(f);
                    if (status == SUSPEND) {
                        return SUSPEND;
                    }
                } catch (PyException e2) {
                    if (e2.value != caught.value && e2.value.context == null) {
                        e2.value.context = caught.value;
                    }
                    pending = e2;
                } finally {
                    f.handling = saved;
                    thread.handled = savedHandled;
                }
                if (names[h] != null) {
                    try {
                        names[h].delete(f);
                    } catch (PyException ignored) {
                        // already unbound by the handler
                    }
                }
                s[hi] = null;
                s[ex] = null;
                state = 4;
            }
            if (state == 3) {
                s[st] = 3;
                try {
                    status = orElse.exec(f);
                    if (status == SUSPEND) {
                        return SUSPEND;
                    }
                } catch (PyException e) {
                    pending = e;
                }
                state = 4;
            }
            if (fin == null) {
                clear(s);
                if (pending != null) {
                    throw pending;
                }
                return status;
            }
            if (state == 4) {
                s[ps] = status;
                s[ex] = pending;
                s[rv] = f.ret;
            }
            s[st] = 5;
            int fs;
            // a finally block run by a propagating exception handles it, for sys.exc_info(), as in 3.11
            PyException propagating = (PyException) s[ex];
            dev.tauraro.script.runtime.CallDepth thread = propagating == null ? null
                    : dev.tauraro.script.runtime.CallDepth.current();
            PyBaseException savedHandled = thread == null ? null : thread.handled;
            if (thread != null) {
                thread.handled = propagating.value;
            }
            try {
                fs = fin.exec(f);
            } catch (PyException e) {
                PyException p = (PyException) s[ex];
                if (p != null && e.value != p.value && e.value.context == null) {
                    e.value.context = p.value;
                }
                clear(s);
                throw e;
            } finally {
                if (thread != null) {
                    thread.handled = savedHandled;
                }
            }
            if (fs == SUSPEND) {
                return SUSPEND;
            }
            status = (Integer) s[ps];
            pending = (PyException) s[ex];
            Object ret = s[rv];
            clear(s);
            if (fs != NORMAL) {
                return fs;
            }
            if (pending != null) {
                throw pending;
            }
            if (status == RETURN) {
                f.ret = ret;
            }
            return status;
        }

        /** Finally part for except* (no suspension inside): runs fin, then the outcome. */
        private int finish(Frame f, Object[] s, int status, PyException pending) {
            clear(s);
            if (fin == null) {
                if (pending != null) {
                    throw pending;
                }
                return status;
            }
            int fs = fin.exec(f);
            if (fs != NORMAL) {
                return fs;
            }
            if (pending != null) {
                throw pending;
            }
            return status;
        }

        /** CPython's except*: split the group among the handlers, re-raise what is left or raised. */
        private void starHandlers(Frame f, PyException caught) {
            PyBaseException exc = caught.value;
            PyBaseException.TraceEntry here = new PyBaseException.TraceEntry(f.fileName(), caught.pendingLine,
                    f.codeName(), caught.pendingPosition);
            exc.traceback.add(here);
            boolean naked = !exc.type().isSubclassOf(Exceptions.BASE_EXCEPTION_GROUP);
            PyBaseException rest = naked ? dev.tauraro.script.runtime.ExceptionGroups.group("", java.util.List.of(exc)) : exc;
            java.util.List<PyException> raised = new java.util.ArrayList<>();
            java.util.List<PyBaseException> reraised = new java.util.ArrayList<>();
            for (int i = 0; i < handlers.length && rest != null; i++) {
                Object type = types[i].eval(f);
                PyBaseException[] parts = dev.tauraro.script.runtime.ExceptionGroups.split(rest, type);
                rest = parts[1];
                if (parts[0] == null) {
                    continue;
                }
                if (names[i] != null) {
                    names[i].store(f, parts[0]);
                }
                PyBaseException saved = f.handling;
                f.handling = parts[0];
                dev.tauraro.script.runtime.CallDepth thread = dev.tauraro.script.runtime.CallDepth.current();
                PyBaseException savedHandled = thread.handled;
                thread.handled = parts[0];
                try {
                    handlers[i].exec(f);
                } catch (PyException e2) {
                    if (e2.value == parts[0] && !naked) {
                        reraised.add(e2.value); // a bare raise: goes back where it was in the group
                    } else {
                        if (e2.value != parts[0] && e2.value.context == null) {
                            e2.value.context = parts[0];
                        }
                        raised.add(e2);
                    }
                } finally {
                    f.handling = saved;
                    thread.handled = savedHandled;
                }
            }
            if (naked) {
                if (!raised.isEmpty()) {
                    throw raised.get(0); // one handler at most ran
                }
                if (rest != null) {
                    throw unwindAgain(exc, here, caught.pendingLine);
                }
                return;
            }
            // CPython's _PyExc_PrepReraiseStar: what was re-raised or not matched keeps its place in
            // the original group; exceptions the handlers raised are grouped with that
            if (rest != null) {
                reraised.add(rest);
            }
            PyBaseException kept = reraised.isEmpty() ? null
                    : dev.tauraro.script.runtime.ExceptionGroups.project(exc, reraised);
            if (raised.isEmpty()) {
                if (kept != null) {
                    throw unwindAgain(kept, here, caught.pendingLine);
                }
                return;
            }
            if (raised.size() == 1 && kept == null) {
                throw raised.get(0); // one handler raised: that exception, from its own line
            }
            java.util.List<PyBaseException> all = new java.util.ArrayList<>();
            for (PyException r : raised) {
                // each raised exception's traceback ends in this frame, at the line that raised it
                r.value.traceback.add(new PyBaseException.TraceEntry(f.fileName(), r.pendingLine, f.codeName(),
                        r.pendingPosition));
                all.add(r.value);
            }
            if (kept != null) {
                all.add(kept);
            }
            // CPython re-raises the combined group without a traceback entry for this frame
            PyException combined = new PyException(dev.tauraro.script.runtime.ExceptionGroups.group("", all));
            combined.skipFrame = true;
            throw combined;
        }

        /**
         * Re-raises what except* left with its own traceback, as if never caught: this frame's entry
         * is added again as it unwinds, from the line that raised.
         */
        private static PyException unwindAgain(PyBaseException left, PyBaseException.TraceEntry here, int line) {
            int n = left.traceback.size();
            if (n > 0 && left.traceback.get(n - 1).equals(here)) {
                left.traceback.remove(n - 1);
            }
            PyException again = new PyException(left);
            again.pendingLine = line;
            again.pendingPosition = here.line() == line ? here.position() : null;
            return again;
        }

        private int findHandler(Frame f, PyException e) {
            for (int i = 0; i < handlers.length; i++) {
                if (types[i] == null || Stmts.matches(e.value, types[i].eval(f))) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** {@code with} and {@code async with}, one item. */
    static final class With extends StmtNode {
        final ExprNode context;
        final Targets.Target target;
        final StmtNode body;
        final boolean isAsync;
        final int st;
        /** The slot of the manager's bound {@code __exit__}/{@code __aexit__}, looked up once on entry as CPython. */
        final int mgr;
        final int ps;
        final int pe;

        With(int line, ExprNode context, Targets.Target target, StmtNode body, boolean isAsync, int firstSlot) {
            super(line);
            this.context = context;
            this.target = target;
            this.body = body;
            this.isAsync = isAsync;
            this.st = firstSlot;
            this.mgr = firstSlot + 1;
            this.ps = firstSlot + 2;
            this.pe = firstSlot + 3;
        }

        /**
         * {@code __exit__} of an exception: while it runs, the traceback holds this frame's entry, as
         * CPython's does (a contextmanager that prints it shows the line of the with body). The
         * entry is taken back afterwards, since the frame adds it again if the exception leaves it.
         */
        private static Object exitWithEntry(Frame f, Object exit, Object[] args, PyException pending) {
            int line = pending.pendingLine;
            dev.tauraro.script.runtime.SourceRange position = pending.pendingPosition;
            java.util.List<PyBaseException.TraceEntry> tb = pending.value.traceback;
            PyBaseException.TraceEntry entry = new PyBaseException.TraceEntry(f.fileName(), line, f.codeName(),
                    position);
            tb.add(entry);
            pending.pendingLine = 0;
            pending.pendingPosition = null;
            try {
                return Ops.callKw(exit, args, null);
            } finally {
                int at = tb.lastIndexOf(entry);
                if (at >= 0) {
                    tb.remove(at);
                }
                pending.pendingLine = line;
                pending.pendingPosition = position;
            }
        }

        /**
         * {@code __exit__} of an exception runs while that exception is handled, as in CPython:
         * {@code sys.exc_info()} and a bare {@code raise} in it see the exception, and what it raises
         * has the exception as its context.
         */
        private static Object exitHandling(Frame f, Object exit, Object[] args, PyException pending) {
            dev.tauraro.script.runtime.CallDepth thread = dev.tauraro.script.runtime.CallDepth.current();
            PyBaseException saved = thread.handled;
            thread.handled = pending.value;
            try {
                return exitWithEntry(f, exit, args, pending);
            } catch (PyException e) {
                throw chained(e, pending);
            } finally {
                thread.handled = saved;
            }
        }

        /** {@code e}, raised by an {@code __exit__} or {@code __aexit__} of {@code pending}, chained onto it. */
        private static PyException chained(PyException e, PyException pending) {
            if (pending != null && e.value != pending.value && e.value.context == null) {
                e.value.context = pending.value;
            }
            return e;
        }

        private void clear(Object[] s) {
            s[st] = null;
            s[mgr] = null;
            s[ps] = null;
            s[pe] = null;
        }

        @Override
        public int exec(Frame f) {
            Object[] s = f.slots;
            int state = state(s, st);
            if (state == 0) {
                Object m = context.eval(f);
                if (m == Frame.SUSPEND) {
                    return SUSPEND;
                }
                // As CPython: both methods are looked up on the type, before entering.
                Object enter = Ops.lookupSpecial(m, isAsync ? "__aenter__" : "__enter__");
                String protocol = isAsync ? "asynchronous context manager protocol" : "context manager protocol";
                if (enter == null) {
                    throw Exceptions.typeError("'" + Ops.typeName(m) + "' object does not support the " + protocol);
                }
                Object exit = Ops.lookupSpecial(m, isAsync ? "__aexit__" : "__exit__");
                if (exit == null) {
                    throw Exceptions.typeError("'" + Ops.typeName(m) + "' object does not support the " + protocol
                            + (isAsync ? " (missed __aexit__ method)" : " (missed __exit__ method)"));
                }
                s[mgr] = exit;
                if (isAsync) {
                    Object aw = Ops.call(enter);
                    s[st] = 1;
                    f.yielded = aw;
                    f.awaiting = true;
                    return SUSPEND;
                }
                Object v;
                try {
                    v = Ops.call(enter);
                } catch (PyException e) {
                    clear(s);
                    throw e;
                }
                if (target != null) {
                    target.store(f, v);
                }
                state = 2;
            } else if (state == 1) {
                Object v;
                try {
                    v = f.takeSent();
                } catch (PyException e) {
                    clear(s);
                    throw e;
                }
                if (target != null) {
                    target.store(f, v);
                }
                state = 2;
            }
            if (state == 2) {
                s[st] = 2;
                int status;
                PyException pending = null;
                try {
                    status = body.exec(f);
                    if (status == SUSPEND) {
                        return SUSPEND;
                    }
                } catch (PyException e) {
                    pending = e;
                    status = NORMAL;
                }
                Object exit = s[mgr];
                Object[] args = pending == null ? new Object[] {PyNone.NONE, PyNone.NONE, PyNone.NONE}
                        : new Object[] {pending.value.type(), pending.value, PyNone.NONE};
                if (isAsync) {
                    s[ps] = status;
                    s[pe] = pending;
                    s[st] = 3;
                    Object aw = Ops.callKw(exit, args, null);
                    if (pending != null && aw instanceof PyCoroutine c) {
                        c.handling(pending.value); // its body runs later, handling the exception as __exit__'s
                    }
                    f.yielded = aw;
                    f.awaiting = true;
                    return SUSPEND;
                }
                clear(s);
                Object r = pending == null ? Ops.callKw(exit, args, null) : exitHandling(f, exit, args, pending);
                if (pending != null) {
                    if (Ops.truthy(r)) {
                        return NORMAL;
                    }
                    throw pending;
                }
                return status;
            }
            // state 3: __aexit__ finished
            int status = (Integer) s[ps];
            PyException pending = (PyException) s[pe];
            clear(s);
            Object r;
            try {
                r = f.takeSent();
            } catch (PyException e) {
                throw chained(e, pending);
            }
            if (pending != null) {
                if (Ops.truthy(r)) {
                    return NORMAL;
                }
                throw pending;
            }
            return status;
        }
    }

    static final class Await extends ExprNode {
        final ExprNode operand;
        final int slot;

        Await(ExprNode operand, int slot) {
            this.operand = operand;
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            Object[] s = f.slots;
            if (s[slot] == Frame.PAUSED) {
                s[slot] = null;
                return f.takeSent();
            }
            Object aw = operand.eval(f);
            if (aw == Frame.SUSPEND) {
                return aw;
            }
            if (aw instanceof PyCoroutine c && c.inlinable()) {
                // run here, as CPython does: a coroutine that returns without suspending costs
                // no suspension of this frame and no subscription
                Object r = c.awaitInline();
                if (r != null) {
                    return r;
                }
            }
            s[slot] = Frame.PAUSED;
            f.yielded = aw;
            f.awaiting = true;
            return Frame.SUSPEND;
        }
    }

    /**
     * The whole body of a generator expression that is not async:
     * {@code (elt for t0 in .0 if c0 for t1 in e1 if c1 ...)}. The general path descends Block, For,
     * If and ExprStmt to a Yield on every item and back (or steps Flow's instructions to it); this
     * node resumes at once, with the same behaviour: a value thrown in is raised at the yield, the
     * traceback names the expression's line, the GIL may switch between items. Clause k keeps its
     * iterator in slot {@code itSlots[k]} while the expression runs; the node suspends only at its
     * yield, with every clause's iterator held, so a held first iterator means a resume there.
     */
    static final class GenExprLoop extends dev.tauraro.script.runtime.GenExprBody {
        final Targets.Target[] targets;
        final int source;
        /** The iterables of the clauses after the first (index 0 unused: the first is the argument {@code .0}). */
        final ExprNode[] iters;
        final ExprNode[][] ifs;
        final ExprNode elt;
        final int[] itSlots;
        /** Per clause the slot of a plain local target, else -1 (as {@link Flow}'s FOR_ITER stores). */
        final int[] targetSlots;

        GenExprLoop(int line, Targets.Target[] targets, int source, ExprNode[] iters, ExprNode[][] ifs, ExprNode elt,
                    int[] itSlots) {
            super(line);
            this.targets = targets;
            this.source = source;
            this.iters = iters;
            this.ifs = ifs;
            this.elt = elt;
            this.itSlots = itSlots;
            this.targetSlots = new int[targets.length];
            for (int k = 0; k < targets.length; k++) {
                targetSlots[k] = targets[k] instanceof Targets.Local l ? l.slot : -1;
            }
        }

        @Override
        public int exec(Frame f) {
            if (f.slots[itSlots[0]] != null) {
                f.line = line;
                try {
                    f.takeSent(); // raises what throw() sent in; a sent value is dropped, as the yield's result is
                } catch (RuntimeException e) {
                    throw failed(f, e);
                }
            }
            Object v = next(f);
            if (v == null) {
                return NORMAL;
            }
            f.yielded = v;
            f.awaiting = false;
            return SUSPEND;
        }

        @Override
        public Object next(Frame f) {
            Object[] s = f.slots;
            int last = itSlots.length - 1;
            f.line = line;
            try {
                int k; // the clause whose iterator is stepped next
                if (s[itSlots[0]] == null) {
                    s[itSlots[0]] = Ops.iter(s[source]);
                    k = 0;
                } else {
                    k = last; // resumed after an item: the innermost clause goes on
                    Flow.backEdge(f);
                }
                while (true) {
                    Object v = ((PyIterator) s[itSlots[k]]).next();
                    if (v == null) { // this clause is done: the one around it goes on, or the expression ends
                        s[itSlots[k]] = null;
                        if (k == 0) {
                            return null;
                        }
                        k--;
                        Flow.backEdge(f);
                        continue;
                    }
                    if (targetSlots[k] >= 0) {
                        s[targetSlots[k]] = v;
                    } else {
                        targets[k].store(f, v);
                    }
                    if (!passes(f, ifs[k])) {
                        Flow.backEdge(f);
                        continue;
                    }
                    if (k == last) {
                        return elt.eval(f);
                    }
                    k++;
                    s[itSlots[k]] = Ops.iter(iters[k].eval(f));
                }
            } catch (RuntimeException e) {
                throw failed(f, e);
            }
        }

        /** The loop ends with the exception, marked with its line. */
        private PyException failed(Frame f, RuntimeException e) {
            for (int slot : itSlots) {
                f.slots[slot] = null;
            }
            PyException p = e instanceof PyException pe ? pe : dev.tauraro.script.runtime.Interop.toPy(e);
            p.noteLine(line);
            return p;
        }

        private static boolean passes(Frame f, ExprNode[] conditions) {
            for (ExprNode c : conditions) {
                if (!Ops.truthy(c.eval(f))) {
                    return false;
                }
            }
            return true;
        }
    }

    static final class Yield extends ExprNode {
        final ExprNode value;
        final int slot;

        Yield(ExprNode value, int slot) {
            this.value = value;
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            Object[] s = f.slots;
            if (s[slot] == Frame.PAUSED) {
                s[slot] = null;
                return f.takeSent();
            }
            Object v = value == null ? PyNone.NONE : value.eval(f);
            if (v == Frame.SUSPEND) {
                return v;
            }
            s[slot] = Frame.PAUSED;
            f.yielded = v;
            f.awaiting = false;
            return Frame.SUSPEND;
        }
    }

    static final class YieldFrom extends ExprNode {
        final ExprNode operand;
        final int slot;

        YieldFrom(ExprNode operand, int slot) {
            this.operand = operand;
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            Object[] s = f.slots;
            Object sub = s[slot];
            Object send = null;
            RuntimeException thrown = null;
            if (sub == null) {
                Object src = operand.eval(f);
                if (src == Frame.SUSPEND) {
                    return src;
                }
                sub = src instanceof PyGenerator ? src : Ops.iter(src);
                if (sub instanceof PyGenerator.Steps st) { // what an __iter__ generator method returned
                    sub = st.generator;
                }
                s[slot] = sub;
            } else {
                if (f.delegate instanceof Frame.Delegated end) { // the generator's resume ran the delegate straight
                    f.delegate = null;
                    s[slot] = null;
                    if (end.raised() != null) {
                        throw end.raised();
                    }
                    return end.returned();
                }
                send = f.sent;
                thrown = f.thrown;
                f.sent = null;
                f.thrown = null;
            }
            Object v;
            try {
                if (sub instanceof PyGenerator g) {
                    v = g.resume(send == null ? PyNone.NONE : send, thrown);
                } else {
                    if (thrown != null) {
                        throw thrown;
                    }
                    v = ((PyIterator) sub).next();
                }
            } catch (RuntimeException e) {
                s[slot] = null;
                f.delegate = null;
                throw e;
            }
            if (v == null) {
                s[slot] = null;
                f.delegate = null;
                return sub instanceof PyGenerator g ? g.returnValue() : PyNone.NONE;
            }
            // later resumptions with a value go to the generator straight (PyGenerator.resume)
            f.delegate = sub instanceof PyGenerator g ? g : null;
            f.yielded = v;
            f.awaiting = false;
            return Frame.SUSPEND;
        }
    }

    /** Applies an operation to values computed by children, some of which may suspend. */
    interface Applier {
        Object apply(Object[] values);
    }

    static final class Apply extends ExprNode {
        final ExprNode[] children;
        final Applier op;
        final int progress;
        final int base;

        Apply(ExprNode[] children, Applier op, int progress, int base) {
            this.children = children;
            this.op = op;
            this.progress = progress;
            this.base = base;
        }

        @Override
        public Object eval(Frame f) {
            Object[] s = f.slots;
            int i = state(s, progress);
            int n = children.length;
            for (; i < n; i++) {
                Object v;
                try {
                    v = children[i].eval(f);
                } catch (RuntimeException e) {
                    clear(s);
                    throw e;
                }
                if (v == Frame.SUSPEND) {
                    s[progress] = i;
                    return v;
                }
                s[base + i] = v;
            }
            Object[] values = new Object[n];
            System.arraycopy(s, base, values, 0, n);
            clear(s);
            return op.apply(values);
        }

        private void clear(Object[] s) {
            s[progress] = null;
            for (int k = 0; k < children.length; k++) {
                s[base + k] = null;
            }
        }
    }

    static final class BoolOp extends ExprNode {
        final ExprNode[] values;
        final boolean isAnd;
        final int slot;

        BoolOp(ExprNode[] values, boolean isAnd, int slot) {
            this.values = values;
            this.isAnd = isAnd;
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            Object[] s = f.slots;
            int i = state(s, slot);
            Object v = null;
            for (; i < values.length; i++) {
                v = values[i].eval(f);
                if (v == Frame.SUSPEND) {
                    s[slot] = i;
                    return v;
                }
                if (isAnd != Ops.truthy(v)) {
                    break;
                }
            }
            s[slot] = null;
            return v;
        }
    }

    static final class IfExp extends ExprNode {
        final ExprNode test;
        final ExprNode body;
        final ExprNode orElse;
        final int slot;

        IfExp(ExprNode test, ExprNode body, ExprNode orElse, int slot) {
            this.test = test;
            this.body = body;
            this.orElse = orElse;
            this.slot = slot;
        }

        @Override
        public Object eval(Frame f) {
            Object[] s = f.slots;
            int state = state(s, slot);
            if (state == 0) {
                Object t = test.eval(f);
                if (t == Frame.SUSPEND) {
                    return t;
                }
                state = Ops.truthy(t) ? 1 : 2;
            }
            Object v = (state == 1 ? body : orElse).eval(f);
            s[slot] = v == Frame.SUSPEND ? (Object) state : null;
            return v;
        }
    }
}
