package dev.tauraro.script.compile;

import dev.tauraro.script.runtime.ExprNode;
import dev.tauraro.script.runtime.Frame;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyIterator;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.StmtNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement sequence of a generator or coroutine body that can suspend, flattened into
 * instructions with jumps as CPython's bytecode is: its {@code if}, {@code while} and {@code for}
 * statements and its {@code yield x} statements become jumps, iterator steps and yield points of
 * one instruction list, and resuming continues at the saved instruction. The {@link Resumable}
 * nodes instead descend from the body's root to the suspension point on every resume and return
 * through every level on every suspend: two megamorphic calls a level for each item a generator
 * yields. Statements that cannot suspend run as one instruction each; other suspending statements
 * ({@code try}, {@code with}, {@code async for}, a yield inside an expression, ...) stay
 * {@link Resumable} nodes run as one instruction, resumed by running them again.
 *
 * <p>Slots: the instruction to resume at while suspended (null otherwise), and one per flattened
 * {@code for} holding its iterator while the loop runs. All are null whenever the sequence is not
 * in progress, as {@link Resumable} requires of every node.
 */
final class Flow extends StmtNode {
    /** Runs a statement that cannot suspend. */
    private static final byte EXEC = 0;
    /** Runs a {@link Resumable} statement; on resume it runs again and continues where it was. */
    private static final byte RESUMABLE = 1;
    /** {@code yield value} as a statement: the value sent back is dropped, a value thrown in raised. */
    private static final byte YIELD = 2;
    private static final byte JUMP_IF_FALSE = 3;
    private static final byte JUMP = 4;
    private static final byte GET_ITER = 5;
    /** The next item into the loop's target, or a jump (with the iterator slot cleared) at the end. */
    private static final byte FOR_ITER = 6;
    /** Clears a loop's iterator slot where a {@code break} leaves the loop. */
    private static final byte CLEAR = 7;

    private final byte[] ops;
    private final int[] lines;
    /** The statement (EXEC, RESUMABLE) or expression (YIELD's value, a test, an iterable) of each. */
    private final Object[] nodes;
    private final Targets.Target[] targets;
    /** Jump targets; for EXEC and RESUMABLE where a {@code break} goes, -1 to pass it outwards. */
    private final int[] jumps;
    /** For EXEC and RESUMABLE: where a {@code continue} goes, -1 to pass it outwards. */
    private final int[] continues;
    /** The iterator slot of GET_ITER, FOR_ITER and CLEAR. */
    private final int[] iterSlots;
    private final int[] allIterSlots;
    /**
     * For FOR_ITER the slot of a plain local target, for YIELD the slot of a plain local value, else
     * -1: read and written directly, a predictable branch where {@code store}/{@code eval} are
     * virtual calls that targets and nodes of every kind share (two on every item of
     * {@code for x in xs: yield x}).
     */
    private final int[] localSlots;
    private final int pcSlot;

    private Flow(int line, Builder b) {
        super(line);
        int n = b.ops.size();
        ops = new byte[n];
        lines = new int[n];
        nodes = new Object[n];
        targets = new Targets.Target[n];
        jumps = new int[n];
        continues = new int[n];
        iterSlots = new int[n];
        localSlots = new int[n];
        for (int i = 0; i < n; i++) {
            Instr in = b.ops.get(i);
            ops[i] = in.op;
            lines[i] = in.line;
            nodes[i] = in.node;
            targets[i] = in.target;
            jumps[i] = in.jump;
            continues[i] = in.cont;
            iterSlots[i] = in.iterSlot;
            localSlots[i] = in.op == FOR_ITER && in.target instanceof Targets.Local l ? l.slot
                    : in.op == YIELD && in.node instanceof ExprNode v ? Nodes.localSlot(v) : -1;
        }
        allIterSlots = b.iterSlots.stream().mapToInt(Integer::intValue).toArray();
        pcSlot = b.pcSlot;
    }

    @Override
    public int exec(Frame f) {
        Object[] s = f.slots;
        Object saved = s[pcSlot];
        int pc = 0;
        try {
            if (saved != null) {
                s[pcSlot] = null;
                pc = (Integer) saved;
                if (ops[pc] == YIELD) {
                    f.line = lines[pc];
                    f.takeSent();
                    pc++;
                }
            }
            int n = ops.length;
            while (pc < n) {
                switch (ops[pc]) {
                    case EXEC, RESUMABLE -> {
                        f.line = lines[pc];
                        int r = ((StmtNode) nodes[pc]).exec(f);
                        if (r == NORMAL) {
                            pc++;
                        } else if (r == SUSPEND) {
                            s[pcSlot] = pc;
                            return SUSPEND;
                        } else if (r == BREAK && jumps[pc] >= 0) {
                            pc = jumps[pc];
                        } else if (r == CONTINUE && continues[pc] >= 0) {
                            pc = continues[pc];
                            backEdge(f);
                        } else {
                            clearIterators(s);
                            return r;
                        }
                    }
                    case YIELD -> {
                        f.line = lines[pc];
                        ExprNode v = (ExprNode) nodes[pc];
                        f.yielded = v == null ? PyNone.NONE : Nodes.evalObj(v, localSlots[pc], f);
                        f.awaiting = false;
                        s[pcSlot] = pc;
                        return SUSPEND;
                    }
                    case JUMP_IF_FALSE -> {
                        f.line = lines[pc];
                        pc = Ops.truthy(((ExprNode) nodes[pc]).eval(f)) ? pc + 1 : jumps[pc];
                    }
                    case JUMP -> {
                        int to = jumps[pc];
                        if (to < pc) {
                            backEdge(f);
                        }
                        pc = to;
                    }
                    case GET_ITER -> {
                        f.line = lines[pc];
                        s[iterSlots[pc]] = Ops.iter(((ExprNode) nodes[pc]).eval(f));
                        pc++;
                    }
                    case FOR_ITER -> {
                        f.line = lines[pc];
                        Object v = ((PyIterator) s[iterSlots[pc]]).next();
                        if (v == null) {
                            s[iterSlots[pc]] = null;
                            pc = jumps[pc];
                        } else {
                            int local = localSlots[pc];
                            if (local >= 0) {
                                s[local] = v;
                            } else {
                                targets[pc].store(f, v);
                            }
                            pc++;
                        }
                    }
                    default -> { // CLEAR
                        s[iterSlots[pc]] = null;
                        pc++;
                    }
                }
            }
            return NORMAL;
        } catch (PyException e) {
            clearIterators(s);
            e.noteLine(lines[pc]);
            throw e;
        } catch (RuntimeException e) {
            clearIterators(s);
            PyException p = Interop.toPy(e);
            p.noteLine(lines[pc]);
            throw p;
        }
    }

    /** Where a loop goes round again: another thread may take the GIL, as in every loop. */
    static void backEdge(Frame f) {
        Interpreter interp = f.module.interp;
        if (interp.switchRequested) {
            interp.switchGil();
        }
    }

    private void clearIterators(Object[] s) {
        for (int slot : allIterSlots) {
            s[slot] = null;
        }
    }

    private static final class Instr {
        final byte op;
        final int line;
        final Object node;
        final Targets.Target target;
        final int iterSlot;
        int jump = -1;
        int cont = -1;

        Instr(byte op, int line, Object node, Targets.Target target, int iterSlot) {
            this.op = op;
            this.line = line;
            this.node = node;
            this.target = target;
            this.iterSlot = iterSlot;
        }
    }

    /** An enclosing flattened loop: where {@code continue} goes, and the breaks to point at its end. */
    record Loop(int top, List<Instr> breaks) {
    }

    /**
     * Collects the instructions as the compiler walks the statements. Jumps forward are patched
     * once their target is emitted; each loop's breaks once its end is.
     */
    static final class Builder {
        private final List<Instr> ops = new ArrayList<>();
        private final List<Integer> iterSlots = new ArrayList<>();
        private final List<Loop> loops = new ArrayList<>();
        private final int pcSlot;

        Builder(int pcSlot) {
            this.pcSlot = pcSlot;
        }

        Flow build(int line) {
            return new Flow(line, this);
        }

        /** The index the next instruction gets. */
        int here() {
            return ops.size();
        }

        private Instr add(Instr in) {
            ops.add(in);
            return in;
        }

        private void statement(byte op, int line, StmtNode node) {
            Instr in = add(new Instr(op, line, node, null, -1));
            if (!loops.isEmpty()) {
                Loop loop = loops.get(loops.size() - 1);
                in.cont = loop.top;
                loop.breaks.add(in);
            }
        }

        void exec(int line, StmtNode node) {
            statement(EXEC, line, node);
        }

        void resumable(int line, StmtNode node) {
            statement(RESUMABLE, line, node);
        }

        void yield(int line, ExprNode value) {
            add(new Instr(YIELD, line, value, null, -1));
        }

        /** A conditional jump whose target {@link #patch} sets later; returns its index. */
        int jumpIfFalse(int line, ExprNode test) {
            add(new Instr(JUMP_IF_FALSE, line, test, null, -1));
            return ops.size() - 1;
        }

        /** A jump to {@code target}, or forward (target -1) to be patched; returns its index. */
        int jump(int line, int target) {
            add(new Instr(JUMP, line, null, null, -1)).jump = target;
            return ops.size() - 1;
        }

        /** Points the jump at {@code index} to the next instruction emitted. */
        void patch(int index) {
            ops.get(index).jump = here();
        }

        void getIter(int line, ExprNode iterable, int slot) {
            iterSlots.add(slot);
            add(new Instr(GET_ITER, line, iterable, null, slot));
        }

        /** The loop's step; its exit jump is patched like a conditional jump's. */
        int forIter(int line, Targets.Target target, int slot) {
            add(new Instr(FOR_ITER, line, null, target, slot));
            return ops.size() - 1;
        }

        void clear(int line, int slot) {
            add(new Instr(CLEAR, line, null, null, slot));
        }

        /** Statements emitted from now on are in a loop whose {@code continue} goes to {@code top}. */
        void enterLoop(int top) {
            loops.add(new Loop(top, new ArrayList<>()));
        }

        /**
         * Ends the loop's body: statements emitted from now on (its {@code else} clause) belong to
         * the enclosing loop; returns the loop so that {@link #endLoop} can point its breaks.
         */
        Loop leaveLoopBody() {
            return loops.remove(loops.size() - 1);
        }

        /** Points every {@code break} of the loop to the next instruction emitted. */
        void endLoop(Loop loop) {
            int end = here();
            for (Instr in : loop.breaks) {
                in.jump = end;
            }
        }
    }
}
