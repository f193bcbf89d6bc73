package dev.tauraro.script.modules;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.ConnectionResetError;
import dev.tauraro.asyncio.IncompleteReadError;
import dev.tauraro.asyncio.LimitOverrunError;
import dev.tauraro.asyncio.Server;
import dev.tauraro.asyncio.StreamOptions;
import dev.tauraro.asyncio.StreamReader;
import dev.tauraro.asyncio.StreamWriter;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * asyncio's streams for scripts: {@code open_connection}, {@code start_server}, {@code StreamReader},
 * {@code StreamWriter}, {@code Server} and the two stream exceptions, over the Java streams of
 * tauraro-asyncio ({@link Asyncio#openConnection}, {@link Asyncio#startServer}). The Java side does
 * the I/O on Reactor Netty and resumes readers, drains and server callbacks on the loop that opened
 * the connection, so a script's stream code runs on its own loop thread like the rest of asyncio;
 * this file converts values (bytes, address tuples) and exceptions to their Python forms.
 *
 * <p>{@code ssl=} takes the script {@code ssl} module's {@code SSLContext} (or True for its default
 * client context), whose JDK context the Java streams use; a rejected certificate raises that
 * module's {@code SSLCertVerificationError} with CPython's message. {@code server_hostname=} is
 * sent as SNI and checked first, but (unlike CPython) a certificate valid for the address connected
 * to is accepted too: the JDK's endpoint identification falls back to the peer address.
 *
 * <p>{@code open_unix_connection} and {@code start_unix_server} do the same over Unix-domain
 * sockets; {@code writer.transport} is the transport of {@link AsyncioProtocols}.
 *
 * <p>Differences from CPython: a {@code host} of None binds (or connects to) the loopback address
 * rather than every interface; {@code sock=} and {@code family=} are absent; {@code server.sockets}
 * items only answer {@code getsockname()}; a Unix server's socket file is removed when the server
 * closes (Netty's doing; CPython 3.13 does the same, 3.11 leaves it).
 */
final class AsyncioStreams {
    private AsyncioStreams() {
    }

    private static PyClass type(String name, String module, PyCallable ctor, PyClass base) {
        return PyClass.builtin(name, module, ctor, Map.of(), base);
    }

    static final PyClass READER = type("StreamReader", "asyncio.streams", (a, k) -> {
        Object limit = Args.arg(a, k, 0, "limit", (long) StreamReader.DEFAULT_LIMIT);
        return new Reader(new StreamReader(limit(limit)));
    }, Types.OBJECT);
    static final PyClass WRITER = type("StreamWriter", "asyncio.streams", null, Types.OBJECT);
    static final PyClass SERVER = type("Server", "asyncio.base_events", null, Types.OBJECT);
    static final PyClass SOCKET = type("TransportSocket", "asyncio.trsock", null, Types.OBJECT);
    static final PyClass INCOMPLETE_READ_ERROR = type("IncompleteReadError", "asyncio.exceptions",
            (a, k) -> incompleteReadError(a[0], a[1]).value, Exceptions.EOF_ERROR);
    static final PyClass LIMIT_OVERRUN_ERROR = type("LimitOverrunError", "asyncio.exceptions",
            (a, k) -> limitOverrunError(a[0], a[1]).value, Exceptions.EXCEPTION);

    /** The module's names for streams. */
    static void bind(List<AsyncioModule.Binding> t, Interpreter interp) {
        t.add(new AsyncioModule.Binding("open_connection", Asyncio.class, "openConnection",
                new BuiltinFunction("open_connection", (a, k) -> openConnection(interp, a, k))));
        t.add(new AsyncioModule.Binding("start_server", Asyncio.class, "startServer",
                new BuiltinFunction("start_server", (a, k) -> startServer(interp, a, k))));
        t.add(new AsyncioModule.Binding("open_unix_connection", Asyncio.class, "openUnixConnection",
                new BuiltinFunction("open_unix_connection", (a, k) -> openUnixConnection(interp, a, k))));
        t.add(new AsyncioModule.Binding("start_unix_server", Asyncio.class, "startUnixServer",
                new BuiltinFunction("start_unix_server", (a, k) -> startUnixServer(interp, a, k))));
        t.add(new AsyncioModule.Binding("StreamReader", StreamReader.class, "new", READER));
        t.add(new AsyncioModule.Binding("StreamWriter", StreamWriter.class, "write", WRITER));
        t.add(new AsyncioModule.Binding("Server", Server.class, "close", SERVER));
        t.add(new AsyncioModule.Binding("IncompleteReadError", IncompleteReadError.class, "new",
                INCOMPLETE_READ_ERROR));
        t.add(new AsyncioModule.Binding("LimitOverrunError", LimitOverrunError.class, "new", LIMIT_OVERRUN_ERROR));
    }

    // ---------------------------------------------------------------- the two coroutine functions

    /** {@code open_connection(host=None, port=None, *, limit=2**16)}: a coroutine of (reader, writer). */
    private static Object openConnection(Interpreter interp, Object[] a, String[] k) {
        NettyLoops.used();
        return Mono.defer(() -> {
            String host = host(Args.arg(a, k, 0, "host", PyNone.NONE));
            int port = port(Args.arg(a, k, 1, "port", PyNone.NONE));
            StreamOptions options = options(interp, a, k);
            return pair(Asyncio.openConnection(host, port, options), interp);
        });
    }

    /** {@code open_unix_connection(path=None, *, limit=2**16)}: a coroutine of (reader, writer). */
    private static Object openUnixConnection(Interpreter interp, Object[] a, String[] k) {
        NettyLoops.used();
        return Mono.defer(() -> {
            String path = path(Args.arg(a, k, 0, "path", PyNone.NONE));
            return pair(Asyncio.openUnixConnection(path, options(interp, a, k)), interp);
        });
    }

    private static Mono<Object> pair(Mono<dev.tauraro.asyncio.StreamPair> connection, Interpreter interp) {
        return connection.map(p -> (Object) new PyTuple(new Object[] {new Reader(p.reader()), new Writer(p.writer(), interp)}))
                .onErrorMap(e -> failure(interp, e));
    }

    /** {@code start_unix_server(client_connected_cb, path=None, *, limit=2**16, backlog=100)}. */
    private static Object startUnixServer(Interpreter interp, Object[] a, String[] k) {
        NettyLoops.used();
        return Mono.defer(() -> {
            Object cb = Args.arg(a, k, 0, "client_connected_cb", PyNone.NONE);
            String path = path(Args.arg(a, k, 1, "path", PyNone.NONE));
            return serving(Asyncio.startUnixServer(callback(cb, interp), path, options(interp, a, k)));
        });
    }

    /** A script's client_connected_cb as the Java callback: a coroutine it returns runs as a task. */
    private static java.util.function.BiFunction<StreamReader, StreamWriter, Mono<?>> callback(Object cb,
            Interpreter interp) {
        return (r, w) -> {
            Object res = Ops.call(cb, new Reader(r), new Writer(w, interp));
            return res instanceof Mono<?> m ? m : null;
        };
    }

    /** A started server as the script's Server; a failed bind as CPython's OSError. */
    static Mono<Object> serving(Mono<Server> server) {
        return server.map(s -> (Object) new ServerValue(s)).onErrorMap(AsyncioStreams::toPy);
    }

    /** A Unix socket's path argument (str or os.PathLike). */
    static String path(Object p) {
        if (p == PyNone.NONE) {
            throw Exceptions.valueError("no path and sock were specified");
        }
        if (p instanceof String s) {
            return s;
        }
        Object fspath = Ops.getAttrOrNull(p, "__fspath__");
        if (fspath == null) {
            throw Exceptions.typeError("expected str, bytes or os.PathLike object, not " + Ops.typeName(p));
        }
        return Ops.str(Ops.call(fspath));
    }

    /**
     * {@code start_server(client_connected_cb, host=None, port=None, *, limit=2**16, backlog=100,
     * start_serving=True)}: a coroutine of the Server. The callback is called on the loop with the
     * connection's reader and writer; a coroutine it returns runs as a task, as in CPython.
     */
    private static Object startServer(Interpreter interp, Object[] a, String[] k) {
        NettyLoops.used();
        return Mono.defer(() -> {
            Object cb = Args.arg(a, k, 0, "client_connected_cb", PyNone.NONE);
            String host = host(Args.arg(a, k, 1, "host", PyNone.NONE));
            Object p = Args.arg(a, k, 2, "port", PyNone.NONE);
            int port = p == PyNone.NONE ? 0 : port(p);
            StreamOptions options = options(interp, a, k);
            return serving(Asyncio.startServer(callback(cb, interp), host, port, options));
        });
    }

    static StreamOptions options(Interpreter interp, Object[] a, String[] k) {
        StreamOptions.Builder b = StreamOptions.builder();
        Object limit = Args.kwarg(a, k, "limit", PyNone.NONE);
        if (limit != PyNone.NONE) {
            b.limit(limit(limit));
        }
        Object backlog = Args.kwarg(a, k, "backlog", PyNone.NONE);
        if (backlog != PyNone.NONE) {
            b.backlog((int) Ops.toLong(backlog));
        }
        Object ssl = Args.kwarg(a, k, "ssl", PyNone.NONE);
        Object serverHostname = Args.kwarg(a, k, "server_hostname", PyNone.NONE);
        if (ssl != PyNone.NONE && ssl != Boolean.FALSE) {
            tls(interp, b, ssl, serverHostname);
        } else if (serverHostname != PyNone.NONE) {
            throw Exceptions.valueError("server_hostname is only meaningful with ssl");
        }
        return b.build();
    }

    /** TLS with a script {@code ssl.SSLContext} (True: the default client context) and server_hostname. */
    static StreamOptions.Builder tls(Interpreter interp, StreamOptions.Builder b, Object ssl, Object serverHostname) {
        Object context = ssl == Boolean.TRUE
                ? Ops.call(Ops.getAttr(interp.importModule("ssl"), "create_default_context")) : ssl;
        // the script ssl module's SSLContext knows its JDK context (see lib/ssl.py)
        Object java = Ops.getAttrOrNull(context, "_java_context");
        if (java == null) {
            throw Exceptions.typeError("ssl must be an ssl.SSLContext, not " + Ops.typeName(context));
        }
        b.ssl((javax.net.ssl.SSLContext) Ops.call(java));
        b.checkHostname(Ops.truthy(Ops.getAttr(context, "check_hostname")));
        if (serverHostname != PyNone.NONE) {
            b.serverHostname(Ops.str(serverHostname));
        }
        return b;
    }

    /**
     * {@code writer.start_tls(sslcontext, *, server_hostname=None, ssl_handshake_timeout=None)}
     * and {@code loop.start_tls(transport, protocol, sslcontext, *, server_side=False, ...)}:
     * the options of the upgrade, context at {@code at}.
     */
    static StreamOptions startTlsOptions(Interpreter interp, Object[] a, String[] k, int at) {
        StreamOptions.Builder b = StreamOptions.builder();
        Object timeout = Args.kwarg(a, k, "ssl_handshake_timeout", PyNone.NONE);
        if (timeout != PyNone.NONE) {
            b.sslHandshakeTimeout(java.time.Duration.ofNanos((long) (Ops.toDouble(timeout) * 1e9)));
        }
        return tls(interp, b, Args.arg(a, k, at, "sslcontext", PyNone.NONE),
                Args.kwarg(a, k, "server_hostname", PyNone.NONE)).build();
    }

    /** A TLS failure as the script ssl module's exception (SSLCertVerificationError, ...), else as {@link #toPy}. */
    static Throwable failure(Interpreter interp, Throwable t) {
        PyException tls = SslModule.toScript(interp, t);
        return tls != null ? tls : toPy(t);
    }

    private static int limit(Object limit) {
        long n = Ops.toLong(limit);
        if (n <= 0) {
            throw Exceptions.valueError("Limit cannot be <= 0");
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    static String host(Object h) {
        return h == PyNone.NONE ? null : Ops.str(h);
    }

    static int port(Object p) {
        if (p == PyNone.NONE) {
            throw Exceptions.valueError("host and port was not specified and no sock specified");
        }
        if (p instanceof String s) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                throw Exceptions.newException(Exceptions.OS_ERROR, "Servname not supported for ai_socktype");
            }
        }
        long n = Ops.toLong(p);
        if (n < 0 || n > 65535) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "port must be 0-65535.");
        }
        return (int) n;
    }

    // ---------------------------------------------------------------- values

    static BuiltinFunction fn(String name, PyCallable impl) {
        return new BuiltinFunction(name, (a, k) -> {
            try {
                return impl.call(a, k);
            } catch (PyException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Interop.toPy(toPy(e));
            }
        });
    }

    private static Mono<Object> bytes(Mono<byte[]> m) {
        return m.map(b -> (Object) new PyBytes(b)).onErrorMap(AsyncioStreams::toPy);
    }

    static byte[] data(Object o) {
        byte[] b = dev.tauraro.script.runtime.Buffers.bytesOrNull(o);
        if (b != null) {
            return b;
        }
        throw Exceptions.typeError("data argument must be a bytes-like object, not '" + Ops.typeName(o) + "'");
    }

    /** An address as CPython gives it: {@code ('127.0.0.1', 8888)}. */
    static Object address(Object a) {
        if (a instanceof InetSocketAddress i) {
            return new PyTuple(new Object[] {i.getAddress() != null ? i.getAddress().getHostAddress()
                    : i.getHostString(), (long) i.getPort()});
        }
        return a == null ? PyNone.NONE : Interop.toPy(a);
    }

    /** {@code asyncio.StreamReader}. */
    static final class Reader implements NativeValue {
        final StreamReader reader;

        Reader(StreamReader reader) {
            this.reader = reader;
        }

        @Override
        public PyClass type() {
            return READER;
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "read" -> fn(name, (a, k) -> {
                    long n = Ops.toLong(Args.arg(a, k, 0, "n", -1L));
                    return bytes(n < 0 ? reader.read() : reader.read((int) Math.min(n, Integer.MAX_VALUE)));
                });
                case "readline" -> fn(name, (a, k) -> bytes(reader.readline()));
                case "readexactly" -> fn(name, (a, k) -> bytes(Mono.defer(() ->
                        reader.readexactly((int) Ops.toLong(a[0])))));
                case "readuntil" -> fn(name, (a, k) -> {
                    Object sep = Args.arg(a, k, 0, "separator", null);
                    return bytes(sep == null ? reader.readuntil() : reader.readuntil(data(sep)));
                });
                case "at_eof" -> fn(name, (a, k) -> reader.atEof());
                case "exception" -> fn(name, (a, k) -> {
                    Throwable e = reader.exception();
                    return e == null ? PyNone.NONE : Interop.toPy(toPy(e)).value;
                });
                case "set_exception" -> fn(name, (a, k) -> {
                    reader.setException(Interop.raiseable(a[0]));
                    return PyNone.NONE;
                });
                case "feed_data" -> fn(name, (a, k) -> {
                    reader.feedData(data(a[0]));
                    return PyNone.NONE;
                });
                case "feed_eof" -> fn(name, (a, k) -> {
                    reader.feedEof();
                    return PyNone.NONE;
                });
                case "__aiter__" -> fn(name, (a, k) -> this);
                // async for: lines until the empty read at end of stream
                case "__anext__" -> fn(name, (a, k) -> reader.readline().onErrorMap(AsyncioStreams::toPy)
                        .flatMap(b -> b.length == 0
                                ? Mono.error(Exceptions.newException(Exceptions.STOP_ASYNC_ITERATION))
                                : Mono.just((Object) new PyBytes(b))));
                default -> null;
            };
        }
    }

    /** {@code asyncio.StreamWriter}. */
    static final class Writer implements NativeValue {
        final StreamWriter writer;
        /** {@code writer.transport}, made on first use: the same object each time, as in CPython. */
        private AsyncioProtocols.TransportValue transport;

        private AsyncioProtocols.TransportValue transport() {
            if (transport == null) {
                transport = new AsyncioProtocols.TransportValue(writer.transport());
            }
            return transport;
        }

        private final Interpreter interp;

        Writer(StreamWriter writer, Interpreter interp) {
            this.writer = writer;
            this.interp = interp;
        }

        @Override
        public PyClass type() {
            return WRITER;
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                // as in CPython, these are the transport's
                case "write", "writelines", "write_eof", "can_write_eof", "is_closing", "get_extra_info" ->
                        transport().attr(name);
                case "drain" -> fn(name, (a, k) -> writer.drain().onErrorMap(AsyncioStreams::toPy)
                        .then(Mono.just((Object) PyNone.NONE)));
                case "close" -> fn(name, (a, k) -> {
                    writer.close();
                    return PyNone.NONE;
                });
                case "wait_closed" -> fn(name, (a, k) -> writer.waitClosed().onErrorMap(AsyncioStreams::toPy)
                        .then(Mono.just((Object) PyNone.NONE)));
                case "transport" -> transport();
                case "start_tls" -> fn(name, (a, k) -> Mono.defer(() -> writer.startTls(
                        startTlsOptions(interp, a, k, 0))).onErrorMap(e -> failure(interp, e))
                        .then(Mono.just((Object) PyNone.NONE)));
                case "get_loop" -> fn(name, (a, k) -> writer.getLoop());
                default -> null;
            };
        }
    }

    static Object extraInfo(dev.tauraro.asyncio.Transport w, Object[] a, String[] k) {
        String key = Ops.str(a[0]);
        Object def = Args.arg(a, k, 1, "default", PyNone.NONE);
        Object v = w.getExtraInfo(key);
        if (v == null) {
            return def;
        }
        return v instanceof InetSocketAddress ? address(v) : Interop.toPy(v);
    }

    /** {@code asyncio.Server}, as {@code start_server} returns it. */
    static final class ServerValue implements NativeValue {
        final Server server;

        ServerValue(Server server) {
            this.server = server;
        }

        @Override
        public PyClass type() {
            return SERVER;
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "close" -> fn(name, (a, k) -> {
                    server.close();
                    return PyNone.NONE;
                });
                case "wait_closed" -> fn(name, (a, k) -> server.waitClosed().then(Mono.just((Object) PyNone.NONE)));
                case "serve_forever" -> fn(name, (a, k) -> server.serveForever().then(Mono.just((Object) PyNone.NONE))
                        .onErrorMap(AsyncioStreams::toPy));
                case "start_serving" -> fn(name, (a, k) -> server.startServing().then(Mono.just((Object) PyNone.NONE)));
                case "is_serving" -> fn(name, (a, k) -> server.isServing());
                case "get_loop" -> fn(name, (a, k) -> server.getLoop());
                case "sockets" -> {
                    List<Object> socks = new ArrayList<>();
                    for (Object s : server.sockets()) {
                        socks.add(new SocketValue(s));
                    }
                    yield new PyTuple(socks.toArray());
                }
                case "__aenter__" -> fn(name, (a, k) -> Mono.just((Object) this));
                case "__aexit__" -> fn(name, (a, k) -> {
                    server.close();
                    return server.waitClosed().then(Mono.just((Object) PyNone.NONE));
                });
                default -> null;
            };
        }
    }

    /** An item of {@code server.sockets}: a listening socket's name. */
    static final class SocketValue implements NativeValue {
        final Object address;

        SocketValue(Object address) {
            this.address = address;
        }

        @Override
        public PyClass type() {
            return SOCKET;
        }

        @Override
        public Object attr(String name) {
            return switch (name) {
                case "getsockname" -> fn(name, (a, k) -> address(address));
                default -> null;
            };
        }
    }

    // ---------------------------------------------------------------- exceptions

    private static PyException incompleteReadError(Object partial, Object expected) {
        long n = Ops.len(partial);
        String r = expected == PyNone.NONE ? "undefined" : Ops.repr(expected);
        PyBaseException e = new PyBaseException(INCOMPLETE_READ_ERROR, n + " bytes read on a total of " + r
                + " expected bytes");
        Ops.setAttr(e, "partial", partial);
        Ops.setAttr(e, "expected", expected);
        return e.toThrowable();
    }

    private static PyException limitOverrunError(Object message, Object consumed) {
        PyBaseException e = new PyBaseException(LIMIT_OVERRUN_ERROR, message);
        Ops.setAttr(e, "consumed", consumed);
        return e.toThrowable();
    }

    /**
     * A Java stream failure as the exception CPython's streams raise: connection refused and reset
     * with their errno ({@code [Errno 111] Connect call failed ('127.0.0.1', 1)}), the two stream
     * errors with their attributes; anything else unchanged (Interop maps it later).
     */
    static Throwable toPy(Throwable t) {
        if (t instanceof IncompleteReadError e) {
            return incompleteReadError(new PyBytes(e.partial()),
                    e.expected() == null ? PyNone.NONE : (Object) (long) e.expected());
        }
        if (t instanceof LimitOverrunError e) {
            return limitOverrunError(e.getMessage(), (long) e.consumed());
        }
        if (t instanceof ConnectionResetError e) {
            return "Connection reset by peer".equals(e.getMessage())
                    ? osError(Exceptions.CONNECTION_RESET_ERROR, 104L, e.getMessage())
                    : Exceptions.newException(Exceptions.CONNECTION_RESET_ERROR, e.getMessage());
        }
        if (t instanceof ConnectException e) {
            return osError(Exceptions.CONNECTION_REFUSED_ERROR, 111L, e.getMessage());
        }
        if (t instanceof java.net.PortUnreachableException) {
            return osError(Exceptions.CONNECTION_REFUSED_ERROR, 111L, "Connection refused");
        }
        if (t instanceof java.nio.file.NoSuchFileException) {
            return osError(Exceptions.FILE_NOT_FOUND_ERROR, 2L, "No such file or directory");
        }
        if (t instanceof BindException e) {
            return osError(Exceptions.OS_ERROR, 98L, String.valueOf(e.getMessage()));
        }
        return t;
    }

    /** {@code cls(errno, strerror)}: through the class, so that errno and strerror are set as CPython sets them. */
    private static PyException osError(PyClass cls, long errno, String message) {
        return ((PyBaseException) Ops.call(cls, errno, message)).toThrowable();
    }
}
