package dev.tauraro.httpx;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.util.HashSet;
import java.util.Set;

/**
 * httpx's {@code max_keepalive_connections}: at most so many idle HTTP/1.1 connections are kept
 * for reuse; a connection whose response ends while that many are idle is closed instead of going
 * back to the pool.
 *
 * <p>Reactor Netty's pool has no such bound (only a total and an idle time), so the idle set is
 * tracked here: a connection joins it when its response body ends and leaves it when the next
 * request is written on it or when it closes (idle expiry, or the server closing it). Which one is
 * closed differs from httpx (it closes the oldest idle connections; this closes the one just
 * freed); how many stay idle is the same.
 */
final class KeepaliveBound {
    private static final AttributeKey<Boolean> WATCHED = AttributeKey.valueOf("tauraro.httpx.keepaliveWatched");

    private final int max;
    private final Set<Channel> idle = new HashSet<>();

    KeepaliveBound(int max) {
        this.max = max;
    }

    /** The response on {@code c} has ended: keep it idle if there is room, else close it. */
    void released(Channel c) {
        if (!c.isOpen()) {
            return;
        }
        boolean keep;
        synchronized (idle) {
            keep = idle.size() < max;
            if (keep) {
                idle.add(c);
            }
        }
        if (!keep) {
            c.close();
            return;
        }
        if (c.attr(WATCHED).setIfAbsent(Boolean.TRUE) == null) {
            try {
                c.closeFuture().addListener(f -> inUse(c));
            } catch (IllegalStateException closedMeanwhile) {
                // Closed and deregistered since isOpen(): Netty cannot run the listener any more.
                inUse(c);
            }
        }
    }

    /** A request is being written on {@code c} (or it closed): it is not idle any more. */
    void inUse(Channel c) {
        synchronized (idle) {
            idle.remove(c);
        }
    }

    int idle() {
        synchronized (idle) {
            return idle.size();
        }
    }
}
