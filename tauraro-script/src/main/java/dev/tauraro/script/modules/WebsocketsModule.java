package dev.tauraro.script.modules;

import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.asyncio.Future;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.websockets.CloseFrame;
import dev.tauraro.websockets.Connection;
import dev.tauraro.websockets.ConnectionClosed;
import dev.tauraro.websockets.ConnectionClosedOK;
import dev.tauraro.websockets.FragmentedSend;
import dev.tauraro.websockets.Headers;
import dev.tauraro.websockets.InvalidHandshake;
import dev.tauraro.websockets.InvalidHeader;
import dev.tauraro.websockets.InvalidStatus;
import dev.tauraro.websockets.InvalidURI;
import dev.tauraro.websockets.Message;
import dev.tauraro.websockets.Options;
import dev.tauraro.websockets.PayloadTooBig;
import dev.tauraro.websockets.ProtocolError;
import dev.tauraro.websockets.Response;
import dev.tauraro.websockets.Server;
import dev.tauraro.websockets.Websockets;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * The Java half of Python's {@code websockets} for scripts: {@code _websockets}, the functions
 * that the script half ({@code lib/websockets.py}: the classes {@code serve}, {@code connect},
 * {@code ServerConnection}, the exceptions) calls. Every call goes to tauraro-websockets; this
 * file only converts values, keyword arguments and exceptions.
 *
 * <p>Awaiting any of these Monos suspends the script coroutine without holding a thread:
 * tauraro-websockets hands results back to the asyncio loop the server or connection was
 * started on.
 */
public final class WebsocketsModule {
    private WebsocketsModule() {
    }

    /** {@code import websockets.exceptions}: the exception classes of the script half. */
    static PyModule exceptions(Interpreter interp) {
        PyModule ws = interp.importModule("websockets");
        return (PyModule) ws.get("exceptions");
    }

    static PyModule create(Interpreter interp) {
        NettyLoops.used();
        PyModule m = new PyModule("_websockets", interp);
        m.set("serve", fn("serve", (a, k) -> {
            Object handler = a[0];
            String host = a[1] == PyNone.NONE ? null : Ops.str(a[1]);
            int port = a[2] == PyNone.NONE ? 0 : (int) Ops.toLong(a[2]);
            Options options = options((PyDict) a[3], "serve");
            return Websockets.serve(c -> Interop.awaitable(Ops.call(handler, c)), host, port, options)
                    .map(s -> (Object) s).onErrorMap(e -> toPy(interp, e));
        }));
        m.set("connect", fn("connect", (a, k) -> {
            String uri = Ops.str(a[0]);
            Options options = options((PyDict) a[1], "connect");
            return Websockets.connect(uri, options).map(c -> (Object) c).onErrorMap(e -> toPy(interp, e));
        }));
        m.set("recv", fn("recv", (a, k) -> conn(a[0]).recv().map(WebsocketsModule::value)
                .onErrorMap(e -> toPy(interp, e))));
        m.set("anext", fn("anext", (a, k) -> conn(a[0]).recv().map(WebsocketsModule::value)
                .onErrorMap(e -> e instanceof ConnectionClosedOK
                        ? Exceptions.newException(Exceptions.STOP_ASYNC_ITERATION) : toPy(interp, e))));
        m.set("send", fn("send", (a, k) -> send(conn(a[0]), a[1]).thenReturn((Object) PyNone.NONE)
                .onErrorMap(e -> toPy(interp, e))));
        // A fragmented message: the script half iterates and checks types, as websockets' send().
        m.set("start_fragmented", fn("start_fragmented", (a, k) -> conn(a[0]).startFragmented()
                .map(f -> (Object) f).onErrorMap(e -> toPy(interp, e))));
        m.set("send_fragment", fn("send_fragment", (a, k) -> {
            FragmentedSend f = (FragmentedSend) a[0];
            Mono<Void> sent = a[1] instanceof String s ? f.send(s) : f.send(((PyBytes) a[1]).bytes());
            return sent.thenReturn((Object) PyNone.NONE).onErrorMap(e -> toPy(interp, e));
        }));
        m.set("end_fragmented", fn("end_fragmented", (a, k) -> ((FragmentedSend) a[0]).end()
                .thenReturn((Object) PyNone.NONE).onErrorMap(e -> toPy(interp, e))));
        m.set("fail_fragmented", fn("fail_fragmented", (a, k) -> ((FragmentedSend) a[0]).fail()
                .thenReturn((Object) PyNone.NONE).onErrorMap(e -> toPy(interp, e))));
        m.set("close", fn("close", (a, k) -> conn(a[0]).close((int) Ops.toLong(a[1]), Ops.str(a[2]))
                .thenReturn((Object) PyNone.NONE).onErrorMap(e -> toPy(interp, e))));
        m.set("wait_closed", fn("wait_closed", (a, k) -> conn(a[0]).waitClosed().thenReturn((Object) PyNone.NONE)));
        m.set("ping", fn("ping", (a, k) -> ping(interp, conn(a[0]), a[1])));
        m.set("pong", fn("pong", (a, k) -> conn(a[0]).pong(bytes(a[1])).thenReturn((Object) PyNone.NONE)
                .onErrorMap(e -> toPy(interp, e))));
        m.set("attr", fn("attr", (a, k) -> connectionAttr(conn(a[0]), Ops.str(a[1]))));
        m.set("broadcast", fn("broadcast", (a, k) -> {
            List<Connection> targets = new ArrayList<>();
            for (Object o : Ops.toList(a[0])) {
                targets.add(conn(o));
            }
            Websockets.broadcast(targets, message(a[1]));
            return PyNone.NONE;
        }));
        m.set("server_close", fn("server_close", (a, k) -> {
            ((Server) a[0]).close(Ops.truthy(a[1]));
            return PyNone.NONE;
        }));
        m.set("server_wait_closed", fn("server_wait_closed", (a, k) ->
                ((Server) a[0]).waitClosed().thenReturn((Object) PyNone.NONE)));
        m.set("server_is_serving", fn("server_is_serving", (a, k) -> ((Server) a[0]).isServing()));
        m.set("server_sockets", fn("server_sockets", (a, k) -> {
            PyList out = new PyList();
            for (InetSocketAddress s : ((Server) a[0]).sockets()) {
                out.add(address(s));
            }
            return out;
        }));
        m.set("submodule", fn("submodule", (a, k) -> {
            // websockets.exceptions, websockets.asyncio.server, ...: lib/websockets.py's names under
            // the library's module layout, in sys.modules so that importing them finds them
            String name = Ops.str(a[0]);
            PyModule sub = new PyModule(name, interp);
            for (Map.Entry<Object, Object> e : ((PyDict) a[1]).entrySet()) {
                sub.set(Ops.str(e.getKey()), e.getValue());
            }
            interp.moduleDict().put(name, sub);
            return sub;
        }));
        m.set("reason_phrase", fn("reason_phrase", (a, k) -> Response.reasonPhrase((int) Ops.toLong(a[0]))));
        m.set("format_traceback", fn("format_traceback", (a, k) -> interp.formatTraceback((PyBaseException) a[0])));
        m.set("close_str", fn("close_str", (a, k) ->
                new CloseFrame((int) Ops.toLong(a[0]), Ops.str(a[1])).toString()));
        m.set("closed_str", fn("closed_str", (a, k) -> ConnectionClosed.of(frame(a[0]), frame(a[1]),
                a[2] == PyNone.NONE ? null : Ops.truthy(a[2])).getMessage()));
        return m;
    }

    private static BuiltinFunction fn(String name, PyCallable impl) {
        return new BuiltinFunction(name, impl);
    }

    private static Connection conn(Object o) {
        if (o instanceof Connection c) {
            return c;
        }
        throw Exceptions.typeError("expected a websockets connection, got " + Ops.typeName(o));
    }

    private static Object value(Message m) {
        return m.isText() ? m.text() : new PyBytes(m.bytes());
    }

    private static Message message(Object o) {
        if (o instanceof String s) {
            return Message.text(s);
        }
        byte[] b = dev.tauraro.script.runtime.Buffers.bytesOrNull(o);
        if (b != null) {
            return Message.binary(b);
        }
        throw Exceptions.typeError("data must be str or bytes, not " + Ops.typeName(o));
    }

    private static Mono<Void> send(Connection c, Object o) {
        return c.send(message(o));
    }

    private static byte[] bytes(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes();
        }
        if (o instanceof String s) {
            return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        throw Exceptions.typeError("data must be str or bytes, not " + Ops.typeName(o));
    }

    /**
     * {@code await ws.ping(data)}: the ping goes out now and the result is a future that
     * completes with the latency in seconds when the pong arrives, as websockets' pong waiter.
     */
    private static Object ping(Interpreter interp, Connection c, Object data) {
        Future<Object> waiter = EventLoop.running().createFuture();
        Mono<Duration> sent = data == PyNone.NONE ? c.ping() : c.ping(bytes(data));
        sent.subscribe(d -> waiter.setResult(d.toNanos() / 1e9), e -> {
            if (!waiter.done()) {
                Throwable t = toPy(interp, e);
                waiter.setException(t instanceof PyException p ? Interop.toJava(p) : t);
            }
        });
        return Mono.just(waiter);
    }

    private static Object connectionAttr(Connection c, String name) {
        return switch (name) {
            case "remote_address" -> address(c.remoteAddress());
            case "local_address" -> address(c.localAddress());
            case "path" -> c.request().path();
            case "request_headers" -> headers(c.request().headers());
            case "response_headers" -> headers(c.response().headers());
            case "status_code" -> (long) c.response().status();
            case "subprotocol" -> c.subprotocol() == null ? PyNone.NONE : c.subprotocol();
            case "close_code" -> c.closeCode() == null ? PyNone.NONE : (Object) (long) c.closeCode();
            case "close_reason" -> c.closeReason() == null ? PyNone.NONE : c.closeReason();
            case "latency" -> c.latency();
            case "id" -> c.id();
            case "state" -> (long) c.state().ordinal();
            default -> throw Exceptions.newException(Exceptions.ATTRIBUTE_ERROR, name);
        };
    }

    private static Object address(InetSocketAddress a) {
        return new PyTuple(new Object[] {a.getAddress().getHostAddress(), (long) a.getPort()});
    }

    /** Headers as a list of (name, value) pairs: the script half wraps them in its Headers class. */
    private static Object headers(Headers h) {
        PyList out = new PyList();
        for (Map.Entry<String, String> e : h.entries()) {
            out.add(new PyTuple(new Object[] {e.getKey(), e.getValue()}));
        }
        return out;
    }

    private static CloseFrame frame(Object close) {
        if (close == PyNone.NONE) {
            return null;
        }
        return new CloseFrame((int) Ops.toLong(Ops.getAttr(close, "code")), Ops.str(Ops.getAttr(close, "reason")));
    }

    // ------------------------------------------------------------------ keyword arguments

    private static Integer optionalInt(Object v) {
        return v == PyNone.NONE ? null : (int) Ops.toLong(v);
    }

    private static Options options(PyDict kwargs, String function) {
        Options.Builder b = Options.builder();
        for (Map.Entry<Object, Object> e : kwargs.entrySet()) {
            String key = Ops.str(e.getKey());
            Object v = e.getValue();
            boolean none = v == PyNone.NONE;
            switch (key) {
                case "max_size" -> {
                    if (v instanceof PyTuple t) {           // (message, fragment), either None
                        List<Object> mf = Ops.toList(t);
                        b.maxSize(optionalInt(mf.get(0)), optionalInt(mf.get(1)));
                    } else {
                        b.maxSize(none ? null : (int) Ops.toLong(v));
                    }
                }
                case "max_queue" -> {
                    if (v instanceof PyTuple t) {           // (high, low); low None: a quarter of high
                        List<Object> hl = Ops.toList(t);
                        int high = (int) Ops.toLong(hl.get(0));
                        b.maxQueue(high, hl.get(1) == PyNone.NONE ? high / 4 : (int) Ops.toLong(hl.get(1)));
                    } else {
                        b.maxQueue(none ? null : (int) Ops.toLong(v));
                    }
                }
                case "write_limit" -> {
                    if (v instanceof PyTuple t) {           // (high, low)
                        List<Object> hl = Ops.toList(t);
                        int high = (int) Ops.toLong(hl.get(0));
                        b.writeLimit(high, hl.get(1) == PyNone.NONE ? high / 4 : (int) Ops.toLong(hl.get(1)));
                    } else {
                        b.writeLimit((int) Ops.toLong(v));
                    }
                }
                // the script half wraps the hooks so that they take plain values (see lib/websockets.py)
                case "process_request" -> b.processRequestAsync(none ? null
                        : r -> hookResult(Ops.call(v, r.path(), headers(r.headers()))));
                case "process_response" -> b.processResponseAsync(none ? null
                        : (r, res) -> hookResult(Ops.callKw(v, new Object[] {r.path(), headers(r.headers()),
                                (long) res.status(), res.reason(), headers(res.headers()), new PyBytes(res.body())},
                                new String[0])));
                case "ping_interval" -> b.pingInterval(none ? null : seconds(v));
                case "ping_timeout" -> b.pingTimeout(none ? null : seconds(v));
                case "close_timeout" -> b.closeTimeout(none ? Duration.ofDays(365) : seconds(v));
                case "open_timeout" -> b.openTimeout(none ? Duration.ofDays(365) : seconds(v));
                case "compression" -> {
                    if (!none && !"deflate".equals(v)) {
                        throw Exceptions.newException(Exceptions.VALUE_ERROR, "unsupported compression: " + Ops.repr(v));
                    }
                    b.compression(!none);
                }
                case "subprotocols" -> b.subprotocols(none ? List.of() : strings(v));
                case "origins" -> b.origins(none ? null : strings(v).stream()
                        .map(s -> s == null ? "" : s).toList());
                case "origin" -> b.origin(none ? null : Ops.str(v));
                case "additional_headers", "extra_headers" -> b.additionalHeaders(none ? Headers.EMPTY : headerArg(v));
                case "user_agent_header" -> b.userAgentHeader(none ? null : Ops.str(v));
                case "server_header" -> b.serverHeader(none ? null : Ops.str(v));
                // lib/websockets.py has turned the script's ssl.SSLContext into the JDK's
                case "ssl" -> b.ssl(none ? null : (javax.net.ssl.SSLContext) v);
                default -> throw Exceptions.typeError(function + "() got an unexpected keyword argument '" + key + "'");
            }
        }
        return b.build();
    }

    /** A hook's coroutine as the Mono of its response: None for no response, else (status, reason, headers, body). */
    private static Mono<Response> hookResult(Object coroutine) {
        return Interop.awaitable(coroutine).flatMap(v -> {
            if (v == PyNone.NONE) {
                return Mono.empty();
            }
            List<Object> t = Ops.toList(v);
            return Mono.just(new Response((int) Ops.toLong(t.get(0)), Ops.str(t.get(1)), headerArg(t.get(2)),
                    ((PyBytes) t.get(3)).bytes()));
        });
    }

    private static Duration seconds(Object v) {
        return Duration.ofNanos((long) (Ops.toDouble(v) * 1e9));
    }

    private static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        for (Object o : Ops.toList(v)) {
            out.add(o == PyNone.NONE ? null : Ops.str(o));
        }
        return out;
    }

    private static Headers headerArg(Object v) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        if (v instanceof PyDict d) {
            for (Map.Entry<Object, Object> e : d.entrySet()) {
                entries.add(Map.entry(Ops.str(e.getKey()), Ops.str(e.getValue())));
            }
        } else {
            for (Object pair : Ops.toList(v)) {
                List<Object> kv = Ops.toList(pair);
                entries.add(Map.entry(Ops.str(kv.get(0)), Ops.str(kv.get(1))));
            }
        }
        return Headers.of(entries);
    }

    // ------------------------------------------------------------------ exceptions

    /** A Java exception of tauraro-websockets as the script class of the same name. */
    static Throwable toPy(Interpreter interp, Throwable e) {
        if (e instanceof PyException) {
            return e;
        }
        PyModule ws = interp.importModule("websockets");
        if (e instanceof ConnectionClosed c) {
            String cls = c instanceof ConnectionClosedOK ? "ConnectionClosedOK" : "ConnectionClosedError";
            PyException p = raise(ws, cls, close(ws, c.rcvd()), close(ws, c.sent()),
                    c.rcvdThenSent() == null ? PyNone.NONE : c.rcvdThenSent());
            if (c.getCause() instanceof PayloadTooBig || c.getCause() instanceof ProtocolError) {
                // as websockets: chained to the error that made this side fail the connection
                p.value.cause = ((PyException) toPy(interp, c.getCause())).value;
                p.value.suppressContext = true;
            }
            return p;
        }
        if (e instanceof InvalidURI u) {
            String why = u.getMessage().substring(u.uri().length() + " isn't a valid URI: ".length());
            return raise(ws, "InvalidURI", u.uri(), why);
        }
        if (e instanceof InvalidStatus s) {
            Object response = Ops.call(ws.get("Response"), (long) s.response().status(), s.response().reason(),
                    headers(s.response().headers()));
            return raise(ws, "InvalidStatus", response);
        }
        if (e instanceof InvalidHeader h) {
            return raise(ws, "InvalidHeader", h.name(), h.value() == null ? PyNone.NONE : h.value());
        }
        if (e instanceof dev.tauraro.websockets.InvalidMessage) {
            // as websockets: caused by the EOFError of a connection closed before the response
            PyException p = raise(ws, "InvalidMessage", e.getMessage());
            p.value.cause = Exceptions.newException(Exceptions.EOF_ERROR,
                    "connection closed while reading HTTP status line").value;
            p.value.suppressContext = true;
            return p;
        }
        if (e instanceof InvalidHandshake) {
            String cls = e instanceof dev.tauraro.websockets.NegotiationError ? "NegotiationError" : "InvalidHandshake";
            return raise(ws, cls, e.getMessage());
        }
        if (e instanceof PayloadTooBig) {
            return raise(ws, "PayloadTooBig", e.getMessage());
        }
        if (e instanceof ProtocolError) {
            return raise(ws, "ProtocolError", e.getMessage());
        }
        PyException tls = SslModule.toScript(interp, e);
        if (tls != null) {
            return tls;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return Exceptions.newException(Exceptions.CONNECTION_ERROR, "Connect call failed: " + root.getMessage());
        }
        return e;
    }

    private static Object close(PyModule ws, CloseFrame f) {
        return f == null ? PyNone.NONE : Ops.call(ws.get("Close"), (long) f.code(), f.reason());
    }

    private static PyException raise(PyModule ws, String cls, Object... args) {
        Object inst = ((PyClass) ws.get(cls)).call(args, null);
        return new PyException((PyBaseException) inst);
    }
}
