package dev.tauraro.websockets;

import java.time.Duration;
import java.util.Iterator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;
import reactor.util.retry.Retry;

/**
 * {@link Websockets#reconnecting}: websockets' {@code async for websocket in connect(uri)}.
 *
 * <p>As websockets' loop: an attempt that fails is passed to {@code processException}; a
 * retryable failure waits for the next delay of {@code reconnectDelays} and tries again, a fatal
 * one ends the Flux with its error. After a successful connection the delays start over.
 * websockets opens the next connection when the loop body returns (its {@code async with}
 * closes the connection); here the next one is opened when the previous one is closed, by the
 * peer, the network or the subscriber: so at most one connection is open at a time, and the
 * Flux never ends by itself after a clean close, as websockets' loop does not.
 */
final class Reconnector {
    private static final Logger LOG = Loggers.getLogger("websockets.client");

    private Reconnector() {
    }

    static Flux<Connection> connections(String uri, Options options) {
        return Mono.defer(() -> attempts(uri, options))
                .flatMapMany(c -> Flux.just(c).concatWith(c.closedSignal().then(Mono.<Connection>empty())))
                .repeat();
    }

    /** Connects, retrying as {@code processException} and {@code reconnectDelays} say. */
    private static Mono<Connection> attempts(String uri, Options options) {
        Iterator<Duration>[] delays = newDelays();
        return Connector.connect(uri, options).retryWhen(Retry.from(failures -> failures.concatMap(failure -> {
            Throwable e = failure.failure();
            Throwable fatal;
            try {
                fatal = options.processException().apply(e);
            } catch (RuntimeException raised) {
                fatal = raised;
            }
            if (fatal != null) {
                return Mono.error(fatal);
            }
            if (delays[0] == null) {
                delays[0] = options.reconnectDelays().get();
            }
            Duration delay = delays[0].next();
            LOG.info("connect failed; reconnecting in {} seconds: {}",
                    String.format(java.util.Locale.ROOT, "%.1f", delay.toNanos() / 1e9), e.toString());
            return Mono.delay(delay).thenReturn(failure);
        })));
    }

    @SuppressWarnings("unchecked")
    private static Iterator<Duration>[] newDelays() {
        return (Iterator<Duration>[]) new Iterator<?>[1];
    }
}
