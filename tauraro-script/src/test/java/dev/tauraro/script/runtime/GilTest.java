package dev.tauraro.script.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The GIL's forced switching: waiters ask, the holder hands over at its next switch point. */
@Timeout(60)
class GilTest {
    private static Interpreter interpreter() {
        PrintStream ps = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Interpreter(ps, ps, List.of("x.py"), true);
    }

    private static void awaitQueued(Gil gil, Thread t) {
        while (!gil.hasQueuedThread(t)) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aSingleThreadedInterpreterHasNoGilAndNoSwitchRequest() {
        Interpreter interp = interpreter();
        assertThat(interp.gil()).isNull();
        assertThat(interp.switchRequested).isFalse();
        interp.switchGil(); // no GIL: nothing to hand over
        assertThat(interp.switchInterval()).isEqualTo(0.005);
    }

    @Test
    void aThreadWaitingAWholeIntervalRequestsASwitchAndGetsTheGilWhenTheHolderSwitches() throws Exception {
        Interpreter interp = interpreter();
        interp.setSwitchInterval(0.001);
        interp.enableGil();
        Gil gil = interp.gil();
        List<String> order = new CopyOnWriteArrayList<>();
        Thread waiter = new Thread(() -> {
            gil.lock();
            order.add("waiter");
            gil.unlock();
        });
        waiter.start();
        while (!interp.switchRequested) {
            Thread.onSpinWait(); // the holder keeps running until it sees the request
        }
        assertThat(order).isEmpty();
        interp.switchGil();
        order.add("holder");
        waiter.join();
        assertThat(order).containsExactly("waiter", "holder");
        assertThat(gil.isHeldByCurrentThread()).isTrue();
        assertThat(interp.switchRequested).isFalse();
    }

    @Test
    void switchingWithoutWaitersKeepsTheGilAndClearsTheRequest() {
        Interpreter interp = interpreter();
        interp.enableGil();
        interp.switchRequested = true;
        interp.switchGil();
        assertThat(interp.gil().isHeldByCurrentThread()).isTrue();
        assertThat(interp.switchRequested).isFalse();
    }

    @Test
    void theHolderQueuesBehindEveryThreadAlreadyWaiting() throws Exception {
        Interpreter interp = interpreter();
        interp.setSwitchInterval(60); // no timed requests: the test switches by hand
        interp.enableGil();
        Gil gil = interp.gil();
        List<String> order = new CopyOnWriteArrayList<>();
        Thread first = new Thread(() -> {
            gil.lock();
            order.add("first");
            gil.unlock();
        });
        Thread second = new Thread(() -> {
            gil.lock();
            order.add("second");
            gil.unlock();
        });
        first.start();
        awaitQueued(gil, first);
        second.start();
        awaitQueued(gil, second);
        interp.switchGil();
        order.add("holder");
        first.join();
        second.join();
        assertThat(order).containsExactly("first", "second", "holder");
    }

    @Test
    void switchingKeepsEveryReentrantHold() throws Exception {
        Interpreter interp = interpreter();
        interp.setSwitchInterval(60);
        interp.enableGil();
        Gil gil = interp.gil();
        gil.lock(); // two holds, as a thread re-entering the interpreter has
        Thread waiter = new Thread(() -> {
            gil.lock();
            gil.unlock();
        });
        waiter.start();
        awaitQueued(gil, waiter);
        interp.switchGil();
        waiter.join();
        assertThat(gil.getHoldCount()).isEqualTo(2);
    }

    @Test
    void aThreadThatDoesNotHoldTheGilIgnoresSwitchRequests() throws Exception {
        Interpreter interp = interpreter();
        interp.enableGil();
        interp.switchRequested = true;
        Thread outsider = new Thread(interp::switchGil);
        outsider.start();
        outsider.join();
        assertThat(interp.gil().isHeldByCurrentThread()).isTrue();
        assertThat(interp.switchRequested).isTrue(); // left for the holder
    }

    @Test
    void anInterruptWhileWaitingDoesNotAbandonTheWaitAndIsKept() throws Exception {
        Interpreter interp = interpreter();
        interp.setSwitchInterval(60);
        interp.enableGil();
        Gil gil = interp.gil();
        boolean[] interruptedAfter = new boolean[1];
        Thread waiter = new Thread(() -> {
            gil.lock();
            interruptedAfter[0] = Thread.currentThread().isInterrupted();
            gil.unlock();
        });
        waiter.start();
        awaitQueued(gil, waiter);
        waiter.interrupt();
        awaitQueued(gil, waiter); // back in the queue after the interrupt
        gil.unlock();
        waiter.join();
        assertThat(interruptedAfter[0]).isTrue();
    }
}
