package dev.tauraro.asyncio;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * The keyword arguments of {@code open_connection} and {@code start_server} that this library
 * supports, immutable; made with {@link #builder()}.
 *
 * <pre>{@code
 * StreamOptions tls = StreamOptions.builder().ssl(sslContext).serverHostname("example.org").build();
 * Asyncio.openConnection("10.0.0.7", 443, tls)
 * }</pre>
 *
 * <h2>TLS</h2>
 * With {@link Builder#ssl(SSLContext)} the connection runs TLS with that context. A client
 * verifies the server's certificate chain with the context's trust managers (the JDK's default
 * trust store for {@code SSLContext.getDefault()}) and checks that the certificate names the host
 * ({@link Builder#serverHostname}, by default the host connected to), as Python's default context
 * does; {@link Builder#checkHostname(boolean)} turns the name check off, as Python's
 * {@code check_hostname = False}. A server presents the context's key manager's certificate.
 *
 * @param limit the readers' limit (Python: {@code limit}, 64 KiB by default)
 * @param ssl the TLS context, or null for plain TCP (Python: {@code ssl})
 * @param serverHostname the name a client expects in the server's certificate and sends as SNI,
 *     or null for the host connected to (Python: {@code server_hostname})
 * @param checkHostname whether a client checks that name (Python: the context's
 *     {@code check_hostname})
 * @param sslHandshakeTimeout how long a TLS handshake may take (Python:
 *     {@code ssl_handshake_timeout}, 60 s by default)
 * @param backlog a server's listen backlog (Python: {@code backlog}, 100 by default)
 */
public record StreamOptions(int limit, SSLContext ssl, String serverHostname, boolean checkHostname,
                            Duration sslHandshakeTimeout, int backlog) {
    /** No TLS, the default limit: Python's defaults. */
    public static final StreamOptions DEFAULTS = builder().build();

    /** Checks the values, as the builder does. */
    public StreamOptions {
        if (limit <= 0) {
            throw new IllegalArgumentException("Limit cannot be <= 0");
        }
        Objects.requireNonNull(sslHandshakeTimeout, "sslHandshakeTimeout");
        if (sslHandshakeTimeout.isNegative() || sslHandshakeTimeout.isZero()) {
            throw new IllegalArgumentException("ssl_handshake_timeout should be a positive number, got "
                    + sslHandshakeTimeout.toNanos() / 1e9);
        }
        if (serverHostname != null && ssl == null) {
            throw new IllegalArgumentException("server_hostname is only meaningful with ssl");
        }
    }

    /** A builder starting from Python's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.limit = limit;
        b.ssl = ssl;
        b.serverHostname = serverHostname;
        b.checkHostname = checkHostname;
        b.sslHandshakeTimeout = sslHandshakeTimeout;
        b.backlog = backlog;
        return b;
    }

    /** Builds {@link StreamOptions}. */
    public static final class Builder {
        private int limit = StreamReader.DEFAULT_LIMIT;
        private SSLContext ssl;
        private String serverHostname;
        private boolean checkHostname = true;
        private Duration sslHandshakeTimeout = Duration.ofSeconds(60);
        private int backlog = 100;

        private Builder() {
        }

        /** The readers' limit. */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /** TLS with this context (null: plain TCP). */
        public Builder ssl(SSLContext ssl) {
            this.ssl = ssl;
            return this;
        }

        /** The name a client expects in the certificate and sends as SNI. */
        public Builder serverHostname(String serverHostname) {
            this.serverHostname = serverHostname;
            return this;
        }

        /** Whether a client checks the certificate's name (on by default). */
        public Builder checkHostname(boolean checkHostname) {
            this.checkHostname = checkHostname;
            return this;
        }

        /** How long a TLS handshake may take. */
        public Builder sslHandshakeTimeout(Duration timeout) {
            this.sslHandshakeTimeout = timeout;
            return this;
        }

        /** A server's listen backlog. */
        public Builder backlog(int backlog) {
            this.backlog = backlog;
            return this;
        }

        public StreamOptions build() {
            return new StreamOptions(limit, ssl, serverHostname, checkHostname, sslHandshakeTimeout, backlog);
        }
    }
}
