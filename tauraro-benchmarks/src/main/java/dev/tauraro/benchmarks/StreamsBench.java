package dev.tauraro.benchmarks;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.Server;
import dev.tauraro.asyncio.StreamPair;
import dev.tauraro.asyncio.StreamReader;
import dev.tauraro.asyncio.StreamWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.tcp.TcpClient;
import reactor.netty.tcp.TcpServer;

/**
 * Whole-process asyncio streams benchmarks on loopback, server and clients in one process
 * (bench/streams/compare.sh runs them beside CPython's):
 *
 * <pre>
 * StreamsBench echo CONNS ROUND_TRIPS   tauraro-asyncio streams: CONNS clients send 32-byte lines
 *                                       to an echo server, each waiting for its reply; prints
 *                                       "bench echo-CONNSc RATE rt/s runs=[...]"
 * StreamsBench echo-raw CONNS ROUND_TRIPS the same echo on raw Reactor Netty TcpServer/TcpClient
 *                                       (no streams): the ceiling for the streams' figure
 * StreamsBench bulk MIB                 one connection carries MIB MiB in 64 KiB writes, each
 *                                       followed by drain(); the server reads until EOF; prints
 *                                       "bench bulk-streams RATE MiB/s runs=[...]"
 * StreamsBench bulk-raw MIB             the same transfer with raw Reactor Netty TcpClient and
 *                                       TcpServer; prints "bench bulk-reactor-netty RATE MiB/s ..."
 * </pre>
 * Each warms up with one run, then reports the best of three.
 */
public final class StreamsBench {
    private static final byte[] LINE = "0123456789abcdef0123456789abcde\n".getBytes();
    private static final int CHUNK = 64 * 1024;
    private static final Duration WAIT = Duration.ofMinutes(10);

    private StreamsBench() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        double[] rates = new double[3];
        String name;
        String unit;
        switch (mode) {
            case "echo" -> {
                int conns = Integer.parseInt(args[1]);
                int total = Integer.parseInt(args[2]);
                name = "echo-" + conns + "c";
                unit = "rt/s";
                Asyncio.run(Mono.defer(() -> Asyncio.startServer(StreamsBench::echo, "127.0.0.1", 0)
                        .flatMap(server -> echoRuns(server, conns, total, rates))));
            }
            case "echo-raw" -> {
                int conns = Integer.parseInt(args[1]);
                int total = Integer.parseInt(args[2]);
                name = "echo-reactor-netty-" + conns + "c";
                unit = "rt/s";
                rawEcho(conns, total, rates);
            }
            case "bulk" -> {
                long mib = Long.parseLong(args[1]);
                name = "bulk-streams";
                unit = "MiB/s";
                Asyncio.run(Mono.defer(() -> Asyncio.startServer(StreamsBench::sink, "127.0.0.1", 0)
                        .flatMap(server -> bulkRuns(server, mib, rates))));
            }
            case "bulk-raw" -> {
                long mib = Long.parseLong(args[1]);
                name = "bulk-reactor-netty";
                unit = "MiB/s";
                rawBulk(mib, rates);
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        double best = Arrays.stream(rates).max().orElse(0);
        System.out.printf("bench %s %.0f %s runs=%s%n", name, best, unit,
                Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()));
    }

    /** The echo server's connection handler: every line straight back. */
    private static Mono<Void> echo(StreamReader reader, StreamWriter writer) {
        return reader.readline().flatMap(line -> {
            if (line.length == 0) {
                writer.close();
                return Mono.just(false);
            }
            writer.write(line);
            return writer.drain().thenReturn(true);
        }).repeat().takeUntil(more -> !more).then();
    }

    private static Mono<Void> echoRuns(Server server, int conns, int total, double[] rates) {
        Mono<Double> warm = echoRun(server.port(), conns, Math.max(conns, total / 5));
        Mono<Void> runs = Flux.range(0, rates.length)
                .concatMap(i -> echoRun(server.port(), conns, total).doOnNext(r -> rates[i] = r)).then();
        return warm.then(runs).doFinally(s -> server.close());
    }

    private static Mono<Double> echoRun(int port, int conns, int total) {
        int each = total / conns;
        return Mono.defer(() -> {
            long started = System.nanoTime();
            return Flux.range(0, conns)
                    .flatMap(i -> Asyncio.openConnection("127.0.0.1", port).flatMap(pair -> client(pair, each)), conns)
                    .then(Mono.fromSupplier(() -> (double) each * conns / ((System.nanoTime() - started) / 1e9)));
        });
    }

    private static Mono<Void> client(StreamPair pair, int roundTrips) {
        StreamWriter w = pair.writer();
        return Flux.range(0, roundTrips).concatMap(i -> {
            w.write(LINE);
            return w.drain().then(pair.reader().readline()).doOnNext(reply -> {
                if (reply.length != LINE.length) {
                    throw new IllegalStateException("bad echo");
                }
            });
        }).then(Mono.defer(() -> {
            w.close();
            return w.waitClosed();
        }));
    }

    /** The bulk server's handler: reads until EOF, counting nothing but the end. */
    private static Mono<Void> sink(StreamReader reader, StreamWriter writer) {
        return reader.read(CHUNK).repeat().takeUntil(b -> b.length == 0).then(Mono.fromRunnable(writer::close));
    }

    private static Mono<Void> bulkRuns(Server server, long mib, double[] rates) {
        Mono<Void> runs = Flux.range(0, rates.length)
                .concatMap(i -> bulkRun(server.port(), mib).doOnNext(r -> rates[i] = r)).then();
        return bulkRun(server.port(), Math.max(1, mib / 4)).then(runs).doFinally(s -> server.close());
    }

    private static Mono<Double> bulkRun(int port, long mib) {
        byte[] chunk = new byte[CHUNK];
        long chunks = mib * 1024 * 1024 / CHUNK;
        return Mono.defer(() -> {
            long started = System.nanoTime();
            return Asyncio.openConnection("127.0.0.1", port).flatMap(pair -> {
                StreamWriter w = pair.writer();
                return Flux.range(0, (int) chunks).concatMap(i -> {
                    w.write(chunk);
                    return w.drain();
                }).then(Mono.defer(() -> {
                    w.writeEof();
                    return pair.reader().read();   // the server closes once it has read everything
                })).then(Mono.defer(() -> {
                    w.close();
                    return w.waitClosed();
                }));
            }).then(Mono.fromSupplier(() -> mib / ((System.nanoTime() - started) / 1e9)));
        });
    }

    /** The echo on raw Reactor Netty: each reply's last byte lets the client send the next line. */
    private static void rawEcho(int conns, int total, double[] rates) {
        DisposableServer server = TcpServer.create().host("127.0.0.1").port(0)
                .handle((in, out) -> out.send(in.receive().retain()))
                .bindNow();
        try {
            for (int i = -1; i < rates.length; i++) {
                int each = (i < 0 ? Math.max(conns, total / 5) : total) / conns;
                long started = System.nanoTime();
                Flux.range(0, conns).flatMap(n -> rawClient(server.port(), each), conns).then().block(WAIT);
                if (i >= 0) {
                    rates[i] = (double) each * conns / ((System.nanoTime() - started) / 1e9);
                }
            }
        } finally {
            server.disposeNow();
        }
    }

    private static Mono<Void> rawClient(int port, int roundTrips) {
        return TcpClient.create().host("127.0.0.1").port(port).connect().flatMap(c -> {
            reactor.core.publisher.Sinks.Many<byte[]> lines = reactor.core.publisher.Sinks.many().unicast().onBackpressureBuffer();
            c.outbound().sendByteArray(lines.asFlux()).then().subscribe();
            long[] pending = {0};
            int[] done = {0};
            lines.tryEmitNext(LINE);
            return c.inbound().receive().handle((b, sink) -> {
                pending[0] += b.readableBytes();
                while (pending[0] >= LINE.length) {
                    pending[0] -= LINE.length;
                    if (++done[0] == roundTrips) {
                        sink.complete();
                        return;
                    }
                    lines.tryEmitNext(LINE);
                }
            }).then().doFinally(s -> c.dispose());
        });
    }

    /** The same transfer on raw Reactor Netty: the client sends the chunks, the server counts them. */
    private static void rawBulk(long mib, double[] rates) {
        AtomicLong received = new AtomicLong();
        DisposableServer server = TcpServer.create().host("127.0.0.1").port(0)
                .handle((in, out) -> in.receive().doOnNext(b -> received.addAndGet(b.readableBytes())).then())
                .bindNow();
        ByteBuf chunk = Unpooled.unreleasableBuffer(Unpooled.directBuffer(CHUNK).writeZero(CHUNK));
        try {
            for (int i = -1; i < rates.length; i++) {
                long size = (i < 0 ? Math.max(1, mib / 4) : mib) * 1024 * 1024;
                received.set(0);
                long started = System.nanoTime();
                Connection c = TcpClient.create().host("127.0.0.1").port(server.port()).connectNow();
                c.outbound().send(Flux.range(0, (int) (size / CHUNK)).map(n -> chunk.duplicate())).then().block(WAIT);
                while (received.get() < size) {
                    java.util.concurrent.locks.LockSupport.parkNanos(50_000);
                }
                double rate = size / 1024.0 / 1024.0 / ((System.nanoTime() - started) / 1e9);
                c.disposeNow();
                if (i >= 0) {
                    rates[i] = rate;
                }
            }
        } finally {
            server.disposeNow();
        }
    }
}
