package dev.tauraro.httpx;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.handler.timeout.WriteTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Translates transport failures (Netty, Reactor Netty, the JDK) into httpx's exceptions and
 * messages. One place, so every path (connect, send, headers, body) reports alike.
 */
final class Errors {
    private Errors() {
    }

    /** The httpx exception for a failure before the response headers arrived. */
    static RuntimeException beforeResponse(Throwable t, Request request) {
        return map(t, request, false);
    }

    /** The httpx exception for a failure while the body was being received. */
    static RuntimeException duringBody(Throwable t, Request request) {
        return map(t, request, true);
    }

    private static RuntimeException map(Throwable t, Request request, boolean inBody) {
        if (t instanceof HTTPError || t instanceof StreamError || t instanceof InvalidURL) {
            return (RuntimeException) t;
        }
        if (t instanceof ConnectTimeoutException) {
            return new ConnectTimeout("timed out", request, t);
        }
        if (t instanceof ReadTimeoutException) {
            return new ReadTimeout("timed out", request, t);
        }
        if (t instanceof WriteTimeoutException) {
            return new WriteTimeout("timed out", request, t);
        }
        if (t.getClass().getSimpleName().equals("PoolAcquireTimeoutException")) {
            return new PoolTimeout("timed out", request, t);
        }
        if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
            return new ConnectError(connectMessage(t), request, t);
        }
        if (t instanceof UnknownHostException) {
            return new ConnectError("[Errno -2] Name or service not known", request, t);
        }
        if (t instanceof PrematureCloseException) {
            return new RemoteProtocolError(inBody ? "peer closed connection without sending complete message body"
                    : "Server disconnected without sending a response.", request, t);
        }
        if (t instanceof PrematureChannelClosureException) {
            return new RemoteProtocolError("Server disconnected without sending a response.", request, t);
        }
        if (t instanceof TooLongFrameException || t instanceof DecoderException) {
            return new RemoteProtocolError(message(t), request, t);
        }
        if (t instanceof ClosedChannelException) {
            return inBody ? new ReadError("connection closed", request, t)
                    : new RemoteProtocolError("Server disconnected without sending a response.", request, t);
        }
        if (t instanceof IOException) {
            return inBody ? new ReadError(message(t), request, t) : new WriteError(message(t), request, t);
        }
        if (t instanceof IllegalArgumentException) {
            // Netty's HTTP decoder reports a malformed status line, header or chunk size this way.
            return new RemoteProtocolError(message(t), request, t);
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        return new TransportError(message(t), request, t);
    }

    private static String connectMessage(Throwable t) {
        String m = String.valueOf(t.getMessage());
        if (m.contains("Connection refused")) {
            return "[Errno 111] Connection refused";
        }
        if (m.contains("No route to host")) {
            return "[Errno 113] No route to host";
        }
        if (m.contains("Network is unreachable")) {
            return "[Errno 101] Network is unreachable";
        }
        return m;
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m != null ? m : t.getClass().getSimpleName();
    }
}
