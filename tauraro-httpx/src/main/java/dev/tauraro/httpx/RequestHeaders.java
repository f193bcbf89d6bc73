package dev.tauraro.httpx;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import reactor.netty.http.client.HttpClientRequest;

/**
 * Puts a request's headers on Reactor Netty's request. Setting them with
 * {@code HttpClient.headers(...)} copies the client's whole configuration and the headers twice
 * per request; for the requests where that is not needed they are written straight into the
 * outgoing request instead, from the client's {@code doOnRequest}, which finds the request in the
 * exchange's context.
 *
 * <p>Which requests: those with no body whose method is GET, HEAD or DELETE. For the others Reactor
 * Netty decides between chunked encoding and a length from the configured headers before
 * {@code doOnRequest} runs, so theirs must be in the configuration.
 */
final class RequestHeaders {
    private RequestHeaders() {
    }

    /** Whether {@code request}'s headers are set by {@link #onRequest} rather than configured. */
    static boolean setLate(Request request) {
        if (request.contentLength() != 0) {
            return false;
        }
        String m = request.method();
        return m.equals("GET") || m.equals("HEAD") || m.equals("DELETE");
    }

    /**
     * From the client's {@code doOnRequest}: the request's headers exactly, without the
     * {@code User-Agent} and {@code Accept} Reactor Netty adds when a request has none (httpx
     * sends neither once deleted from {@code client.headers}); Reactor Netty's {@code Host} is
     * kept when the request has none, as HTTP/1.1 requires one. For the requests whose headers
     * are configured ({@link #setLate} false) only those two are taken away.
     */
    static void onRequest(HttpClientRequest out) {
        Request request = out.currentContextView().getOrDefault(Request.class, null);
        if (request == null) {
            return;
        }
        HttpHeaders h = out.requestHeaders();
        if (setLate(request)) {
            String host = h.get(HttpHeaderNames.HOST);
            h.clear();
            copy(request.headers(), h);
            if (host != null && !h.contains(HttpHeaderNames.HOST)) {
                h.set(HttpHeaderNames.HOST, host);
            }
        }
        dropUnless(request, h, HttpHeaderNames.USER_AGENT, "User-Agent");
        dropUnless(request, h, HttpHeaderNames.ACCEPT, "Accept");
    }

    /** Removes {@code netty} from {@code h} unless the request has {@code name} (the same header). */
    private static void dropUnless(Request request, HttpHeaders h, CharSequence netty, String name) {
        if (!request.headers().contains(name)) {
            h.remove(netty);
        }
    }

    /**
     * Adds {@code from}'s pairs to {@code to}, in order. They are Netty headers made once per
     * {@link Headers} ({@link #toNetty}): copying one Netty header map into another of the same
     * kind skips the validation and hashing of each name that adding pairs does, about a
     * thirtieth of a short request's CPU time when the client's headers were added one by one.
     */
    static void copy(Headers from, HttpHeaders to) {
        to.add(from.netty());
    }

    /**
     * {@code from} as headers of the kind Reactor Netty's requests have (same validation, so a bad
     * name or value fails here as it did when added to the request). Names and values in ASCII
     * become {@link AsciiString}s, which Netty hashes once and writes to the wire as bytes; any
     * other stays a {@code String}, so it is validated and encoded as before.
     */
    static HttpHeaders toNetty(Headers from) {
        HttpHeaders h = DefaultHttpHeadersFactory.headersFactory().newHeaders();
        for (int i = 0; i < from.pairCount(); i++) {
            h.add(ascii(from.nameAt(i)), ascii(from.valueAt(i)));
        }
        return h;
    }

    private static CharSequence ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s;
            }
        }
        return new AsciiString(s);
    }

}
