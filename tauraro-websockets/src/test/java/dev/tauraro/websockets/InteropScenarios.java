package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The interop scenarios shared by every independent peer (Python's websockets, Node's ws): what
 * our client does against their echo servers, and the server their clients talk to.
 */
final class InteropScenarios {
    private InteropScenarios() {
    }

    /**
     * Our client against a peer's server that echoes, answers "extensions" with the negotiated
     * extension, closes with 4001 "done" on "close" and with 1011 on "fail".
     */
    static void ourClientAgainst(String uri, boolean compression) {
        ourClientAgainst(uri, compression, Options.DEFAULTS);
    }

    /** The same, with {@code base}'s other settings (a TLS context for a wss:// peer). */
    static void ourClientAgainst(String uri, boolean compression, Options base) {
        Options options = base.toBuilder().maxSize(16 << 20).subprotocols("chat").build();
        Connection ws = Websockets.connect(uri, options).block(WAIT);
        assertThat(ws.subprotocol()).isEqualTo("chat");
        ws.send("extensions").block(WAIT);
        String extensions = ws.recv().block(WAIT).text();
        if (compression) {
            assertThat(extensions).startsWith("permessage-deflate");
        } else {
            assertThat(extensions).isEqualTo("none");
        }
        ws.send("héllo").block(WAIT);
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("héllo"));
        // fragmented sends: the peer receives (and echoes) one message each
        ws.send(Flux.just("frag", "", "mented")).block(WAIT);
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("fragmented"));
        ws.send(Flux.just(new byte[] {0, 1}, new byte[] {(byte) 0xff})).block(WAIT);
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.binary(new byte[] {0, 1, (byte) 0xff}));
        byte[] big = new byte[10 << 20];
        Arrays.fill(big, (byte) 'x');
        ws.send(big).block(WAIT);
        assertThat(ws.recv().block(WAIT).bytes()).isEqualTo(big);
        assertThat(ws.ping().block(WAIT)).isPositive();
        ws.send("close").block(WAIT);
        assertThatThrownBy(() -> ws.messages().blockLast(WAIT)).isInstanceOf(ConnectionClosedError.class)
                .hasMessage("received 4001 (private use) done; then sent 4001 (private use) done");
        assertThat(ws.closeCode()).isEqualTo(4001);

        Connection failing = Websockets.connect(uri, options).block(WAIT);
        failing.send("fail").block(WAIT);
        assertThatThrownBy(() -> failing.recv().block(WAIT)).isInstanceOf(ConnectionClosedError.class);
        assertThat(failing.closeCode()).isEqualTo(1011);

        Connection mixed = Websockets.connect(uri, options).block(WAIT);
        assertThatThrownBy(() -> mixed.send(Flux.just("text", new byte[] {1})).block(WAIT))
                .isInstanceOf(IllegalArgumentException.class);
        mixed.waitClosed().block(WAIT);
        assertThatThrownBy(() -> mixed.recv().block(WAIT)).isInstanceOfSatisfying(ConnectionClosedError.class,
                e -> assertThat(e.sent()).isEqualTo(new CloseFrame(1011, "error in fragmented message")));

        Connection normal = Websockets.connect(uri, options).block(WAIT);
        normal.close(1000, "").block(WAIT);
        assertThat(normal.closeCode()).isEqualTo(1000);
    }

    /**
     * The server peers' clients talk to: {@code /fail} fails its handler, {@code /server-close}
     * closes with 1001 "restarting", anything else echoes. Each handler's final close code is
     * added to {@code closeCodes}.
     */
    static Server serverForPeers(boolean compression, List<Integer> closeCodes) {
        return serverForPeers(compression, closeCodes, Options.DEFAULTS);
    }

    /** The same, with {@code base}'s other settings (a TLS context to serve wss://). */
    static Server serverForPeers(boolean compression, List<Integer> closeCodes, Options base) {
        Options options = base.toBuilder().maxSize(16 << 20).subprotocols("chat").compression(compression).build();
        return Websockets.serve(ws -> {
            Mono<?> body = switch (ws.request().path()) {
                case "/fail" -> Mono.error(new IllegalStateException("handler failed on purpose"));
                case "/server-close" -> ws.close(1001, "restarting");
                default -> ws.messages().concatMap(ws::send).then();
            };
            return body.doFinally(signal -> {
                synchronized (closeCodes) {
                    closeCodes.add(ws.closeCode());
                }
            });
        }, "127.0.0.1", 0, options).block(WAIT);
    }
}
