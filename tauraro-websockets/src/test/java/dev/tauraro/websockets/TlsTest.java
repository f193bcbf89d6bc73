package dev.tauraro.websockets;

import static dev.tauraro.websockets.WebsocketsTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wss://}: a server with {@code ssl}, clients verifying its certificate and host name. */
class TlsTest {
    @TempDir
    Path dir;

    private static String wss(Server s) {
        return "wss://127.0.0.1:" + s.port() + "/";
    }

    @Test
    void aClientTrustingTheCertificateExchangesMessagesOverTls() throws Exception {
        TlsFixture tls = TlsFixture.create(dir, "ip:127.0.0.1,dns:localhost");
        Server server = WebsocketsTest.echoServer(Options.builder().ssl(tls.server).build());
        try (server) {
            Connection ws = Websockets.connect(wss(server), Options.builder().ssl(tls.client).build()).block(WAIT);
            ws.send("over tls").block(WAIT);
            assertThat(ws.recv().block(WAIT)).isEqualTo(Message.text("over tls"));
            byte[] big = new byte[1 << 20];
            ws.send(big).block(WAIT);
            assertThat(ws.recv().block(WAIT).bytes()).isEqualTo(big);
            ws.close(4000, "tls bye").block(WAIT);
            assertThat(ws.closeCode()).isEqualTo(4000);
            assertThat(ws.closeReason()).isEqualTo("tls bye");
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void verificationIsOnByDefaultAndChecksTheHostName() throws Exception {
        TlsFixture tls = TlsFixture.create(dir, "ip:127.0.0.1");
        Server server = WebsocketsTest.echoServer(Options.builder().ssl(tls.server).build());
        try (server) {
            // no ssl option: the JDK's default trust store, which does not know this certificate
            assertThatThrownBy(() -> Websockets.connect(wss(server)).block(WAIT))
                    .satisfies(e -> assertThat(causes(e)).anyMatch(c -> c instanceof SSLHandshakeException));
            // trusted, but issued for another host name than 127.0.0.1
            TlsFixture other = TlsFixture.create(java.nio.file.Files.createDirectory(dir.resolve("other")),
                    "dns:elsewhere.invalid");
            Server misnamed = WebsocketsTest.echoServer(Options.builder().ssl(other.server).build());
            try (misnamed) {
                assertThatThrownBy(() -> Websockets.connect(wss(misnamed), Options.builder().ssl(other.client).build())
                        .block(WAIT))
                        .satisfies(e -> assertThat(causes(e)).anyMatch(c -> c instanceof SSLHandshakeException));
            }
            misnamed.waitClosed().block(WAIT);
        }
        server.waitClosed().block(WAIT);
    }

    @Test
    void aClientWithAnSslContextRefusesAWsUriAsWebsocketsDoes() throws Exception {
        TlsFixture tls = TlsFixture.create(dir, "ip:127.0.0.1");
        assertThatThrownBy(() -> Websockets.connect("ws://127.0.0.1:1/", Options.builder().ssl(tls.client).build())
                .block(WAIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ssl argument is incompatible with a ws:// URI");
    }

    private static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && all.size() < 20; t = t.getCause()) {
            all.add(t);
        }
        return all;
    }
}
