package dev.tauraro.asyncio;

import io.netty.channel.Channel;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslHandler;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import reactor.netty.tcp.SslProvider;

/**
 * TLS for stream connections: a {@code javax.net.ssl.SSLContext} from {@link StreamOptions}
 * turned into Reactor Netty's TLS configuration, with Python's client defaults: the chain is
 * verified by the context's trust managers, and the certificate must name the host (JDK endpoint
 * identification "HTTPS", which checks DNS names and IP addresses as Python's
 * {@code check_hostname} does) unless {@link StreamOptions#checkHostname()} is off.
 */
final class Tls {
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    private Tls() {
    }

    static SslProvider.Builder client(SslProvider.SslContextSpec spec, StreamOptions options, String host) {
        String name = options.serverHostname() != null ? options.serverHostname() : host;
        return spec.sslContext(new JdkSslContext(options.ssl(), true, ClientAuth.NONE))
                .handshakeTimeout(options.sslHandshakeTimeout())
                .handlerConfigurator(handler -> configureClient(handler.engine(), options, name));
    }

    /** Python's client checks: the name in the certificate (unless turned off) and SNI. */
    private static void configureClient(SSLEngine engine, StreamOptions options, String name) {
        SSLParameters p = engine.getSSLParameters();
        if (options.checkHostname()) {
            p.setEndpointIdentificationAlgorithm("HTTPS");
        }
        // SNI carries host names only; the JDK then checks the certificate against it.
        // For an IP address it checks the address the engine was made for.
        if (name != null && !name.isEmpty() && !IP_LITERAL.matcher(name).matches()) {
            p.setServerNames(List.of(new SNIHostName(name)));
        }
        engine.setSSLParameters(p);
    }

    /**
     * A TLS handler for an open connection ({@code start_tls}): a client's expects
     * {@link StreamOptions#serverHostname()}, or else the peer's address, in the certificate.
     */
    static SslHandler upgrade(Channel channel, StreamOptions options, boolean serverSide) {
        InetSocketAddress peer = channel.remoteAddress() instanceof InetSocketAddress a ? a : null;
        String host = options.serverHostname() != null ? options.serverHostname()
                : peer != null ? peer.getHostString() : null;
        JdkSslContext context = new JdkSslContext(options.ssl(), !serverSide, ClientAuth.NONE);
        SslHandler h = serverSide || host == null ? context.newHandler(channel.alloc())
                : context.newHandler(channel.alloc(), host, peer != null ? peer.getPort() : -1);
        if (!serverSide) {
            configureClient(h.engine(), options, host);
        }
        h.setHandshakeTimeoutMillis(options.sslHandshakeTimeout().toMillis());
        return h;
    }

    static SslProvider.Builder server(SslProvider.SslContextSpec spec, StreamOptions options) {
        return spec.sslContext(new JdkSslContext(options.ssl(), false, ClientAuth.NONE))
                .handshakeTimeout(options.sslHandshakeTimeout());
    }
}
