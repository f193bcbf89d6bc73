package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static dev.tauraro.websockets.WebsocketsTest.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Sending one message in fragments: websockets' {@code send(iterable)}. */
class FragmentedSendTest {
    private Server server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            server.waitClosed().block(WAIT);
        }
    }

    /** An echo server whose connections the test can see once they end. */
    private CompletableFuture<Connection> echo(Options options) {
        CompletableFuture<Connection> ended = new CompletableFuture<>();
        server = Websockets.serve(ws -> ws.messages().concatMap(ws::send).then()
                .doFinally(s -> ws.waitClosed().subscribe(null, e -> { }, () -> ended.complete(ws))),
                "127.0.0.1", 0, options).block(WAIT);
        return ended;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fragmentsArriveAsOneMessageWithAndWithoutCompression(boolean compression) {
        Options options = Options.builder().compression(compression).build();
        echo(options);
        Connection ws = Websockets.connect(uri(server), options).block(WAIT);
        ws.send(Flux.just("frag", "", "mented", "")).block(WAIT);
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("fragmented"));
        ws.send(Flux.just(new byte[] {0}, new byte[0], new byte[] {1, (byte) 0xff})).block(WAIT);
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.binary(new byte[] {0, 1, (byte) 0xff}));
        ws.send(Flux.just("", "")).block(WAIT);
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text(""));
        // a multi-byte character split between fragments is whole in the message
        ws.send(Flux.just("h", "é", "llo")).block(WAIT);
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("héllo"));
        // nothing at all: no message
        ws.send(Flux.empty()).block(WAIT);
        ws.send("after").block(WAIT);
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("after"));
        ws.close(1000, "").block(WAIT);
        assertThat(ws.closeCode()).isEqualTo(1000);
    }

    @Test
    void otherMessagesWaitForTheEndOfAFragmentedOneAndBroadcastSkipsIt() {
        echo(Options.DEFAULTS);
        Connection ws = Websockets.connect(uri(server)).block(WAIT);
        FragmentedSend message = ws.startFragmented().block(WAIT);
        message.send("one ").block(WAIT);
        CompletableFuture<Void> whole = ws.send("whole").toFuture();
        assertThat(Websockets.broadcast(List.of(ws), Message.text("broadcast"))).isZero();
        ws.ping().block(WAIT);                       // control frames may go between fragments
        message.send("two").block(WAIT);
        assertThat(whole).isNotDone();
        message.end().block(WAIT);
        whole.join();
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("one two"));
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("whole"));
        assertThat(Websockets.broadcast(List.of(ws), Message.text("broadcast"))).isOne();
        assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("broadcast"));
        ws.close();
    }

    @Test
    void aFragmentOfAnotherTypeFailsTheSendAndClosesWith1011() {
        CompletableFuture<Connection> ended = echo(Options.DEFAULTS);
        Connection ws = Websockets.connect(uri(server)).block(WAIT);
        assertThatThrownBy(() -> ws.send(Flux.just("text", new byte[] {1})).block(WAIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fragments must be of one type: String then byte[]");
        ws.waitClosed().block(WAIT);
        assertThatThrownBy(() -> ws.send("late").block(WAIT)).isInstanceOfSatisfying(ConnectionClosedError.class,
                e -> assertThat(e.sent()).isEqualTo(new CloseFrame(1011, "error in fragmented message")));
        Connection peer = ended.join();
        assertThat(peer.closeCode()).isEqualTo(1011);
        assertThat(peer.closeReason()).isEqualTo("error in fragmented message");
    }

    @Test
    void aPublisherFailingHalfWayFailsTheSendAndClosesWith1011() {
        CompletableFuture<Connection> ended = echo(Options.DEFAULTS);
        Connection ws = Websockets.connect(uri(server)).block(WAIT);
        IllegalStateException broken = new IllegalStateException("source broke");
        assertThatThrownBy(() -> ws.send(Flux.concat(Flux.just(new byte[] {1}), Mono.error(broken))).block(WAIT))
                .isSameAs(broken);
        assertThat(ended.join().closeCode()).isEqualTo(1011);
        // a publisher failing before its first element sends nothing and leaves the connection open
        Connection other = Websockets.connect(uri(server)).block(WAIT);
        assertThatThrownBy(() -> other.send(Flux.error(broken)).block(WAIT)).isSameAs(broken);
        other.send("still open").block(WAIT);
        assertThat(other.recv().block(WAIT)).isEqualTo(Message.text("still open"));
        other.close();
    }

    @Test
    void closingDuringAFragmentedMessageFailsTheConnectionWith1011() {
        CompletableFuture<Connection> ended = echo(Options.DEFAULTS);
        Connection ws = Websockets.connect(uri(server)).block(WAIT);
        FragmentedSend message = ws.startFragmented().block(WAIT);
        message.send("half").block(WAIT);
        ws.close(1000, "").block(WAIT);
        Connection peer = ended.join();
        assertThat(peer.closeCode()).isEqualTo(1011);
        assertThat(peer.closeReason()).isEqualTo("close during fragmented message");
        assertThatThrownBy(() -> message.send("rest").block(WAIT)).isInstanceOf(ConnectionClosedError.class);
    }
}
