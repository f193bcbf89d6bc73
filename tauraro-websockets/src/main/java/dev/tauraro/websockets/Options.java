package dev.tauraro.websockets;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Settings of a server or a client connection, with websockets' defaults.
 *
 * <p>Python equivalent: the keyword arguments of {@code websockets.serve} and
 * {@code websockets.connect} ({@code max_size=}, {@code ping_interval=}, ...). Immutable; build
 * variants with {@link #toBuilder()}:
 * <pre>{@code
 * Options options = Options.builder().maxSize(10 << 20).subprotocols("chat").build();
 * }</pre>
 *
 * <table>
 * <caption>Defaults (those of websockets' latest release)</caption>
 * <tr><td>{@code maxSize}</td><td>1 MiB per message; a bigger one closes with 1009. Null: no limit</td></tr>
 * <tr><td>{@code maxQueue}</td><td>16 received messages; when full, reading stops (TCP backpressure). Null: no limit</td></tr>
 * <tr><td>{@code pingInterval}, {@code pingTimeout}</td><td>20 s each: a peer that does not answer a keepalive ping is closed with 1011. Null: off</td></tr>
 * <tr><td>{@code closeTimeout}</td><td>10 s to finish the close handshake before the TCP connection is dropped</td></tr>
 * <tr><td>{@code openTimeout}</td><td>10 s for the opening handshake (client)</td></tr>
 * <tr><td>{@code compression}</td><td>true: permessage-deflate (RFC 7692) offered and accepted</td></tr>
 * </table>
 *
 * <p>Options that only make sense on one side are ignored on the other: {@code origins},
 * {@code processRequest} and {@code serverHeader} for servers; {@code origin} and
 * {@code userAgentHeader} for clients. {@code additionalHeaders} go into the client's request or
 * the server's 101 response.
 *
 * <p>Differences from websockets: {@code writeLimit} is absent ({@code send} completes when the
 * frame is written to the socket, so at most one message per sender is buffered); a
 * {@code processResponse} hook is absent.
 */
public final class Options {
    /** The defaults. */
    public static final Options DEFAULTS = builder().build();

    private final Integer maxSize;
    private final Integer maxQueue;
    private final Duration pingInterval;
    private final Duration pingTimeout;
    private final Duration closeTimeout;
    private final Duration openTimeout;
    private final boolean compression;
    private final List<String> subprotocols;
    private final List<String> origins;
    private final String origin;
    private final Headers additionalHeaders;
    private final String userAgentHeader;
    private final String serverHeader;
    private final Function<Request, Response> processRequest;

    private Options(Builder b) {
        maxSize = b.maxSize;
        maxQueue = b.maxQueue;
        pingInterval = b.pingInterval;
        pingTimeout = b.pingTimeout;
        closeTimeout = b.closeTimeout;
        openTimeout = b.openTimeout;
        compression = b.compression;
        subprotocols = b.subprotocols;
        origins = b.origins;
        origin = b.origin;
        additionalHeaders = b.additionalHeaders;
        userAgentHeader = b.userAgentHeader;
        serverHeader = b.serverHeader;
        processRequest = b.processRequest;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxSize = maxSize;
        b.maxQueue = maxQueue;
        b.pingInterval = pingInterval;
        b.pingTimeout = pingTimeout;
        b.closeTimeout = closeTimeout;
        b.openTimeout = openTimeout;
        b.compression = compression;
        b.subprotocols = subprotocols;
        b.origins = origins;
        b.origin = origin;
        b.additionalHeaders = additionalHeaders;
        b.userAgentHeader = userAgentHeader;
        b.serverHeader = serverHeader;
        b.processRequest = processRequest;
        return b;
    }

    /** Largest message in bytes, null for no limit. */
    public Integer maxSize() {
        return maxSize;
    }

    /** Received messages buffered before reading stops, null for no limit. */
    public Integer maxQueue() {
        return maxQueue;
    }

    /** Time between keepalive pings, null for none. */
    public Duration pingInterval() {
        return pingInterval;
    }

    /** Time a keepalive ping waits for its pong, null for forever. */
    public Duration pingTimeout() {
        return pingTimeout;
    }

    /** Time the close handshake may take. */
    public Duration closeTimeout() {
        return closeTimeout;
    }

    /** Time the opening handshake may take. */
    public Duration openTimeout() {
        return openTimeout;
    }

    /** Whether permessage-deflate is offered (client) or accepted (server). */
    public boolean compression() {
        return compression;
    }

    /** Subprotocols in order of preference; empty for none. */
    public List<String> subprotocols() {
        return subprotocols;
    }

    /** Origins a server accepts, null for any. An empty string in the list accepts a missing header. */
    public List<String> origins() {
        return origins;
    }

    /** The Origin header a client sends, or null. */
    public String origin() {
        return origin;
    }

    /** Headers added to the client's request or the server's response. */
    public Headers additionalHeaders() {
        return additionalHeaders;
    }

    /** The client's User-Agent header, null for none. */
    public String userAgentHeader() {
        return userAgentHeader;
    }

    /** The server's Server header, null for none. */
    public String serverHeader() {
        return serverHeader;
    }

    /** The server's hook run before the handshake, or null. */
    public Function<Request, Response> processRequest() {
        return processRequest;
    }

    @Override
    public String toString() {
        return "Options[maxSize=" + maxSize + ", maxQueue=" + maxQueue + ", pingInterval=" + pingInterval
                + ", pingTimeout=" + pingTimeout + ", closeTimeout=" + closeTimeout + ", openTimeout=" + openTimeout
                + ", compression=" + compression + ", subprotocols=" + subprotocols + "]";
    }

    /** Builds {@link Options}; each setter returns the builder. */
    public static final class Builder {
        static final String PRODUCT = "tauraro-websockets/0.1";

        private Integer maxSize = 1 << 20;
        private Integer maxQueue = 16;
        private Duration pingInterval = Duration.ofSeconds(20);
        private Duration pingTimeout = Duration.ofSeconds(20);
        private Duration closeTimeout = Duration.ofSeconds(10);
        private Duration openTimeout = Duration.ofSeconds(10);
        private boolean compression = true;
        private List<String> subprotocols = List.of();
        private List<String> origins;
        private String origin;
        private Headers additionalHeaders = Headers.EMPTY;
        private String userAgentHeader = PRODUCT;
        private String serverHeader = PRODUCT;
        private Function<Request, Response> processRequest;

        private Builder() {
        }

        /** Largest message in bytes, null for no limit. Python: {@code max_size}. */
        public Builder maxSize(Integer bytes) {
            if (bytes != null && bytes < 1) {
                throw new IllegalArgumentException("maxSize must be positive: " + bytes);
            }
            maxSize = bytes;
            return this;
        }

        /** Received messages buffered before reading stops, null for no limit. Python: {@code max_queue}. */
        public Builder maxQueue(Integer messages) {
            if (messages != null && messages < 1) {
                throw new IllegalArgumentException("maxQueue must be positive: " + messages);
            }
            maxQueue = messages;
            return this;
        }

        /** Python: {@code ping_interval}; null turns keepalive off. */
        public Builder pingInterval(Duration interval) {
            pingInterval = positiveOrNull(interval, "pingInterval");
            return this;
        }

        /** Python: {@code ping_timeout}; null waits forever. */
        public Builder pingTimeout(Duration timeout) {
            pingTimeout = positiveOrNull(timeout, "pingTimeout");
            return this;
        }

        /** Python: {@code close_timeout}. */
        public Builder closeTimeout(Duration timeout) {
            closeTimeout = Objects.requireNonNull(positiveOrNull(timeout, "closeTimeout"), "closeTimeout");
            return this;
        }

        /** Python: {@code open_timeout}. */
        public Builder openTimeout(Duration timeout) {
            openTimeout = Objects.requireNonNull(positiveOrNull(timeout, "openTimeout"), "openTimeout");
            return this;
        }

        /** True for permessage-deflate, false for no compression. Python: {@code compression="deflate"|None}. */
        public Builder compression(boolean deflate) {
            compression = deflate;
            return this;
        }

        /** Python: {@code subprotocols}. */
        public Builder subprotocols(String... names) {
            return subprotocols(List.of(names));
        }

        /** Python: {@code subprotocols}. */
        public Builder subprotocols(List<String> names) {
            for (String n : names) {
                if (n.isEmpty() || n.contains(",") || n.contains(" ")) {
                    throw new IllegalArgumentException("invalid subprotocol: " + n);
                }
            }
            subprotocols = List.copyOf(names);
            return this;
        }

        /** Python: {@code origins}; null accepts any. */
        public Builder origins(List<String> allowed) {
            origins = allowed == null ? null : List.copyOf(allowed);
            return this;
        }

        /** Python: {@code origin}. */
        public Builder origin(String value) {
            origin = value;
            return this;
        }

        /** Python: {@code additional_headers}. */
        public Builder additionalHeaders(Headers headers) {
            additionalHeaders = Objects.requireNonNull(headers, "headers");
            return this;
        }

        /** Python: {@code user_agent_header}; null sends none. */
        public Builder userAgentHeader(String value) {
            userAgentHeader = value;
            return this;
        }

        /** Python: {@code server_header}; null sends none. */
        public Builder serverHeader(String value) {
            serverHeader = value;
            return this;
        }

        /**
         * Python: {@code process_request}. Called for every request before the handshake: return
         * null to go on with it, or a response to send instead (a health check's 200, a 401).
         * It runs on a network thread and must not block.
         */
        public Builder processRequest(Function<Request, Response> hook) {
            processRequest = hook;
            return this;
        }

        /** The options. */
        public Options build() {
            return new Options(this);
        }

        private static Duration positiveOrNull(Duration d, String what) {
            if (d != null && (d.isNegative() || d.isZero())) {
                throw new IllegalArgumentException(what + " must be positive: " + d);
            }
            return d;
        }
    }
}
