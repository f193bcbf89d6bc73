package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static dev.tauraro.websockets.WebsocketsTest.eventually;
import static dev.tauraro.websockets.WebsocketsTest.uri;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.ResourceLeakDetector;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Misbehaving peers and load: slow readers, many clients; nothing may leak or grow without bound. */
class FaultsTest {

    @Test
    void aSlowReaderHoldsAtMostMaxQueueMessagesAndStallsTheSender() {
        int count = 1000;
        byte[] chunk = new byte[64 * 1024];
        new Random(1).nextBytes(chunk);      // incompressible, so socket buffers do fill up
        AtomicInteger sent = new AtomicInteger();
        Options options = Options.builder().compression(false).build();
        Server server = Websockets.serve(ws -> Flux.range(0, count)
                .concatMap(i -> ws.send(chunk).doOnSuccess(v -> sent.incrementAndGet())), "127.0.0.1", 0, options)
                .block(WAIT);
        try (server) {
            Connection client = Websockets.connect(uri(server), options).block(WAIT);
            eventually(() -> client.queuedMessages() == 16);
            int sentWhenFull = sent.get();
            // 64 MiB cannot all sit in loopback socket buffers: the sender waits for the reader
            assertThat(sentWhenFull).isLessThan(count);
            assertThat(client.queuedMessages()).isEqualTo(16);
            for (int i = 0; i < count; i++) {
                assertThat(client.recv().block(WAIT).bytes()).isEqualTo(chunk);
                assertThat(client.queuedMessages()).isLessThanOrEqualTo(16);
            }
            assertThat(sent.get()).isEqualTo(count);
            client.close(1000, "").block(WAIT);
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void aThousandClientsComeAndGoLeavingNoConnectionAndNoLeakedBuffer() throws Exception {
        ResourceLeakDetector.Level level = ResourceLeakDetector.getLevel();
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        List<String> leaks = new CopyOnWriteArrayList<>();
        Field detector = Class.forName("io.netty.buffer.AbstractByteBuf").getDeclaredField("leakDetector");
        detector.setAccessible(true);
        ((ResourceLeakDetector<?>) detector.get(null)).setLeakListener((type, records) -> leaks.add(type + records));
        try {
            Server server = WebsocketsTest.echoServer(Options.DEFAULTS);
            try (server) {
                List<String> replies = Flux.range(0, 1000)
                        .flatMap(i -> Websockets.connect(uri(server)).flatMap(ws -> ws.send("client " + i)
                                .then(ws.recv())
                                .flatMap(m -> ws.close(1000, "").thenReturn(m.text()))), 32)
                        .collectList().block(Duration.ofMinutes(5));
                assertThat(replies).hasSize(1000).doesNotHaveDuplicates();
                eventually(() -> server.connections().isEmpty());
            }
            server.waitClosed().block(WAIT);
            // Leaks are reported when a later allocation finds a collected, unreleased buffer.
            for (int i = 0; i < 5; i++) {
                System.gc();
                io.netty.buffer.PooledByteBufAllocator.DEFAULT.buffer(16).release();
                Mono.delay(Duration.ofMillis(20)).block();
            }
            assertThat(leaks).isEmpty();
        } finally {
            ResourceLeakDetector.setLevel(level);
        }
    }

    @Test
    void sixHundredClientsStayConnectedAtOnceAndAllGetABroadcast() throws Exception {
        Server server = Websockets.serve(ws -> ws.waitClosed(), "127.0.0.1", 0).block(WAIT);
        try (server) {
            // More than Reactor Netty's pool allows per host (500), all open together.
            List<Connection> clients = Flux.range(0, 600).flatMap(i -> Websockets.connect(uri(server)), 64)
                    .collectList().block(Duration.ofMinutes(2));
            eventually(() -> server.connections().size() == 600);
            java.util.concurrent.CountDownLatch all = new java.util.concurrent.CountDownLatch(600);
            for (Connection c : clients) {
                c.recv().subscribe(m -> all.countDown());
            }
            assertThat(Websockets.broadcast(server.connections(), Message.text("to all"))).isEqualTo(600);
            assertThat(all.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            Flux.fromIterable(clients).flatMap(c -> c.close(1000, ""), 64).then().block(Duration.ofMinutes(2));
            eventually(() -> server.connections().isEmpty());
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void connectAndCloseCyclesLeaveNoNewThread() {
        Server server = WebsocketsTest.echoServer(Options.DEFAULTS);
        try (server) {
            // Warm-up: Reactor Netty's event loops and Reactor's timer threads start lazily and
            // are shared for the life of the JVM; after this every one of them exists.
            cycles(server, 64);
            java.util.Set<Thread> before = new java.util.HashSet<>(Thread.getAllStackTraces().keySet());
            cycles(server, 300);
            eventually(() -> server.connections().isEmpty());
            java.util.function.Supplier<List<String>> added = () -> Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive()).map(Thread::getName).toList();
            // threads that end on their own (none are expected) get a bounded time to go
            try {
                eventually(() -> added.get().isEmpty());
            } catch (IllegalStateException timedOut) {
                // reported with the threads' names just below
            }
            assertThat(added.get()).as("threads started by the cycles and still alive").isEmpty();
        }
        server.waitClosed().block(WAIT);
    }

    private static void cycles(Server server, int n) {
        for (int i = 0; i < n; i++) {
            Connection ws = Websockets.connect(uri(server)).block(WAIT);
            ws.send("cycle " + i).block(WAIT);
            assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("cycle " + i));
            ws.close(1000, "").block(WAIT);
        }
    }
}
