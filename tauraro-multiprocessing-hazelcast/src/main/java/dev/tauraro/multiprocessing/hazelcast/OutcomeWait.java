package dev.tauraro.multiprocessing.hazelcast;

import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * How a pool thread in {@link ClusterRunner#mapChunks} waits for the outcomes of the chunks it
 * claimed: it reports each one as it completes and parks while none is new, woken by
 * {@link LockSupport#unpark} from the thread that completed some.
 *
 * <p>Why it parks only after a scan that reported nothing: an unpark leaves one permit, and any
 * park in between takes it. Reporting a chunk hands its results to their consumer under the
 * consumer's lock (an imap's iterator), which parks when the consumer holds it; a chunk the scan
 * had already passed over could complete and unpark this thread right then, and the next park
 * waited for a wake-up that had already come and gone: the pool thread slept for good, and its
 * imap never yielded (most likely the imap that hung once in CI). A scan that reports nothing
 * does not block, so a result completed after the scan looked at it unparks this thread after
 * that look, leaving a permit that nothing takes before the park.
 */
final class OutcomeWait {
    private OutcomeWait() {
    }

    /**
     * Calls {@code report.accept(i)} in the calling thread for each {@code results[i]} not yet
     * {@code reported[i]}, once it is done, marking it reported, until all are. The threads that
     * complete the results must unpark the calling thread after completing them.
     *
     * @return true once all are reported; false if the thread was interrupted first (its interrupt
     *     status is then cleared, and {@code reported} tells which are left)
     */
    static boolean reportAll(Future<?>[] results, boolean[] reported, IntConsumer report) {
        int left = 0;
        for (boolean r : reported) {
            if (!r) {
                left++;
            }
        }
        while (left > 0) {
            boolean progressed = false;
            for (int i = 0; i < results.length; i++) {
                if (!reported[i] && results[i].isDone()) {
                    reported[i] = true;
                    left--;
                    progressed = true;
                    report.accept(i);   // may park, taking a permit meant for the wait below
                }
            }
            if (left > 0 && !progressed) {
                LockSupport.park(results);
                if (Thread.interrupted()) {
                    return false;
                }
            }
        }
        return true;
    }
}
