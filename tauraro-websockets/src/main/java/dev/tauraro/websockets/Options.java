package dev.tauraro.websockets;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Iterator;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

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
 * <tr><td>{@code maxSize}</td><td>1 MiB per message (and per frame, unless a fragment limit is given); a bigger one closes with 1009. Null: no limit</td></tr>
 * <tr><td>{@code maxQueue}</td><td>16 received messages; when full, reading stops (TCP backpressure) until fewer than a quarter remain (or the low mark given). Null: no limit</td></tr>
 * <tr><td>{@code pingInterval}, {@code pingTimeout}</td><td>20 s each: a peer that does not answer a keepalive ping is closed with 1011. Null: off</td></tr>
 * <tr><td>{@code closeTimeout}</td><td>10 s to finish the close handshake before the TCP connection is dropped</td></tr>
 * <tr><td>{@code openTimeout}</td><td>10 s for the opening handshake (client)</td></tr>
 * <tr><td>{@code writeLimit}</td><td>32 KiB: {@code send} waits while more is buffered for the socket, until it drains under the low mark (a quarter of it)</td></tr>
 * <tr><td>{@code compression}</td><td>true: permessage-deflate (RFC 7692) offered and accepted</td></tr>
 * </table>
 *
 * <p>{@code ssl} serves TLS on a server and sets the trusted certificates of a client's
 * {@code wss://} connections (verification of the certificate and host name is always on).
 * Options that only make sense on one side are ignored on the other: {@code origins},
 * {@code processRequest} and {@code serverHeader} for servers; {@code origin} and
 * {@code userAgentHeader} for clients. {@code additionalHeaders} go into the client's request or
 * the server's 101 response.
 *
 * <p>Differences from websockets: the hooks take the request (and response), not the
 * connection, which does not exist before the handshake here.
 */
public final class Options {
    /** The defaults. */
    public static final Options DEFAULTS = builder().build();

    private final Integer maxSize;
    private final Integer maxFragmentSize;
    private final Integer maxQueue;
    private final Integer maxQueueLow;
    private final int writeLimitHigh;
    private final int writeLimitLow;
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
    private final Function<Request, ? extends Publisher<Response>> processRequest;
    private final BiFunction<Request, Response, ? extends Publisher<Response>> processResponse;
    private final SSLContext ssl;
    private final Function<Throwable, Throwable> processException;
    private final Supplier<? extends Iterator<Duration>> reconnectDelays;

    private Options(Builder b) {
        maxSize = b.maxSize;
        maxFragmentSize = b.maxFragmentSize;
        maxQueue = b.maxQueue;
        maxQueueLow = b.maxQueueLow;
        writeLimitHigh = b.writeLimitHigh;
        writeLimitLow = b.writeLimitLow;
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
        processResponse = b.processResponse;
        ssl = b.ssl;
        processException = b.processException;
        reconnectDelays = b.reconnectDelays;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxSize = maxSize;
        b.maxFragmentSize = maxFragmentSize;
        b.maxQueue = maxQueue;
        b.maxQueueLow = maxQueueLow;
        b.writeLimitHigh = writeLimitHigh;
        b.writeLimitLow = writeLimitLow;
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
        b.processResponse = processResponse;
        b.ssl = ssl;
        b.processException = processException;
        b.reconnectDelays = reconnectDelays;
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

    /**
     * Largest frame in bytes, null for no limit of its own (then {@link #maxSize()} bounds frames
     * too). Python: the second item of {@code max_size=(message, fragment)}.
     */
    public Integer maxFragmentSize() {
        return maxFragmentSize;
    }

    /** Queued messages below which a reader paused by {@link #maxQueue()} resumes: a quarter of it unless set. */
    public int maxQueueLow() {
        return maxQueueLow != null ? maxQueueLow : maxQueue == null ? 0 : maxQueue / 4;
    }

    /** The limit on one received frame's payload: the fragment limit, else the message limit. */
    int framePayloadLimit() {
        Integer limit = maxFragmentSize != null ? maxFragmentSize : maxSize;
        return limit == null ? Integer.MAX_VALUE : limit;
    }

    /** High-water mark of the write buffer in bytes: above it, {@code send} waits. */
    public int writeLimitHigh() {
        return writeLimitHigh;
    }

    /** Low-water mark of the write buffer in bytes: waiting sends go on once it drains to it. */
    public int writeLimitLow() {
        return writeLimitLow;
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

    /** The server's hook run before the handshake (as set by either builder method), or null. */
    public Function<Request, ? extends Publisher<Response>> processRequest() {
        return processRequest;
    }

    /** The server's hook run on the response before it is sent, or null. */
    public BiFunction<Request, Response, ? extends Publisher<Response>> processResponse() {
        return processResponse;
    }

    /**
     * The TLS context: a server with one serves {@code wss://}; a client uses it for
     * {@code wss://} URIs (its trust store decides which certificates are accepted). Null: plain
     * servers, and clients trusting the JDK's default certificate authorities.
     */
    public SSLContext ssl() {
        return ssl;
    }

    /**
     * Tells whether a failed connection attempt of {@link Websockets#reconnecting} is retried:
     * null to retry, or the exception to fail with.
     */
    public Function<Throwable, Throwable> processException() {
        return processException;
    }

    /** The delays between reconnection attempts: a new iterator after each successful connection. */
    public Supplier<? extends Iterator<Duration>> reconnectDelays() {
        return reconnectDelays;
    }

    /**
     * websockets' {@code process_exception}: retries network errors ({@code IOException},
     * which includes TLS failures as Python's {@code ssl.SSLError} is an {@code OSError}),
     * timeouts, a connection closed before the HTTP response, and an HTTP 500, 502, 503 or 504
     * answer; anything else is fatal and returned as is.
     */
    public static Throwable retryTransientErrors(Throwable e) {
        if (e instanceof java.io.IOException || e instanceof dev.tauraro.asyncio.TimeoutError
                || e instanceof java.util.concurrent.TimeoutException) {
            return null;
        }
        if (e instanceof InvalidStatus s) {
            int status = s.response().status();
            return status == 500 || status == 502 || status == 503 || status == 504 ? null : e;
        }
        if (e instanceof InvalidMessage) {
            return null;            // the connection closed before the response (Python: InvalidMessage from EOFError)
        }
        return e;
    }

    @Override
    public String toString() {
        return "Options[maxSize=" + maxSize + ", maxQueue=" + maxQueue + ", writeLimit=(" + writeLimitHigh + ", " + writeLimitLow + "), pingInterval=" + pingInterval
                + ", pingTimeout=" + pingTimeout + ", closeTimeout=" + closeTimeout + ", openTimeout=" + openTimeout
                + ", compression=" + compression + ", subprotocols=" + subprotocols + "]";
    }

    /** Builds {@link Options}; each setter returns the builder. */
    public static final class Builder {
        static final String PRODUCT = "tauraro-websockets/0.1";

        private Integer maxSize = 1 << 20;
        private Integer maxFragmentSize;
        private Integer maxQueue = 16;
        private Integer maxQueueLow;
        private int writeLimitHigh = 32 * 1024;
        private int writeLimitLow = 8 * 1024;
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
        private Function<Request, ? extends Publisher<Response>> processRequest;
        private BiFunction<Request, Response, ? extends Publisher<Response>> processResponse;
        private SSLContext ssl;
        private Function<Throwable, Throwable> processException = Options::retryTransientErrors;
        private Supplier<? extends Iterator<Duration>> reconnectDelays = Backoff::new;

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

        /**
         * Largest message and largest frame in bytes, each null for no limit of its own. Python:
         * {@code max_size=(message, fragment)}, for long messages sent in short fragments.
         */
        public Builder maxSize(Integer messageBytes, Integer fragmentBytes) {
            maxSize(messageBytes);
            if (fragmentBytes != null && fragmentBytes < 1) {
                throw new IllegalArgumentException("maxSize's fragment limit must be positive: " + fragmentBytes);
            }
            maxFragmentSize = fragmentBytes;
            return this;
        }

        /** Received messages buffered before reading stops, null for no limit. Python: {@code max_queue}. */
        public Builder maxQueue(Integer messages) {
            if (messages != null && messages < 1) {
                throw new IllegalArgumentException("maxQueue must be positive: " + messages);
            }
            maxQueue = messages;
            maxQueueLow = null;
            return this;
        }

        /**
         * High and low water marks of the received-message queue: reading stops at {@code high}
         * and resumes below {@code low}. Python: {@code max_queue=(high, low)}.
         */
        public Builder maxQueue(int high, int low) {
            maxQueue(high);
            if (low < 0 || low > high) {
                throw new IllegalArgumentException("maxQueue's low mark must be between 0 and " + high + ": " + low);
            }
            maxQueueLow = low;
            return this;
        }

        /**
         * Python: {@code write_limit=high}. {@code send} writes its message, then waits while
         * more than {@code high} bytes are buffered for the socket, until the buffer drains to
         * the low mark, {@code high / 4} (asyncio's {@code set_write_buffer_limits}).
         */
        public Builder writeLimit(int high) {
            return writeLimit(high, high / 4);
        }

        /** Python: {@code write_limit=(high, low)}. */
        public Builder writeLimit(int high, int low) {
            if (low < 0 || high < low) {
                throw new IllegalArgumentException("high (" + high + ") must be >= low (" + low + ") must be >= 0");
            }
            writeLimitHigh = high;
            writeLimitLow = low;
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
         * It runs on a network thread (on the asyncio loop for a server started under
         * {@code Asyncio.run}) and must not block. If it throws, the client gets a 500 and the
         * error is logged ({@code process_request failed}), as in websockets.
         */
        public Builder processRequest(Function<Request, Response> hook) {
            processRequest = hook == null ? null : r -> Mono.justOrEmpty(hook.apply(r));
            return this;
        }

        /**
         * {@link #processRequest(Function)} for a hook that answers later (websockets accepts a
         * coroutine): its publisher's first element is the response, none goes on with the
         * handshake.
         */
        public Builder processRequestAsync(Function<Request, ? extends Publisher<Response>> hook) {
            processRequest = hook;
            return this;
        }

        /**
         * Python: {@code process_response}. Called with the request and the response about to be
         * sent: a rejection (from {@code processRequest} or the handshake checks), or the 101
         * that accepts the handshake. Return null to send it as it is, or another response to
         * send instead: one with another status than 101 rejects the handshake, a 101 gives the
         * headers to send. The 101 given to the hook holds the headers the server adds
         * ({@code Server}, {@code additionalHeaders}); the handshake's own headers
         * ({@code Upgrade}, {@code Sec-WebSocket-Accept}, negotiated extension and subprotocol)
         * are added by the network layer after it. A hook that throws sends a 500.
         */
        public Builder processResponse(BiFunction<Request, Response, Response> hook) {
            processResponse = hook == null ? null : (r, s) -> Mono.justOrEmpty(hook.apply(r, s));
            return this;
        }

        /** {@link #processResponse(BiFunction)} for a hook that answers later. */
        public Builder processResponseAsync(BiFunction<Request, Response, ? extends Publisher<Response>> hook) {
            processResponse = hook;
            return this;
        }

        /**
         * Python: {@code ssl=}. For a server, a context holding its certificate and key: it serves
         * TLS ({@code wss://}). For a client, the context used for {@code wss://} URIs, with
         * the certificates it trusts; the server's certificate and host name are always
         * verified. A client given one cannot connect to a {@code ws://} URI, as in websockets.
         */
        public Builder ssl(SSLContext context) {
            ssl = context;
            return this;
        }

        /**
         * Python: {@code process_exception}. Called with each failed attempt of
         * {@link Websockets#reconnecting}: return null to retry after the next delay, or an
         * exception (the same or another) to stop with it; an exception thrown stops with that
         * one. Default: {@link Options#retryTransientErrors}.
         */
        public Builder processException(Function<Throwable, Throwable> hook) {
            processException = Objects.requireNonNull(hook, "hook");
            return this;
        }

        /**
         * Python: {@code reconnect_delays}. Makes the delays between reconnection attempts; a
         * fresh iterator is asked for after every successful connection. Default: websockets'
         * exponential backoff (a random delay under 5 s, then 3.1 s growing by 1.618 up to 90 s).
         */
        public Builder reconnectDelays(Supplier<? extends Iterator<Duration>> delays) {
            reconnectDelays = Objects.requireNonNull(delays, "delays");
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
