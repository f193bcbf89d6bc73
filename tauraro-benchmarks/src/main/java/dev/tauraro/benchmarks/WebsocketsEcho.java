package dev.tauraro.benchmarks;

import dev.tauraro.websockets.Connection;
import dev.tauraro.websockets.Options;
import dev.tauraro.websockets.Server;
import dev.tauraro.websockets.Websockets;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

/**
 * Whole-process WebSocket echo benchmark: C clients, each sending a 32-byte text message and
 * waiting for its echo, R times in a row, against a server in the same process on loopback.
 * Prints {@code bench <impl>-<C>c <round trips/s> rt/s median=<m> runs=<n>} like the asyncio
 * harness. Implementations: {@code tauraro} (defaults: permessage-deflate on, as websockets),
 * {@code tauraro-nodeflate}, and {@code reactor-netty} (raw Reactor Netty websockets, its
 * defaults: no compression, no close handshake, no limits).
 *
 * <p>Usage: {@code WebsocketsEcho <impl> <clients> <roundTripsPerClient>}
 */
public final class WebsocketsEcho {
    private static final String MESSAGE = "0123456789abcdef0123456789abcdef";
    private static final Duration WAIT = Duration.ofMinutes(5);

    private WebsocketsEcho() {
    }

    public static void main(String[] args) {
        String impl = args[0];
        int clients = Integer.parseInt(args[1]);
        int roundTrips = Integer.parseInt(args[2]);
        Runnable close;
        int port;
        Options options = impl.equals("tauraro-nodeflate") ? Options.builder().compression(false).build() : Options.DEFAULTS;
        if (impl.startsWith("tauraro")) {
            Server server = Websockets.serve(ws -> ws.messages().concatMap(ws::send), "127.0.0.1", 0, options).block(WAIT);
            port = server.port();
            close = () -> {
                server.close();
                server.waitClosed().block(WAIT);
            };
        } else {
            DisposableServer server = HttpServer.create().host("127.0.0.1").port(0)
                    .handle((req, res) -> res.sendWebsocket((in, out) ->
                            out.sendObject(in.receiveFrames().map(f -> new TextWebSocketFrame(f.content().retain())))))
                    .bindNow();
            port = server.port();
            close = server::disposeNow;
        }
        String uri = "ws://127.0.0.1:" + port + "/";
        List<Double> rates = new ArrayList<>();
        int warmups = 3;
        int runs = 5;
        for (int run = 0; run < warmups + runs; run++) {
            long start = System.nanoTime();
            Flux.range(0, clients)
                    .flatMap(c -> impl.startsWith("tauraro") ? tauraroClient(uri, options, roundTrips)
                            : nettyClient(uri, roundTrips), clients)
                    .then().block(WAIT);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (run >= warmups) {
                rates.add(clients * (double) roundTrips / seconds);
            }
        }
        close.run();
        double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("bench %s-%dc %.0f rt/s median=%.0f runs=%d%n", impl, clients,
                sorted[sorted.length - 1], sorted[sorted.length / 2], runs);
        System.out.println("  all: " + Arrays.toString(sorted));
    }

    private static Mono<Void> tauraroClient(String uri, Options options, int roundTrips) {
        return Websockets.connect(uri, options).flatMap(ws -> Flux.range(0, roundTrips)
                .concatMap(i -> ws.send(MESSAGE).then(ws.recv()))
                .then(ws.close(1000, "")));
    }

    private static Mono<Void> nettyClient(String uri, int roundTrips) {
        return HttpClient.create().websocket().uri(uri).handle((in, out) -> {
            Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();
            int[] received = {0};
            Mono<Void> echoes = in.receive().asString().take(roundTrips)
                    .doOnNext(m -> {
                        if (++received[0] < roundTrips) {
                            outgoing.tryEmitNext(MESSAGE);
                        } else {
                            outgoing.tryEmitComplete();
                        }
                    }).then();
            outgoing.tryEmitNext(MESSAGE);
            return Mono.when(out.sendString(outgoing.asFlux()).then(), echoes);
        }).then();
    }
}
