package dev.tauraro.multiprocessing.hazelcast;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import dev.tauraro.multiprocessing.AsyncResult;
import dev.tauraro.multiprocessing.BrokenPoolError;
import dev.tauraro.multiprocessing.Pool;
import dev.tauraro.multiprocessing.TaskRunner;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A multiprocessing {@link Pool} whose work runs on the worker members of a Hazelcast cluster
 * (see {@link ClusterWorker}): the same API, with {@code processes} meaning the worker slots
 * across the members.
 *
 * <p>Python equivalent: {@code multiprocessing.Pool}, as a Ray or Dask user would want it.
 *
 * <pre>{@code
 * try (ClusterPool pool = ClusterPool.builder().cluster("10.0.0.1:5701", "10.0.0.2:5701").build()) {
 *     List<Long> r = pool.map(Example::cpuIntensive, List.of(1_000_000, 2_000_000, 3_000_000));
 * }
 * }</pre>
 *
 * <h2>How work runs</h2>
 * The pool is a local {@link Pool} whose threads claim chunks as in a local pool, at most 128
 * threads per process and 256 in all, so that chunks are claimed ahead of the
 * members' slots: the chunks waiting travel to a member together, several to a message, to the
 * member with the lowest share of its slots in use (two messages per slot in flight; a message
 * holds about 2 ms of the members' work, by the time earlier chunks took). So ordering, chunking,
 * callbacks (run in the caller's JVM), the Mono and Flux forms, {@code shutdown} and
 * {@code terminate} behave exactly as in {@link Pool}; see its javadoc. A member that joins while
 * a pool runs takes chunks from then on.
 *
 * <h2>Serialization</h2>
 * Tasks, their arguments and their results travel with Hazelcast's serialization: its built-in
 * forms (numbers, strings, arrays), any serializer registered with the cluster, zero-configuration
 * compact serialization for a class that is not {@link java.io.Serializable} (records, plain
 * classes), else Java serialization. A function itself must be {@code Serializable} (compact
 * cannot carry code), and a call's arguments travel inside it. Methods take {@link SerializableFunction}, {@link SerializableBiFunction} and
 * {@link SerializableCallable}, so lambdas and method references written in the call are
 * serializable. Anything that cannot be serialized fails that call with {@link PicklingError}
 * naming the class. The tasks' classes must be on every worker member's class path.
 *
 * <h2>Failures: at-least-once</h2>
 * A task's exception reaches the caller as in a local pool (the exception the worker raised,
 * carried back with its stack trace). When a member dies, leaves or loses its connection while it
 * runs a chunk, the chunk is run again on another member: every chunk runs <em>at least</em> once,
 * so a task with side effects may have them twice; the results hold one value per item either way.
 * When no worker member is left, chunks wait for one to join for at most
 * {@link Builder#memberLossTimeout} (default 10 s) and then fail with {@link BrokenPoolError}: a
 * caller never hangs.
 *
 * <h2>Life cycle</h2>
 * {@link #close()} is {@link #terminate()}, as for a local pool: running chunks are cancelled on
 * the members. A pool built from addresses owns its Hazelcast client and shuts it down once its
 * threads have exited; a pool given an instance leaves it running.
 *
 * <h2>Differences from a local Pool</h2>
 * The initializer runs in each member slot, not in the caller ({@link Builder#initializer}); a
 * member's static state outlives the pool. {@code maxTasksPerChild} renews the pool's
 * local threads, not the members. Values are copies, never shared references. Blocking in a
 * callback holds up a local thread, not a member.
 */
public final class ClusterPool implements AutoCloseable {
    private final Pool pool;
    private final HazelcastInstance instance;

    private ClusterPool(Pool pool, HazelcastInstance instance) {
        this.pool = pool;
        this.instance = instance;
    }

    /** A builder: where the cluster is, and the pool's options. */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link ClusterPool}: the cluster to join and Python's pool options. */
    public static final class Builder {
        private HazelcastInstance instance;
        private final List<String> cluster = new ArrayList<>();
        private String clusterName = HazelcastConfigs.DEFAULT_CLUSTER_NAME;
        /** Holds and checks the local pool's options. */
        private final Pool.Builder local = Pool.builder();
        private SerializableRunnable initializer;
        /** The processes given, or 0 for the members' slots. */
        private int processes;
        private Duration memberLossTimeout = Duration.ofSeconds(10);
        private Duration startTimeout = Duration.ofSeconds(30);
        private UnaryOperator<TaskRunner> around = UnaryOperator.identity();

        private Builder() {
        }

        /**
         * Runs on the cluster of {@code instance}, a member or a client, which the pool leaves
         * running when it ends.
         */
        public Builder instance(HazelcastInstance instance) {
            this.instance = Objects.requireNonNull(instance, "instance");
            return this;
        }

        /** Connects a client of its own to the members at these {@code host:port} addresses. */
        public Builder cluster(String... members) {
            cluster.addAll(Arrays.asList(members));
            return this;
        }

        /** The cluster's name (default {@code tauraro}), for a client built from addresses. */
        public Builder clusterName(String name) {
            this.clusterName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The chunks run at once (default: the worker slots of the members present when the pool
         * is built). Python: {@code processes}.
         *
         * @throws IllegalArgumentException "Number of processes must be at least 1"
         */
        public Builder processes(int processes) {
            local.processes(processes);
            this.processes = processes;
            return this;
        }

        /**
         * Runs once in each member slot (one of the chunks a worker member runs at once) before the slot's
         * first chunk of this pool, as CPython runs {@code initializer(*initargs)} once in each
         * worker process: capture the arguments in the lambda. If it throws, the chunk fails with
         * its exception and the slot's next chunk runs it again. Python: {@code initializer}.
         */
        public Builder initializer(SerializableRunnable initializer) {
            this.initializer = Objects.requireNonNull(initializer, "initializer");
            return this;
        }

        /** Python: {@code maxtasksperchild}; renews the pool's local threads (see the class javadoc). */
        public Builder maxTasksPerChild(int n) {
            local.maxTasksPerChild(n);
            return this;
        }

        /** How long chunks wait for a worker member when none is left before failing (default 10 s). */
        public Builder memberLossTimeout(Duration timeout) {
            this.memberLossTimeout = positive(timeout, "memberLossTimeout");
            return this;
        }

        /** How long {@link #build()} waits to connect and for a first worker member (default 30 s). */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = positive(timeout, "startTimeout");
            return this;
        }

        /**
         * Wraps the runner that sends each chunk to a member and waits for its outcome. The wrapper
         * runs in this JVM, on the pool's thread that claimed the chunk: a language binding uses it
         * to decode results and the task's exceptions there (the script layer unpickles them), so
         * that callbacks, iterators and async results already see decoded values.
         */
        public Builder around(UnaryOperator<TaskRunner> wrapper) {
            this.around = Objects.requireNonNull(wrapper, "wrapper");
            return this;
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, not " + d);
            }
            return d;
        }

        /**
         * Connects (unless given an instance), waits for a worker member and starts the pool.
         *
         * @throws BrokenPoolError if no worker member is there within the start timeout
         * @throws IllegalStateException if neither an instance nor addresses were given
         */
        public ClusterPool build() {
            boolean owns = instance == null;
            if (owns && cluster.isEmpty()) {
                throw new IllegalStateException("a ClusterPool needs cluster(addresses...) or instance(hz)");
            }
            HazelcastInstance hz = owns
                    ? HazelcastClient.newHazelcastClient(HazelcastConfigs.client(clusterName, cluster, startTimeout))
                    : instance;
            try {
                WorkerMembers members = new WorkerMembers(hz, memberLossTimeout);
                int slots = members.awaitSlots(startTimeout);
                int n = processes > 0 ? processes : slots;
                local.processes(n);
                ClusterRunner runner = new ClusterRunner(hz, owns, members, ClusterRunner.claimsPerProcess(n),
                        initializer == null ? null : new SlotInitializer(initializer));
                return new ClusterPool(local.runner(around.apply(runner)).build(), hz);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                shutdownIf(owns, hz);
                throw new CompletionException(e);
            } catch (RuntimeException | Error e) {
                shutdownIf(owns, hz);
                throw e;
            }
        }

        private static void shutdownIf(boolean owns, HazelcastInstance hz) {
            if (owns) {
                hz.shutdown();
            }
        }
    }

    /** The chunks run at once. */
    public int processes() {
        return pool.processes();
    }

    /** The Hazelcast member or client the pool runs through. */
    public HazelcastInstance instance() {
        return instance;
    }

    /** The local {@link Pool} behind this one, for code written against {@code Pool} (its tasks must be serializable). */
    public Pool asPool() {
        return pool;
    }

    // ---------------------------------------------------------------- apply

    /** See {@link Pool#apply}. */
    public <R> R apply(SerializableCallable<? extends R> fn) {
        return pool.apply(fn);
    }

    /** See {@link Pool#applyAsync(java.util.concurrent.Callable)}. */
    public <R> AsyncResult<R> applyAsync(SerializableCallable<? extends R> fn) {
        return pool.applyAsync(fn);
    }

    /** See {@link Pool#applyAsync(java.util.concurrent.Callable, Consumer, Consumer)}; callbacks run in this JVM. */
    public <R> AsyncResult<R> applyAsync(SerializableCallable<? extends R> fn, Consumer<? super R> callback,
            Consumer<? super Throwable> errorCallback) {
        return pool.applyAsync(fn, callback, errorCallback);
    }

    /** See {@link Pool#applyMono}. */
    public <R> Mono<R> applyMono(SerializableCallable<? extends R> fn) {
        return pool.applyMono(fn);
    }

    // ---------------------------------------------------------------- map

    /** See {@link Pool#map(java.util.function.Function, Iterable)}. */
    public <T, R> List<R> map(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> iterable) {
        return pool.map(fn, iterable);
    }

    /** See {@link Pool#map(java.util.function.Function, Iterable, int)}. */
    public <T, R> List<R> map(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize) {
        return pool.map(fn, iterable, chunksize);
    }

    /** See {@link Pool#mapAsync(java.util.function.Function, Iterable)}. */
    public <T, R> AsyncResult<List<R>> mapAsync(SerializableFunction<? super T, ? extends R> fn,
            Iterable<? extends T> iterable) {
        return pool.mapAsync(fn, iterable);
    }

    /** See {@link Pool#mapAsync(java.util.function.Function, Iterable, int)}. */
    public <T, R> AsyncResult<List<R>> mapAsync(SerializableFunction<? super T, ? extends R> fn,
            Iterable<? extends T> iterable, int chunksize) {
        return pool.mapAsync(fn, iterable, chunksize);
    }

    /** See {@link Pool#mapAsync(java.util.function.Function, Iterable, int, Consumer, Consumer)}; callbacks run in this JVM. */
    public <T, R> AsyncResult<List<R>> mapAsync(SerializableFunction<? super T, ? extends R> fn,
            Iterable<? extends T> iterable, int chunksize, Consumer<? super List<R>> callback,
            Consumer<? super Throwable> errorCallback) {
        return pool.mapAsync(fn, iterable, chunksize, callback, errorCallback);
    }

    /** See {@link Pool#mapMono(java.util.function.Function, Iterable)}. */
    public <T, R> Mono<List<R>> mapMono(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> iterable) {
        return pool.mapMono(fn, iterable);
    }

    /** See {@link Pool#mapMono(java.util.function.Function, Iterable, int)}. */
    public <T, R> Mono<List<R>> mapMono(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize) {
        return pool.mapMono(fn, iterable, chunksize);
    }

    // ---------------------------------------------------------------- starmap

    /**
     * See {@link Pool#starmap(java.util.function.BiFunction, Iterable)}. The pairs travel as
     * {@link AbstractMap.SimpleImmutableEntry}, so any {@link Map.Entry} (such as
     * {@link Map#entry}, which is not serializable) may be given; so for the other forms.
     */
    public <A, B, R> List<R> starmap(SerializableBiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs) {
        return pool.map(star(fn), entries(pairs));
    }

    /** See {@link Pool#starmap(java.util.function.BiFunction, Iterable, int)}. */
    public <A, B, R> List<R> starmap(SerializableBiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunksize) {
        return pool.map(star(fn), entries(pairs), chunksize);
    }

    /** See {@link Pool#starmapAsync(java.util.function.BiFunction, Iterable)}. */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(SerializableBiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs) {
        return pool.mapAsync(star(fn), entries(pairs));
    }

    /** See {@link Pool#starmapAsync(java.util.function.BiFunction, Iterable, int)}. */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(SerializableBiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunksize) {
        return pool.mapAsync(star(fn), entries(pairs), chunksize);
    }

    /** See {@link Pool#starmapAsync(java.util.function.BiFunction, Iterable, int, Consumer, Consumer)}. */
    public <A, B, R> AsyncResult<List<R>> starmapAsync(SerializableBiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs, int chunksize,
            Consumer<? super List<R>> callback, Consumer<? super Throwable> errorCallback) {
        return pool.mapAsync(star(fn), entries(pairs), chunksize, callback, errorCallback);
    }

    /** The two-argument function applied to a pair, itself serializable. */
    private static <A, B, R> SerializableFunction<Map.Entry<A, B>, R> star(
            SerializableBiFunction<? super A, ? super B, ? extends R> fn) {
        Objects.requireNonNull(fn, "fn");
        return e -> fn.apply(e.getKey(), e.getValue());
    }

    /** Serializable copies of the pairs. */
    private static <A, B> List<Map.Entry<A, B>> entries(Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs) {
        Objects.requireNonNull(pairs, "pairs");
        List<Map.Entry<A, B>> copies = new ArrayList<>();
        for (Map.Entry<? extends A, ? extends B> e : pairs) {
            copies.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue()));
        }
        return copies;
    }

    // ---------------------------------------------------------------- imap and Flux

    /** See {@link Pool#imap(java.util.function.Function, Iterable)}. */
    public <T, R> Iterator<R> imap(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> iterable) {
        return pool.imap(fn, iterable);
    }

    /** See {@link Pool#imap(java.util.function.Function, Iterable, int)}. */
    public <T, R> Iterator<R> imap(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize) {
        return pool.imap(fn, iterable, chunksize);
    }

    /** See {@link Pool#imapUnordered(java.util.function.Function, Iterable)}. */
    public <T, R> Iterator<R> imapUnordered(SerializableFunction<? super T, ? extends R> fn,
            Iterable<? extends T> iterable) {
        return pool.imapUnordered(fn, iterable);
    }

    /** See {@link Pool#imapUnordered(java.util.function.Function, Iterable, int)}. */
    public <T, R> Iterator<R> imapUnordered(SerializableFunction<? super T, ? extends R> fn,
            Iterable<? extends T> iterable, int chunksize) {
        return pool.imapUnordered(fn, iterable, chunksize);
    }

    /** See {@link Pool#mapFlux(java.util.function.Function, Iterable)}. */
    public <T, R> Flux<R> mapFlux(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> iterable) {
        return pool.mapFlux(fn, iterable);
    }

    /** See {@link Pool#mapFlux(java.util.function.Function, Iterable, int)}. */
    public <T, R> Flux<R> mapFlux(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> iterable,
            int chunksize) {
        return pool.mapFlux(fn, iterable, chunksize);
    }

    /** See {@link Pool#mapUnorderedFlux(java.util.function.Function, Iterable)}. */
    public <T, R> Flux<R> mapUnorderedFlux(SerializableFunction<? super T, ? extends R> fn,
            Iterable<? extends T> iterable) {
        return pool.mapUnorderedFlux(fn, iterable);
    }

    /** See {@link Pool#mapUnorderedFlux(java.util.function.Function, Iterable, int)}. */
    public <T, R> Flux<R> mapUnorderedFlux(SerializableFunction<? super T, ? extends R> fn,
            Iterable<? extends T> iterable, int chunksize) {
        return pool.mapUnorderedFlux(fn, iterable, chunksize);
    }

    // ---------------------------------------------------------------- life cycle

    /** See {@link Pool#shutdown()} (Python's {@code close()}). */
    public void shutdown() {
        pool.shutdown();
    }

    /** See {@link Pool#terminate()}; running chunks are cancelled on their members. */
    public void terminate() {
        pool.terminate();
    }

    /** See {@link Pool#join()}. */
    public void join() {
        pool.join();
    }

    /** {@link #terminate()}, as Python's {@code with Pool() as pool:} does on exit. */
    @Override
    public void close() {
        pool.terminate();
    }

    /** Like a local pool's repr: {@code <ClusterPool state=RUN pool_size=4>}. */
    @Override
    public String toString() {
        return pool.toString().replace("<multiprocessing.pool.Pool ", "<ClusterPool ");
    }
}
