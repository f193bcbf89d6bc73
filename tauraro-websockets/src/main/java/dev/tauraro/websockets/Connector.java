package dev.tauraro.websockets;

import dev.tauraro.asyncio.TimeoutError;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.NettyPipeline;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.PrematureCloseException;
import reactor.netty.http.client.WebsocketClientSpec;

/** Opens client connections: URI checks, the handshake on Reactor Netty, error translation. */
final class Connector {
    private Connector() {
    }

    static Mono<Connection> connect(String uri, Options options) {
        return Mono.defer(() -> {
            URI parsed = parse(uri);
            if (options.ssl() != null && "ws".equals(parsed.getScheme())) {
                throw new IllegalArgumentException("ssl argument is incompatible with a ws:// URI");
            }
            LoopBinding loop = LoopBinding.capture();
            Mono<Connection> open = Mono.<Connection>create(sink -> {
                List<Map.Entry<String, String>> sentHeaders = new ArrayList<>();
                SubprotocolTaker subprotocolLines = new SubprotocolTaker();
                // No pool: a WebSocket keeps its connection for life, and Reactor Netty's shared
                // pool (500 per host) made the 501st concurrent connect wait, then time out.
                HttpClient client = HttpClient.newConnection().headers(h -> {
                    if (options.userAgentHeader() != null) {
                        h.set(HttpHeaderNames.USER_AGENT, options.userAgentHeader());
                    }
                    if (options.origin() != null) {
                        h.set(HttpHeaderNames.ORIGIN, options.origin());
                    }
                    for (Map.Entry<String, String> e : options.additionalHeaders().entries()) {
                        h.add(e.getKey(), e.getValue());
                    }
                    if (!options.subprotocols().isEmpty()) {
                        h.set(SUBPROTOCOL, String.join(", ", options.subprotocols()));
                    }
                    h.forEach(e -> sentHeaders.add(Map.entry(e.getKey(), e.getValue())));
                }).doOnConnected(c -> c.channel().pipeline().addAfter(NettyPipeline.HttpCodec, "tauraro.subprotocol",
                        subprotocolLines));
                if ("wss".equals(parsed.getScheme())) {
                    client = options.ssl() == null ? client.secure()
                            : client.secure(spec -> spec.sslContext(Tls.client(options.ssl())));
                }
                // No protocols for Netty: its handshaker refuses a 101 without a subprotocol when
                // some were offered, which websockets accepts (SubprotocolTaker, chosenSubprotocol).
                WebsocketClientSpec spec = WebsocketClientSpec.builder()
                        .maxFramePayloadLength(options.framePayloadLimit())
                        .compress(options.compression())
                        .handlePing(true)
                        .build();
                String path = parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath();
                if (parsed.getRawQuery() != null) {
                    path += "?" + parsed.getRawQuery();
                }
                Request request = new Request(path, Headers.of(sentHeaders));
                Disposable d = client.websocket(spec).uri(parsed).handle((in, out) -> {
                    Headers headers = Handshakes.headers(in.headers());
                    for (String line : subprotocolLines.lines) {
                        headers = headers.with(Headers.of(List.of(Map.entry(SUBPROTOCOL, line))));
                    }
                    String subprotocol;
                    try {
                        subprotocol = Handshakes.chosenSubprotocol(subprotocolLines.lines, options.subprotocols());
                    } catch (InvalidHandshake e) {
                        in.withConnection(c -> c.channel().close());
                        sink.error(e);
                        return Mono.empty();
                    }
                    Response response = new Response(101, "Switching Protocols", headers, new byte[0]);
                    Connection[] holder = new Connection[1];
                    in.withConnection(c -> holder[0] = new Connection(c.channel(), options, false, request, response,
                            subprotocol, loop));
                    holder[0].open();
                    sink.success(holder[0]);
                    return holder[0].closedSignal();
                }).subscribe(null, e -> sink.error(translate(e)));
                sink.onCancel(d);
            }).timeout(options.openTimeout(), Mono.error(() -> new TimeoutError("timed out during opening handshake")));
            return loop.wrap(open);
        });
    }

    static URI parse(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            throw new InvalidURI(uri, "not a valid URI");
        }
        if (!"ws".equals(parsed.getScheme()) && !"wss".equals(parsed.getScheme())) {
            throw new InvalidURI(uri, "scheme isn't ws or wss");
        }
        if (parsed.getHost() == null) {
            throw new InvalidURI(uri, "hostname isn't provided");
        }
        if (parsed.getRawFragment() != null) {
            throw new InvalidURI(uri, "fragment identifier is meaningless");
        }
        return parsed;
    }

    private static final String SUBPROTOCOL = "Sec-WebSocket-Protocol";

    /**
     * Takes the Sec-WebSocket-Protocol lines out of the handshake's 101 response before Netty's
     * handshaker sees them (then removes itself): Netty refuses a 101 without a subprotocol when
     * some were offered, which websockets accepts. The client checks them with
     * {@link Handshakes#chosenSubprotocol}, as websockets does.
     */
    private static final class SubprotocolTaker extends io.netty.channel.ChannelInboundHandlerAdapter {
        final List<String> lines = new ArrayList<>();

        @Override
        public void channelRead(io.netty.channel.ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof io.netty.handler.codec.http.HttpResponse r) {
                ctx.pipeline().remove(this);
                if (r.status().code() == 101) {
                    lines.addAll(r.headers().getAll(SUBPROTOCOL));
                    r.headers().remove(SUBPROTOCOL);
                }
            }
            ctx.fireChannelRead(msg);
        }
    }

    private static Throwable translate(Throwable e) {
        if (e instanceof WebSocketClientHandshakeException w) {
            if (w.response() == null) {
                // closed before (or while) the response came: Netty's "Connection prematurely closed
                // BEFORE opening handshake is complete"
                return new InvalidMessage("did not receive a valid HTTP response", w);
            }
            if (w.response().status().code() != 101) {
                return new InvalidStatus(new Response(w.response().status().code(), w.response().status().reasonPhrase(),
                        Handshakes.headers(w.response().headers()), new byte[0]));
            }
            InvalidHandshake error = Handshakes.responseError(Handshakes.headers(w.response().headers()),
                    String.valueOf(w.getMessage()));
            error.initCause(w);
            return error;
        }
        if (e instanceof PrematureCloseException || e instanceof AbortedException) {
            return new InvalidMessage("did not receive a valid HTTP response", e);
        }
        return e;
    }
}
