package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.ChannelOption;
import io.netty.channel.unix.DomainSocketAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardSocketOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;

/** httpx's transport options {@code uds}, {@code local_address}, {@code socket_options} and {@code retries}. */
class SocketOptionsTest {
    /** A server answering every request with the request's Host header and the client's address. */
    private static DisposableServer whoAmI(HttpServer s) {
        return s.handle((req, res) -> res.sendString(Mono.just(req.requestHeaders().get("Host") + " from "
                + from(req.remoteAddress()))))
                .bindNow();
    }

    private static String from(InetSocketAddress client) {
        return client == null ? "a unix socket" : client.getAddress().getHostAddress();
    }

    @Test
    void udsSendsEveryRequestToTheUnixSocketWithTheUrlsHost() throws Exception {
        Path dir = Files.createTempDirectory("httpx-uds");
        Path socket = dir.resolve("server.sock");
        DisposableServer server = whoAmI(HttpServer.create().bindAddress(() -> new DomainSocketAddress(socket.toString())));
        try (Client c = Client.builder().uds(socket).build()) {
            assertThat(c.get("http://example.invalid/x?q=1").text()).isEqualTo("example.invalid from a unix socket");
            assertThat(c.get("http://localhost:8080/").text()).isEqualTo("localhost:8080 from a unix socket");
            PoolAssert.settles(c::poolStats, new PoolStats(1, 0, 0));   // one connection, reused
        } finally {
            server.disposeNow();
            Files.deleteIfExists(socket);
            Files.delete(dir);
        }
    }

    @Test
    void aMissingUnixSocketIsAConnectError() throws Exception {
        Path dir = Files.createTempDirectory("httpx-uds");
        try (Client c = Client.builder().uds(dir.resolve("absent.sock")).build()) {
            assertThatThrownBy(() -> c.get("http://localhost/")).isInstanceOf(ConnectError.class)
                    .hasMessage("[Errno 2] No such file or directory");   // as httpx says
        } finally {
            Files.delete(dir);
        }
    }

    @Test
    void localAddressChoosesTheAddressConnectionsComeFrom() {
        DisposableServer server = whoAmI(HttpServer.create().host("127.0.0.1").port(0));
        String url = "http://127.0.0.1:" + server.port() + "/";
        try (AsyncClient from2 = AsyncClient.builder().localAddress("127.0.0.2").build();
                AsyncClient any = AsyncClient.builder().localAddress("0.0.0.0").build()) {
            assertThat(from2.get(url).block().text()).endsWith(" from 127.0.0.2");
            assertThat(any.get(url).block().text()).endsWith(" from 127.0.0.1");
        } finally {
            server.disposeNow();
        }
        assertThatThrownBy(() -> Client.builder().localAddress("no-such-host.invalid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("local_address is not a known address: no-such-host.invalid");
    }

    @Test
    void socketOptionsAreSetOnTheConnections() {
        HTTPTransport.Builder b = HTTPTransport.builder()
                .socketOption(StandardSocketOptions.SO_KEEPALIVE, true)
                .socketOption(StandardSocketOptions.TCP_NODELAY, false)
                .socketOption(StandardSocketOptions.SO_RCVBUF, 65536)
                .socketOption(ExtendedSocketOptions.TCP_KEEPIDLE, 30);
        java.util.Map<ChannelOption<?>, Object> options = new java.util.HashMap<>(SocketOptions.apply(HttpClient.create(), b).configuration().options());
        assertThat(options).containsEntry(ChannelOption.SO_KEEPALIVE, true)
                .containsEntry(ChannelOption.TCP_NODELAY, false)
                .containsEntry(ChannelOption.SO_RCVBUF, 65536)
                .containsEntry(SocketOptions.channelOption(ExtendedSocketOptions.TCP_KEEPIDLE), 30);
        // and the connections open with them
        try (TestServer server = new TestServer(); Client c = Client.builder().transport(b.build()).build()) {
            assertThat(c.get(server.url("/text")).text()).isEqualTo("plain text");
        }
        assertThatThrownBy(() -> HTTPTransport.builder().socketOption(StandardSocketOptions.SO_BROADCAST, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unsupported socket option: SO_BROADCAST");
    }

    @Test
    void retriesTryAFailedConnectAgainUntilTheServerListens() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();   // free once closed: connecting is refused until the server below binds it
        }
        String url = "http://127.0.0.1:" + port + "/";
        try (AsyncClient once = AsyncClient.builder().build()) {
            assertThatThrownBy(() -> once.get(url).block()).isInstanceOf(ConnectError.class)
                    .hasMessage("[Errno 111] Connection refused");
        }
        AtomicInteger answered = new AtomicInteger();
        // Retries after 0, 0.5, 1, 2 and 4 s: the server, up after 0.3 s, is found by one of them.
        try (AsyncClient retrying = AsyncClient.builder().connectRetries(5).build()) {
            Mono<Response> r = retrying.get(url);
            DisposableServer[] server = new DisposableServer[1];
            Mono.delay(Duration.ofMillis(300)).doOnNext(x -> server[0] = HttpServer.create().host("127.0.0.1").port(port)
                    .handle((req, res) -> {
                        answered.incrementAndGet();
                        return res.sendString(Mono.just("up"));
                    }).bindNow()).subscribe();
            try {
                assertThat(r.block(Duration.ofSeconds(20)).text()).isEqualTo("up");
                assertThat(answered).hasValue(1);
            } finally {
                if (server[0] != null) {
                    server[0].disposeNow();
                }
            }
        }
        assertThatThrownBy(() -> Client.builder().connectRetries(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retriesGiveUpWithTheLastConnectError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (Client c = Client.builder().connectRetries(2).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.get("http://127.0.0.1:" + port + "/")).isInstanceOf(ConnectError.class);
            // three attempts, 0 s then 0.5 s apart: the wait is part of the behaviour, not a speed bound
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
            PoolAssert.settles(c::poolStats, new PoolStats(0, 0, 0));
        }
    }
}
