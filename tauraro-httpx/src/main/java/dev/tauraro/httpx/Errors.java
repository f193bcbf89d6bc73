package dev.tauraro.httpx;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.proxy.ProxyConnectException;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.handler.timeout.WriteTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import javax.net.ssl.SSLException;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Translates transport failures (Netty, Reactor Netty, the JDK) into httpx's exceptions and
 * messages. One place, so every path (connect, send, headers, body) reports alike.
 */
final class Errors {
    /** httpcore's message for a connection that ended before any response came. */
    static final String DISCONNECTED = "Server disconnected without sending a response.";

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

    /** Netty's SOCKS5 status text ends with the reply code: {@code CONNECTION_REFUSED(5)}. */
    private static final java.util.regex.Pattern SOCKS_STATUS = java.util.regex.Pattern.compile(".*\\((\\d+)\\)");

    /** httpcore's SOCKS5 reply codes (RFC 1928), as its errors name them. */
    private static final String[] SOCKS_REPLIES = {"Succeeded", "General SOCKS server failure",
        "Connection not allowed by ruleset", "Network unreachable", "Host unreachable", "Connection refused",
        "TTL expired", "Command not supported", "Address type not supported"};

    /**
     * httpcore's wording for a proxy's refusal, from Netty's message (which ends with what the proxy
     * said): an HTTP proxy's status line ({@code 407 Proxy Authentication Required}); for SOCKS5
     * {@code Invalid username/password} or {@code Proxy Server could not connect: Connection refused.}
     */
    private static String proxyMessage(String m) {
        int at = m.lastIndexOf("authStatus: ");
        if (at >= 0) {
            return "Invalid username/password";
        }
        at = m.lastIndexOf("unexpected authMethod: ");
        if (at >= 0) {
            // Netty: "socks5, none|password, ..., unexpected authMethod: UNACCEPTED(255)"
            String requested = m.startsWith("socks5, password") ? "USERNAME/PASSWORD" : "NO AUTHENTICATION REQUIRED";
            String got = m.substring(at + 23);
            got = switch (got.replaceAll(".*\\((\\d+)\\)", "$1")) {
                case "0" -> "NO AUTHENTICATION REQUIRED";
                case "1" -> "GSSAPI";
                case "2" -> "USERNAME/PASSWORD";
                case "255" -> "NO ACCEPTABLE METHODS";
                default -> got;
            };
            return "Requested " + requested + " from proxy server, but got " + got + ".";
        }
        at = m.lastIndexOf("status: ");
        if (at < 0) {
            return m;
        }
        String status = m.substring(at + 8);
        java.util.regex.Matcher socks = SOCKS_STATUS.matcher(status);
        if (socks.matches()) {
            int code = Integer.parseInt(socks.group(1));
            return "Proxy Server could not connect: "
                    + (code < SOCKS_REPLIES.length ? SOCKS_REPLIES[code] : "Unknown reply " + code) + ".";
        }
        return status;
    }

    private static RuntimeException map(Throwable t, Request request, boolean inBody) {
        if (t instanceof HTTPError || t instanceof StreamError || t instanceof InvalidURL) {
            return (RuntimeException) t;
        }
        ProxyConnectException proxy = cause(t, ProxyConnectException.class);
        SSLException proxyTls = proxy == null ? null : cause(proxy, SSLException.class);
        if (proxyTls != null) {
            // The TLS handshake with an https:// proxy: httpx reports it as any TLS failure.
            return new ConnectError(sslMessage(t, proxyTls), request, t);
        }
        if (proxy != null) {
            return new ProxyError(proxyMessage(String.valueOf(proxy.getMessage())), request, t);
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
        if (t instanceof java.io.FileNotFoundException && !inBody) {
            // Netty's epoll transport connecting to a Unix socket path that does not exist (uds=)
            return new ConnectError("[Errno 2] No such file or directory", request, t);
        }
        if (t instanceof UnknownHostException) {
            return new ConnectError("[Errno -2] Name or service not known", request, t);
        }
        SSLException ssl = cause(t, SSLException.class);
        if (ssl != null) {
            return new ConnectError(sslMessage(t, ssl), request, t);
        }
        if (t instanceof PrematureCloseException) {
            return new RemoteProtocolError(inBody ? "peer closed connection without sending complete message body"
                    : DISCONNECTED, request, t);
        }
        if (t instanceof PrematureChannelClosureException) {
            return new RemoteProtocolError(DISCONNECTED, request, t);
        }
        if (t instanceof TooLongFrameException || t instanceof DecoderException) {
            return new RemoteProtocolError(message(t), request, t);
        }
        if (t instanceof ClosedChannelException) {
            return inBody ? new ReadError("connection closed", request, t)
                    : new RemoteProtocolError(DISCONNECTED, request, t);
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

    /** The first {@code type} in {@code t}'s cause chain, or null. */
    static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /**
     * A TLS failure as CPython 3.11's {@code ssl} module words it (httpx passes that text on):
     * {@code [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate
     * (_ssl.c:992)}. The {@code _ssl.c} line is CPython 3.11's.
     */
    private static String sslMessage(Throwable t, SSLException ssl) {
        dev.tauraro.asyncio.CertVerification.Failed failed = dev.tauraro.asyncio.CertVerification.find(t);
        if (failed != null) {
            return failed.sslMessage();
        }
        String m = String.valueOf(ssl.getMessage());
        if (m.contains("Unsupported or unrecognized SSL message") || m.startsWith("not an SSL/TLS record")) {
            return "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:992)";
        }
        return m;
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
