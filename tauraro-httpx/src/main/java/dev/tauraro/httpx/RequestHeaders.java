package dev.tauraro.httpx;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
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
     * From the client's {@code doOnRequest}: replaces the headers Reactor Netty put there (its
     * User-Agent, Host and Accept, as no headers are configured) with the request's, keeping
     * Reactor Netty's for those three when the request has none, as configured headers would.
     */
    static void onRequest(HttpClientRequest out) {
        Request request = out.currentContextView().getOrDefault(Request.class, null);
        if (request == null || !setLate(request)) {
            return;
        }
        HttpHeaders h = out.requestHeaders();
        String userAgent = h.get(HttpHeaderNames.USER_AGENT);
        String host = h.get(HttpHeaderNames.HOST);
        String accept = h.get(HttpHeaderNames.ACCEPT);
        h.clear();
        copy(request.headers(), h);
        keep(h, HttpHeaderNames.USER_AGENT, userAgent);
        keep(h, HttpHeaderNames.HOST, host);
        keep(h, HttpHeaderNames.ACCEPT, accept);
    }

    /** Adds {@code from}'s pairs to {@code to}, in order. */
    static void copy(Headers from, HttpHeaders to) {
        for (int i = 0; i < from.pairCount(); i++) {
            to.add(from.nameAt(i), from.valueAt(i));
        }
    }

    private static void keep(HttpHeaders h, CharSequence name, String value) {
        if (value != null && !h.contains(name)) {
            h.set(name, value);
        }
    }
}
