package dev.tauraro.httpx;

import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Run in a child JVM with a small heap by {@link FaultsTest}: serves a body of {@code args[0]}
 * MiB (made chunk by chunk as the client reads), streams it through {@link Client#stream} and
 * {@link Response#iterBytes()}, and prints the number of bytes received. An unbounded buffer
 * anywhere on the path would exhaust the heap.
 */
public final class BigBodyMain {
    private BigBodyMain() {
    }

    public static void main(String[] args) {
        long mib = Long.parseLong(args[0]);
        byte[] chunk = new byte[64 * 1024];
        DisposableServer server = HttpServer.create().host("127.0.0.1").port(0)
                .route(r -> r.get("/big", (req, res) -> res.header("Content-Length", Long.toString(mib << 20))
                        .sendByteArray(Flux.range(0, (int) (mib * 16)).map(i -> chunk))))
                .bindNow();
        long total = 0;
        try (Client c = Client.create();
                Response r = c.stream("GET", "http://127.0.0.1:" + server.port() + "/big", RequestOptions.NONE)) {
            for (byte[] part : r.iterBytes()) {
                total += part.length;
            }
        } finally {
            server.disposeNow(Duration.ofSeconds(5));
        }
        System.out.println(total);
    }
}
