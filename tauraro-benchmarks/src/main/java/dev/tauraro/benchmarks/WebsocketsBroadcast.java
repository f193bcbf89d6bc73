package dev.tauraro.benchmarks;

import dev.tauraro.websockets.Connection;
import dev.tauraro.websockets.Message;
import dev.tauraro.websockets.Server;
import dev.tauraro.websockets.Websockets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Flux;

/**
 * Whole-process broadcast benchmark: N clients connected to a server in the same process on
 * loopback; the server broadcasts one 32-byte text message to all of them ({@code
 * Websockets.broadcast}) and the time until every client has received it is taken, R times
 * (after three warm-up rounds). Prints {@code bench tauraro-broadcast-<N> <best ms> ms
 * median=<m> runs=<R>}, as {@code bench/websockets/bench_broadcast.py} does for Python websockets.
 *
 * <p>Usage: {@code WebsocketsBroadcast <clients> <rounds>}
 */
public final class WebsocketsBroadcast {
    private static final Duration WAIT = Duration.ofMinutes(2);

    private WebsocketsBroadcast() {
    }

    public static void main(String[] args) throws InterruptedException {
        int clients = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Server server = Websockets.serve(ws -> ws.waitClosed(), "127.0.0.1", 0).block(WAIT);
        String uri = "ws://127.0.0.1:" + server.port() + "/";
        AtomicReference<CountDownLatch> round = new AtomicReference<>();
        long connecting = System.nanoTime();
        List<Connection> connected = Flux.range(0, clients)
                .flatMap(i -> Websockets.connect(uri), 64)
                .collectList().block(WAIT);
        for (Connection c : connected) {
            c.messages().subscribe(m -> round.get().countDown());
        }
        System.out.printf("  connected %d clients in %.2f s%n", clients, (System.nanoTime() - connecting) / 1e9);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.connections().size() < clients && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        int warmups = 3;
        List<Double> times = new ArrayList<>();
        Message message = Message.text("0123456789abcdef0123456789abcdef");
        for (int r = 0; r < warmups + rounds; r++) {
            CountDownLatch all = new CountDownLatch(clients);
            round.set(all);
            long start = System.nanoTime();
            int sent = Websockets.broadcast(server.connections(), message);
            if (!all.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("round " + r + ": " + all.getCount() + " clients never got the message"
                        + " (written to " + sent + ")");
            }
            if (r >= warmups) {
                times.add((System.nanoTime() - start) / 1e6);
            }
        }
        for (Connection c : connected) {
            c.close(1000, "").block(WAIT);
        }
        server.close();
        server.waitClosed().block(WAIT);
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("bench tauraro-broadcast-%d %.2f ms median=%.2f runs=%d%n", clients, sorted[0],
                sorted[sorted.length / 2], rounds);
        System.out.println("  all: " + Arrays.toString(sorted));
    }
}
