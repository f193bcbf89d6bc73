package dev.tauraro.multiprocessing.hazelcast;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.DataSerializable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * One message to a worker member: several {@link ChunkTask}s, run there one after another on one
 * of its slots. Sending chunks together pays a round trip and the executor's scheduling once for
 * all of them.
 *
 * <p>How it travels: through Hazelcast's serialization, not one Java serialization stream, so
 * that each argument and result takes Hazelcast's own form where it has one (numbers, strings,
 * byte arrays, ...), compact serialization where that fits (a class that is not
 * {@code Serializable}, with fields compact can write), and Java serialization otherwise. What
 * the chunks share (a map's function, the pool's initializer) is written once per message.
 */
final class ChunkBatch implements Callable<ChunkBatch.Outcomes>, DataSerializable {
    /** The size of the message the member's thread runs, while it runs it (diagnostics and tests). */
    private static final ThreadLocal<Integer> RUNNING = new ThreadLocal<>();

    private List<ChunkTask> chunks;

    /** For Hazelcast, which reads the rest with {@link #readData}. */
    public ChunkBatch() {
    }

    ChunkBatch(List<ChunkTask> chunks) {
        this.chunks = chunks;
    }

    int size() {
        return chunks.size();
    }

    /** The first chunk, for error messages about what could not be serialized. */
    ChunkTask first() {
        return chunks.get(0);
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        Map<Object, Integer> ids = new IdentityHashMap<>();
        List<Object> shared = new ArrayList<>();
        int[] code = new int[chunks.size()];
        int[] init = new int[chunks.size()];
        for (int i = 0; i < code.length; i++) {
            ChunkTask t = chunks.get(i);
            code[i] = ids.computeIfAbsent(t.function(), o -> add(shared, o));
            init[i] = t.initializer() == null ? -1 : ids.computeIfAbsent(t.initializer(), o -> add(shared, o));
        }
        out.writeInt(shared.size());
        for (Object o : shared) {
            if (!(o instanceof java.io.Serializable)) {
                // Hazelcast would write it with compact serialization, which cannot carry code:
                // the member would get a record, not the function.
                throw new java.io.NotSerializableException(o.getClass().getName());
            }
            out.writeObject(o);
        }
        out.writeInt(code.length);
        for (int i = 0; i < code.length; i++) {
            Object[] batch = chunks.get(i).batch();
            out.writeInt(code[i]);
            out.writeInt(init[i]);
            writeArray(out, batch);   // null for a call
        }
    }

    private static int add(List<Object> shared, Object o) {
        shared.add(o);
        return shared.size() - 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void readData(ObjectDataInput in) throws IOException {
        Object[] shared = new Object[in.readInt()];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = in.readObject();
        }
        int n = in.readInt();
        chunks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object code = shared[in.readInt()];
            int init = in.readInt();
            SlotInitializer initializer = init < 0 ? null : (SlotInitializer) shared[init];
            Object[] batch = readArray(in);
            chunks.add(batch == null ? ChunkTask.call((Callable<?>) code, initializer)
                    : ChunkTask.map((Function<Object, Object>) code, batch, initializer));
        }
    }

    /** An array element by element, each in Hazelcast's form for it; -1 for null. */
    private static void writeArray(ObjectDataOutput out, Object[] values) throws IOException {
        if (values == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(values.length);
        for (Object v : values) {
            out.writeObject(v);
        }
    }

    private static Object[] readArray(ObjectDataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readObject();
        }
        return values;
    }

    /** Runs on the member: each chunk's outcome (its value or its {@link ChunkTask.Failure}), in order. */
    @Override
    public Outcomes call() {
        long start = System.nanoTime();
        Object[] out = new Object[chunks.size()];
        boolean[] mapped = new boolean[out.length];
        RUNNING.set(out.length);
        try {
            for (int i = 0; i < out.length; i++) {
                out[i] = chunks.get(i).call();
                mapped[i] = chunks.get(i).batch() != null;
            }
        } finally {
            RUNNING.remove();
        }
        return new Outcomes(out, mapped, System.nanoTime() - start);
    }

    /** On a member, inside a task: how many chunks came in the message it is part of (0 outside one). */
    static int runningSize() {
        Integer n = RUNNING.get();
        return n == null ? 0 : n;
    }

    /**
     * The chunks' outcomes (a map chunk's results as an array, a call's value, or a
     * {@link ChunkTask.Failure}) and how long the member took to run them all.
     */
    static final class Outcomes implements DataSerializable {
        private static final byte FAILED = 0;
        private static final byte RESULTS = 1;
        private static final byte VALUE = 2;

        private Object[] values;
        private boolean[] mapped;
        private long nanos;

        /** For Hazelcast, which reads the rest with {@link #readData}. */
        public Outcomes() {
        }

        Outcomes(Object[] values, boolean[] mapped, long nanos) {
            this.values = values;
            this.mapped = mapped;
            this.nanos = nanos;
        }

        Object[] values() {
            return values;
        }

        long nanos() {
            return nanos;
        }

        @Override
        public void writeData(ObjectDataOutput out) throws IOException {
            out.writeLong(nanos);
            out.writeInt(values.length);
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof ChunkTask.Failure f) {
                    out.writeByte(FAILED);
                    out.writeObject(f.error);
                } else if (mapped[i]) {
                    out.writeByte(RESULTS);
                    writeArray(out, (Object[]) values[i]);
                } else {
                    out.writeByte(VALUE);
                    out.writeObject(values[i]);
                }
            }
        }

        @Override
        public void readData(ObjectDataInput in) throws IOException {
            nanos = in.readLong();
            values = new Object[in.readInt()];
            mapped = new boolean[values.length];
            for (int i = 0; i < values.length; i++) {
                byte kind = in.readByte();
                mapped[i] = kind == RESULTS;
                values[i] = switch (kind) {
                    case FAILED -> new ChunkTask.Failure(in.readObject());
                    case RESULTS -> readArray(in);
                    default -> in.readObject();
                };
            }
        }
    }
}
