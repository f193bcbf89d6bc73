package dev.tauraro.multiprocessing.hazelcast;

import java.io.Serializable;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A cluster pool's initializer as it travels with the pool's chunks, and, on each member, the
 * slots it has run for: it runs once per slot per pool, before that slot's first chunk of the
 * pool, as CPython runs it once in each worker process.
 *
 * <p>A slot is not a thread: Hazelcast runs a named executor's tasks on threads of a shared
 * cached pool, at most {@code slots} at a time. So a member keeps, per pool, the slots whose
 * initializer has run and are free; a chunk takes one (running the initializer for a new slot
 * when none is free) and gives it back when it ends. At most {@code slots} chunks of a pool run
 * at once, so at most {@code slots} initializers run per member and pool; the thread a chunk runs
 * on may differ from the one that ran its slot's initializer (keep state in static fields, not
 * thread locals).
 *
 * <p>A member outlives pools: it remembers the slots of the {@value #KEPT} pools that sent work
 * most recently. An initializer that throws makes no slot: the chunk fails with that exception,
 * and the next chunk runs the initializer again.
 */
final class SlotInitializer implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int KEPT = 64;
    /** On a member: by pool id, the free initialized slots, least recently used pool first (guarded by itself). */
    private static final Map<UUID, Deque<Object>> FREE = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Deque<Object>> eldest) {
            return size() > KEPT;
        }
    };

    private final UUID pool = UUID.randomUUID();
    private final SerializableRunnable initializer;

    SlotInitializer(SerializableRunnable initializer) {
        this.initializer = initializer;
    }

    /** On a member, before a chunk: a free slot of the pool, or a new one whose initializer has run. */
    Object enterSlot() {
        Object slot = free().poll();
        if (slot == null) {
            initializer.run();
            slot = new Object();
        }
        return slot;
    }

    /** After the chunk: the slot is free again. */
    void leaveSlot(Object slot) {
        free().push(slot);
    }

    private Deque<Object> free() {
        synchronized (FREE) {
            return FREE.computeIfAbsent(pool, id -> new ConcurrentLinkedDeque<>());
        }
    }
}
