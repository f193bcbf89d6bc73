package dev.tauraro.asyncio;

import java.util.List;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;

/**
 * A first-in, first-out queue for coordinating producer and consumer tasks on one event loop.
 *
 * <p>Python equivalent: {@code asyncio.Queue}, including {@code shutdown()} from Python 3.13.
 *
 * <pre>{@code
 * Queue<String> queue = new Queue<>(100);
 * Mono<Void> producer = Flux.just("a", "b", "c").concatMap(queue::put).then();
 * Mono<Void> consumer = queue.get()
 *         .doOnNext(item -> System.out.println("got " + item))
 *         .doOnNext(item -> queue.taskDone())
 *         .repeat(2).then();
 * Asyncio.run(Asyncio.gather(producer, consumer, queue.join()));
 * }</pre>
 *
 * <p>With {@code maxsize <= 0} the queue is unbounded; otherwise {@link #put} waits while it holds
 * {@code maxsize} items. {@link #get()} waits while it is empty. {@link #putNowait} and
 * {@link #getNowait} never wait: they throw {@link QueueFull} and {@link QueueEmpty} instead.
 * Every {@code put} counts an unfinished task; {@link #taskDone()} finishes one, and
 * {@link #join()} waits until none is left.
 *
 * <p>{@code put} and {@code get} are cold: nothing happens until they are subscribed (awaited),
 * and each subscription is one operation. When the queue has room (for {@code put}) or an item
 * (for {@code get}) the operation completes during the subscription, without yielding to the
 * loop, exactly as CPython's coroutines return without suspending.
 *
 * <h2>Null items</h2>
 * Like Python's {@code None}, {@code null} is a valid item (a common "stop" sentinel). A Mono
 * cannot emit {@code null}, so a {@code get()} that takes a {@code null} item completes empty:
 * test for it with {@code hasElement()}, {@code switchIfEmpty} or {@code defaultIfEmpty}.
 * {@link #getNowait()} returns it as {@code null}.
 *
 * <h2>Fairness</h2>
 * Waiting getters and putters are woken one at a time in the order they started waiting. As in
 * CPython, a woken task resumes one loop iteration later and then checks the queue again: a task
 * that calls {@code get()} (or {@code put}) in between takes the item (or the free slot) first,
 * and the woken task then waits again at the back of the line. {@link #join()} wakes all its
 * waiters at once.
 *
 * <h2>Cancellation</h2>
 * Cancelling a task blocked in {@code put} or {@code get} removes it from the line; a cancelled
 * {@code put} has not enqueued its item and a cancelled {@code get} has not taken one. A task that
 * was woken and is cancelled before it resumes passes its wake-up on to the next waiter, so no
 * wake-up is lost. Unsubscribing (a Reactor cancel) behaves the same; if a subscriber cancels a
 * {@code get()} after it took an item but before requesting it, the item is put back in front.
 *
 * <h2>Shutdown</h2>
 * {@link #shutdown()} makes every later {@code put} fail with {@link QueueShutDown}, and every
 * {@code get} once the queue is empty; blocked callers are woken to fail the same way.
 * {@link #shutdown(boolean) shutdown(true)} also discards the items, counting each one as done
 * for {@code join()}.
 *
 * <h2>Thread-safety</h2>
 * None, as in Python: use a queue from the thread of the loop that runs its tasks. The queue binds
 * to the running loop the first time a call has to wait (Python's {@code _LoopBoundMixin}); a
 * later wait under another loop fails with "... is bound to a different event loop".
 *
 * <h2>Differences from CPython</h2>
 * {@code join()} binds the queue itself to the loop (CPython binds its internal {@code Event}).
 * {@code toString()} is Python's {@code str()} form (also in the "bound to a different event loop"
 * message, where CPython uses the {@code repr()} with the object's address); items are shown as
 * Python shows strings, {@code None}, booleans and lists, and with {@code toString()} otherwise.
 *
 * @param <T> the type of the items
 */
public class Queue<T> extends LoopBound {
    private final int maxsize;
    /** The items of a FIFO or LIFO queue; null in a {@link PriorityQueue}, which has its own. */
    private final ItemDeque<T> items;
    /** Tasks blocked in get(), oldest first: CPython's {@code _getters}. */
    final WaiterQueue getters = new WaiterQueue();
    /** Tasks blocked in put(), oldest first: CPython's {@code _putters}. */
    final WaiterQueue putters = new WaiterQueue();
    /** Tasks blocked in join(): CPython's {@code _finished} event's waiters. */
    private final WaiterQueue joiners = new WaiterQueue();
    /** Puts not yet matched by taskDone(); join() waits for 0 (CPython's {@code _unfinished_tasks}). */
    private int unfinished;
    private boolean isShutdown;
    private final GetMono getMono = new GetMono();
    private final JoinMono joinMono = new JoinMono();

    /** An unbounded queue. */
    public Queue() {
        this(0);
    }

    /** A queue holding at most {@code maxsize} items; unbounded when {@code maxsize <= 0}. */
    public Queue(int maxsize) {
        this(maxsize, true);
    }

    Queue(int maxsize, boolean dequeStore) {
        this.maxsize = maxsize;
        this.items = dequeStore ? new ItemDeque<>() : null;
    }

    // ---------------------------------------------------------------- item store (CPython's _put/_get)

    int storeSize() {
        return items.size();
    }

    void storePut(T item) {
        items.addLast(item);
    }

    T storeGet() {
        return items.pollFirst();
    }

    /** Gives back an item taken by a get() whose subscriber cancelled before requesting it. */
    void storeUnget(T item) {
        items.addFirst(item);
    }

    int storeClear() {
        return items.clear();
    }

    List<Object> storeList() {
        return items.toList();
    }

    ItemDeque<T> itemDeque() {
        return items;
    }

    // ---------------------------------------------------------------- size

    /** The number of items in the queue. */
    public int qsize() {
        return storeSize();
    }

    /** The number of items allowed in the queue ({@code <= 0}: unbounded). */
    public int maxsize() {
        return maxsize;
    }

    /** Whether the queue has no item. */
    public boolean empty() {
        return storeSize() == 0;
    }

    /** Whether the queue holds {@code maxsize} items; never true for an unbounded queue. */
    public boolean full() {
        return maxsize > 0 && storeSize() >= maxsize;
    }

    // ---------------------------------------------------------------- put

    /**
     * Puts {@code item} at the end of the queue, waiting for a free slot while the queue is full.
     * Completes without yielding when there is room.
     *
     * <p>Fails with {@link QueueShutDown} if the queue is shut down (also while waiting), and with
     * {@link CancelledError} if the task is cancelled while waiting; in both cases the item was not
     * put.
     */
    public Mono<Void> put(T item) {
        return new PutMono<>(this, item);
    }

    /**
     * Puts {@code item} at the end of the queue at once.
     *
     * @throws QueueFull if the queue holds {@code maxsize} items
     * @throws QueueShutDown if the queue is shut down
     */
    public void putNowait(T item) {
        if (isShutdown) {
            throw new QueueShutDown();
        }
        if (full()) {
            throw new QueueFull();
        }
        storePut(item);
        unfinished++;
        if (getters.head != null) {
            wakeUpNext(getters);
        }
    }

    // ---------------------------------------------------------------- get

    /**
     * Removes and emits the first item, waiting for one while the queue is empty. Completes
     * without yielding when there is an item; completes empty when the item is {@code null}.
     *
     * <p>Fails with {@link QueueShutDown} if the queue is shut down and empty (also while
     * waiting), and with {@link CancelledError} if the task is cancelled while waiting; in both
     * cases no item was taken. The same Mono instance is returned every time.
     */
    public Mono<T> get() {
        return getMono;
    }

    /**
     * Removes and returns the first item at once.
     *
     * @throws QueueEmpty if the queue is empty
     * @throws QueueShutDown if the queue is shut down and empty
     */
    public T getNowait() {
        if (storeSize() == 0) {
            if (isShutdown) {
                throw new QueueShutDown();
            }
            throw new QueueEmpty();
        }
        return takeItem();
    }

    /** Removes the next item and wakes a putter; the queue must not be empty. */
    private T takeItem() {
        T item = storeGet();
        if (putters.head != null) {
            wakeUpNext(putters);
        }
        return item;
    }

    // ---------------------------------------------------------------- join

    /**
     * Marks one item taken from the queue as processed. When every item put has been marked,
     * tasks waiting in {@link #join()} are woken.
     *
     * @throws IllegalArgumentException "task_done() called too many times" when no item is
     *     unfinished (Python raises {@code ValueError})
     */
    public void taskDone() {
        if (unfinished <= 0) {
            throw new IllegalArgumentException("task_done() called too many times");
        }
        if (--unfinished == 0) {
            wakeUpAll(joiners);
        }
    }

    /**
     * Waits until every item put has been marked with {@link #taskDone()}; completes at once when
     * none is unfinished. The same Mono instance is returned every time.
     */
    public Mono<Void> join() {
        return joinMono;
    }

    // ---------------------------------------------------------------- shutdown

    /** {@code shutdown(false)}: puts fail from now on, gets once the queue is empty. */
    public void shutdown() {
        shutdown(false);
    }

    /**
     * Shuts the queue down: from now on {@code put} and {@code putNowait} fail with
     * {@link QueueShutDown}, and so do {@code get} and {@code getNowait} once the queue is empty.
     * Every blocked putter and getter is woken to check again (a getter still takes an item if
     * there is one). With {@code immediate}, the items are discarded first and each counts as
     * done, which may complete {@link #join()}. Calling it again does no harm.
     */
    public void shutdown(boolean immediate) {
        isShutdown = true;
        if (immediate) {
            int dropped = storeClear();
            unfinished = Math.max(0, unfinished - dropped);
            if (unfinished == 0) {
                wakeUpAll(joiners);
            }
        }
        wakeUpAll(getters);
        wakeUpAll(putters);
    }

    // ---------------------------------------------------------------- waking

    /** Wakes the first waiter that is not cancelled: CPython's {@code _wakeup_next}. */
    private static void wakeUpNext(WaiterQueue ws) {
        Waiter<?> w;
        while ((w = ws.poll()) != null) {
            if (!w.done()) {
                w.wake();
                return;
            }
        }
    }

    private static void wakeUpAll(WaiterQueue ws) {
        Waiter<?> w;
        while ((w = ws.poll()) != null) {
            if (!w.done()) {
                w.wake();
            }
        }
    }

    // ---------------------------------------------------------------- resuming waiters

    /** A woken getter resumes: CPython's {@code while self.empty()} loop, then {@code get_nowait()}. */
    void resumeGet(GetAwait<T> a) {
        if (storeSize() > 0) {
            T item;
            try {
                item = takeItem();
            } catch (Throwable e) {
                a.actual.onError(e);
                return;
            }
            a.complete(item);
        } else if (isShutdown) {
            a.actual.onError(new QueueShutDown());
        } else {
            a.waitAgain();
        }
    }

    /** A woken putter resumes: CPython's {@code while self.full()} loop, then {@code put_nowait()}. */
    void resumePut(PutAwait<T> a) {
        if (full()) {
            if (isShutdown) {
                a.actual.onError(new QueueShutDown());
            } else {
                a.waitAgain();
            }
            return;
        }
        T item = a.item;
        a.item = null;
        try {
            putNowait(item);
        } catch (Throwable e) {
            a.actual.onError(e);
            return;
        }
        a.complete(null);
    }

    // ---------------------------------------------------------------- repr

    private String typeName() {
        String name = getClass().getSimpleName();
        return name.isEmpty() ? "Queue" : name;
    }

    /** CPython's {@code Queue._format()}. */
    private String format() {
        StringBuilder sb = new StringBuilder("maxsize=").append(maxsize);
        if (storeSize() > 0) {
            sb.append(" _queue=");
            PyRepr.appendList(sb, storeList());
        }
        if (getters.size() > 0) {
            sb.append(" _getters[").append(getters.size()).append(']');
        }
        if (putters.size() > 0) {
            sb.append(" _putters[").append(putters.size()).append(']');
        }
        if (unfinished != 0) {
            sb.append(" tasks=").append(unfinished);
        }
        if (isShutdown) {
            sb.append(" shutdown");
        }
        return sb.toString();
    }

    /** Python's {@code str(queue)}, e.g. {@code <Queue maxsize=0 _queue=[1, 2] tasks=2>}. */
    @Override
    public String toString() {
        return "<" + typeName() + " " + format() + ">";
    }

    // ---------------------------------------------------------------- the Monos

    /** {@code get()}: one instance per queue; each subscription is one get. */
    private final class GetMono extends Mono<T> {
        @Override
        public void subscribe(CoreSubscriber<? super T> actual) {
            if (storeSize() > 0) {
                // Fast path: no loop, no future, no yield (CPython's get() returns at once).
                T item;
                try {
                    item = takeItem();
                } catch (Throwable e) {
                    Operators.error(actual, e);
                    return;
                }
                actual.onSubscribe(new Got<>(Queue.this, actual, item));
                return;
            }
            if (isShutdown) {
                Operators.error(actual, new QueueShutDown());
                return;
            }
            EventLoop l = loopOrError(actual);
            if (l == null) {
                return;
            }
            GetAwait<T> a = new GetAwait<>(Queue.this, l, actual);
            actual.onSubscribe(a);
            if (!a.finished) {
                a.enqueue();
            }
        }
    }

    /** {@code put(item)}: a small Mono per call carrying the item. */
    private static final class PutMono<T> extends Mono<Void> {
        private final Queue<T> queue;
        private final T item;

        PutMono(Queue<T> queue, T item) {
            this.queue = queue;
            this.item = item;
        }

        @Override
        public void subscribe(CoreSubscriber<? super Void> actual) {
            Queue<T> q = queue;
            if (!q.full()) {
                // Fast path: CPython's put() skips its loop and calls put_nowait() at once.
                try {
                    q.putNowait(item);
                } catch (Throwable e) {
                    Operators.error(actual, e);
                    return;
                }
                Operators.complete(actual);
                return;
            }
            if (q.isShutdown) {
                Operators.error(actual, new QueueShutDown());
                return;
            }
            EventLoop l = q.loopOrError(actual);
            if (l == null) {
                return;
            }
            PutAwait<T> a = new PutAwait<>(q, l, actual, item);
            actual.onSubscribe(a);
            if (!a.finished) {
                a.enqueue();
            }
        }
    }

    /** {@code join()}: one instance per queue. */
    private final class JoinMono extends Mono<Void> {
        @Override
        public void subscribe(CoreSubscriber<? super Void> actual) {
            if (unfinished == 0) {
                Operators.complete(actual);
                return;
            }
            EventLoop l = loopOrError(actual);
            if (l == null) {
                return;
            }
            // CPython's join() awaits an Event: a wake-up completes it for good.
            Waiter<Void> a = new Waiter<>(l, actual, joiners);
            actual.onSubscribe(a);
            if (!a.finished) {
                a.enqueue();
            }
        }
    }

    // ---------------------------------------------------------------- subscriptions

    /**
     * The subscription of a get() that found an item: delivers it on request. Cancelled before
     * the request, it gives the item back to the queue so that nothing is lost.
     */
    private static final class Got<T> implements Subscription {
        private final Queue<T> queue;
        private final CoreSubscriber<? super T> actual;
        private T item;
        private boolean done;

        Got(Queue<T> queue, CoreSubscriber<? super T> actual, T item) {
            this.queue = queue;
            this.actual = actual;
            this.item = item;
        }

        @Override
        public void request(long n) {
            if (done || !Operators.validate(n)) {
                return;
            }
            done = true;
            T v = item;
            item = null;
            if (v != null) {
                actual.onNext(v);
            }
            actual.onComplete();
        }

        @Override
        public void cancel() {
            if (!done) {
                done = true;
                T v = item;
                item = null;
                queue.storeUnget(v);
            }
        }
    }

    /**
     * A task blocked in {@code get()} or {@code put()}: a {@link Waiter} that {@code _wakeup_next}
     * takes out of its line when it wakes it. On resumption it checks the queue again (and may
     * {@link #waitAgain()}); cancelled, it leaves the line, and a woken one passes its wake-up on.
     */
    abstract static class Blocked<R> extends Waiter<R> {
        Blocked(EventLoop loop, CoreSubscriber<? super R> actual, WaiterQueue line) {
            super(loop, actual, line);
        }

        @Override
        final void deliver() {
            if (cancelled()) {
                leave();
                actual.onError(cancelledError());
            } else {
                resume();
            }
        }

        @Override
        final void abandon() {
            leave();
        }

        @Override
        final void onCancel() {
            leave();
        }

        /** Woken and not cancelled: take the item (or the slot), or wait again. */
        abstract void resume();

        /**
         * CPython's {@code except:} clause in {@code get()} and {@code put()}: leave the line and,
         * if woken, pass the wake-up on while the queue still has what it was woken for.
         */
        private void leave() {
            boolean woken = state == WOKEN;
            queue.remove(this); // before the state changes: the line counts its cancelled waiters
            state = CANCELLED;
            if (woken) {
                passOn();
            }
        }

        /** Wakes the next waiter of the line if the wake-up this one got is still good. */
        abstract void passOn();
    }

    static final class GetAwait<T> extends Blocked<T> {
        private final Queue<T> owner;

        GetAwait(Queue<T> owner, EventLoop loop, CoreSubscriber<? super T> actual) {
            super(loop, actual, owner.getters);
            this.owner = owner;
        }

        @Override
        void resume() {
            owner.resumeGet(this);
        }

        @Override
        void passOn() {
            if (owner.storeSize() > 0) {
                wakeUpNext(owner.getters);
            }
        }
    }

    static final class PutAwait<T> extends Blocked<Void> {
        private final Queue<T> owner;
        T item;

        PutAwait(Queue<T> owner, EventLoop loop, CoreSubscriber<? super Void> actual, T item) {
            super(loop, actual, owner.putters);
            this.owner = owner;
            this.item = item;
        }

        @Override
        void resume() {
            owner.resumePut(this);
        }

        @Override
        void passOn() {
            if (!owner.full()) {
                wakeUpNext(owner.putters);
            }
        }
    }

    /** Python's {@code repr()} for the items shown in {@code toString()}. */
    static final class PyRepr {
        private PyRepr() {
        }

        static void appendList(StringBuilder sb, List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(sb, list.get(i));
            }
            sb.append(']');
        }

        static void append(StringBuilder sb, Object o) {
            if (o == null) {
                sb.append("None");
            } else if (o instanceof Boolean) {
                sb.append((Boolean) o ? "True" : "False");
            } else if (o instanceof CharSequence) {
                appendString(sb, o.toString());
            } else if (o instanceof List) {
                appendList(sb, (List<?>) o);
            } else {
                sb.append(o);
            }
        }

        /** Quotes like Python: single quotes unless the text has one and no double quote. */
        private static void appendString(StringBuilder sb, String s) {
            char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
            sb.append(quote);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == quote || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c == '\n') {
                    sb.append("\\n");
                } else if (c == '\r') {
                    sb.append("\\r");
                } else if (c == '\t') {
                    sb.append("\\t");
                } else if (c < 0x20 || c == 0x7f) {
                    sb.append(String.format("\\x%02x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            sb.append(quote);
        }
    }
}
