package dev.tauraro.websockets;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of an opening handshake that Netty's handshaker does not make the way websockets
 * does: on the server, the request's upgrade headers, Origin and the subprotocol choice; on the
 * client, the errors of a 101 response and the subprotocol the server chose.
 */
final class Handshakes {
    private static final String BROWSER_HINT =
            "\n\nYou cannot access a WebSocket server directly with a browser. You need a WebSocket client.\n";

    private Handshakes() {
    }

    static Headers headers(HttpHeaders netty) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (Map.Entry<String, String> e : netty) {
            entries.add(Map.entry(e.getKey(), e.getValue()));
        }
        return Headers.of(entries);
    }

    /** The error response for a request that cannot be upgraded, or null to go on. */
    static Response check(Request request, Options options) {
        Headers h = request.headers();
        if (!hasToken(h.getAll("Connection"), "upgrade")) {
            return upgradeRequired(new InvalidHeader("Connection", joined(h.getAll("Connection"))));
        }
        List<String> upgrade = h.getAll("Upgrade");
        if (upgrade.size() != 1 || !upgrade.get(0).trim().equalsIgnoreCase("websocket")) {
            return upgradeRequired(new InvalidHeader("Upgrade", joined(upgrade)));
        }
        List<String> origins = options.origins();
        if (origins != null) {
            String origin = h.get("Origin");
            boolean allowed = origin == null ? origins.contains("") : origins.contains(origin);
            if (!allowed) {
                return Response.text(403, "Forbidden", "Failed to open a WebSocket connection: "
                        + new InvalidHeader("Origin", origin).getMessage() + ".\n");
            }
        }
        return null;
    }

    private static Response upgradeRequired(InvalidHeader why) {
        Response r = Response.text(426, "Upgrade Required",
                "Failed to open a WebSocket connection: " + why.getMessage() + "." + BROWSER_HINT);
        return new Response(r.status(), r.reason(), r.headers().with(Headers.of(Map.of("Upgrade", "websocket"))), r.body());
    }

    /** The first of the server's subprotocols that the client offers, or null. */
    static String selectSubprotocol(Request request, Options options) {
        List<String> offered = offered(request);
        for (String s : options.subprotocols()) {
            if (offered.contains(s)) {
                return s;
            }
        }
        return null;
    }

    static String subprotocolError(Request request, Options options) {
        return offered(request).isEmpty() ? "missing subprotocol"
                : "invalid subprotocol; expected one of " + String.join(", ", options.subprotocols());
    }

    private static List<String> offered(Request request) {
        return tokens(request.headers().getAll("Sec-WebSocket-Protocol"));
    }

    /** The comma-separated values of a header's lines, trimmed, empty ones left out. */
    private static List<String> tokens(List<String> values) {
        List<String> tokens = new ArrayList<>();
        for (String v : values) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    tokens.add(s.trim());
                }
            }
        }
        return tokens;
    }

    /**
     * What websockets' client raises for a 101 response that Netty refused with
     * {@code nettyMessage}: an {@link InvalidHeader} naming the Connection, Upgrade or
     * Sec-WebSocket-Accept header, checked in websockets' order, else an {@link InvalidHandshake}.
     */
    static InvalidHandshake responseError(Headers h, String nettyMessage) {
        if (!hasToken(h.getAll("Connection"), "upgrade")) {
            return new InvalidHeader("Connection", joined(tokens(h.getAll("Connection"))));
        }
        List<String> upgrade = tokens(h.getAll("Upgrade"));
        if (upgrade.size() != 1 || !upgrade.get(0).equalsIgnoreCase("websocket")) {
            return new InvalidHeader("Upgrade", joined(upgrade));
        }
        if (nettyMessage.contains("challenge")) {      // Netty: "Invalid challenge. Actual: ..."
            return new InvalidHeader("Sec-WebSocket-Accept", h.get("Sec-WebSocket-Accept"));
        }
        return new InvalidHandshake(nettyMessage);
    }

    /**
     * The subprotocol a client takes from the server's Sec-WebSocket-Protocol lines, as websockets'
     * client does: none chosen is null (even if some were offered), one not offered is a
     * {@link NegotiationError}, several are an {@link InvalidHeader}.
     */
    static String chosenSubprotocol(List<String> headerLines, List<String> offered) {
        List<String> chosen = tokens(headerLines);
        if (chosen.isEmpty()) {
            return null;
        }
        if (offered.isEmpty()) {
            throw new NegotiationError("no subprotocols supported");
        }
        if (chosen.size() > 1) {
            throw new InvalidHeader("Sec-WebSocket-Protocol", "multiple values: " + String.join(", ", chosen));
        }
        if (!offered.contains(chosen.get(0))) {
            throw new NegotiationError("unsupported subprotocol: " + chosen.get(0));
        }
        return chosen.get(0);
    }

    private static boolean hasToken(List<String> values, String token) {
        for (String v : values) {
            for (String t : v.split(",")) {
                if (t.trim().toLowerCase(Locale.ROOT).equals(token)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }
}
