package dev.tauraro.websockets;

import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import reactor.netty.tcp.SslProvider;

/**
 * The JDK {@link SSLContext} of {@link Options#ssl()} as the TLS setup Reactor Netty takes.
 *
 * <p>The public API takes the JDK's type, as Python's takes an {@code ssl.SSLContext}, so that
 * no Netty type shows. Reactor Netty adds hostname verification to every client context
 * itself; the server asks for no client certificate.
 */
final class Tls {
    private Tls() {
    }

    static SslProvider.GenericSslContextSpec<Object> server(SSLContext context) {
        return spec(wrap(context, false));
    }

    static SslProvider.GenericSslContextSpec<Object> client(SSLContext context) {
        return spec(wrap(context, true));
    }

    private static SslContext wrap(SSLContext context, boolean client) {
        return new JdkSslContext(context, client, null, IdentityCipherSuiteFilter.INSTANCE,
                ApplicationProtocolConfig.DISABLED, ClientAuth.NONE, null, false);
    }

    private static SslProvider.GenericSslContextSpec<Object> spec(SslContext context) {
        return new SslProvider.GenericSslContextSpec<>() {
            @Override
            public SslProvider.GenericSslContextSpec<Object> configure(Consumer<Object> customizer) {
                return this;
            }

            @Override
            public SslContext sslContext() {
                return context;
            }
        };
    }
}
