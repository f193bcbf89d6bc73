package dev.tauraro.script.modules;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.DatagramProtocol;
import dev.tauraro.asyncio.DatagramTransport;
import dev.tauraro.asyncio.Protocol;
import dev.tauraro.asyncio.StreamOptions;
import dev.tauraro.asyncio.Transport;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import dev.tauraro.script.runtime.Types;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * asyncio's protocols and transports for scripts: the classes {@code BaseProtocol},
 * {@code Protocol} and {@code DatagramProtocol} to subclass, the loop methods
 * {@code create_connection}, {@code create_server}, {@code create_unix_connection},
 * {@code create_unix_server} and {@code create_datagram_endpoint}, and the transport objects
 * protocols receive, over tauraro-asyncio's {@link Transport}/{@link Protocol} and
 * {@link DatagramTransport}/{@link DatagramProtocol}. The Java transport calls the script protocol's methods
 * on the loop thread; a method that raises is reported by the loop as CPython reports it.
 *
 * <p>Differences from CPython: {@code sock=}, {@code family=}, {@code local_addr=} (for TCP) and
 * {@code happy_eyeballs_delay=} are absent; a transport's repr does not show its file descriptor;
 * {@code BufferedProtocol} and {@code SubprocessProtocol} are absent.
 */
final class AsyncioProtocols {
    private AsyncioProtocols() {
    }

    private static PyClass type(String name, String module, PyClass base) {
        return PyClass.builtin(name, module, null, Map.of(), base);
    }

    static final PyClass BASE_TRANSPORT = type("BaseTransport", "asyncio.transports", Types.OBJECT);
    static final PyClass TRANSPORT = type("Transport", "asyncio.transports", BASE_TRANSPORT);
    static final PyClass SOCKET_TRANSPORT = type("_SelectorSocketTransport", "asyncio.selector_events", TRANSPORT);
    static final PyClass DATAGRAM_TRANSPORT = type("DatagramTransport", "asyncio.transports", BASE_TRANSPORT);
    static final PyClass SELECTOR_DATAGRAM_TRANSPORT = type("_SelectorDatagramTransport", "asyncio.selector_events",
            DATAGRAM_TRANSPORT);

    private static final String FILE = "<frozen asyncio.protocols>";

    /** The module's names for protocols and transports. */
    static void bind(List<AsyncioModule.Binding> t, Interpreter interp) {
        PyModule home = new PyModule("asyncio.protocols", interp);
        PyClass base = protocolClass(home, "BaseProtocol", Types.OBJECT,
                "connection_made", "transport", "connection_lost", "exc", "pause_writing", null,
                "resume_writing", null);
        PyClass protocol = protocolClass(home, "Protocol", base, "data_received", "data", "eof_received", null);
        t.add(new AsyncioModule.Binding("BaseProtocol", Protocol.class, "connectionMade", base));
        t.add(new AsyncioModule.Binding("Protocol", Protocol.class, "dataReceived", protocol));
        PyClass datagram = protocolClass(home, "DatagramProtocol", base, "datagram_received", "data,addr",
                "error_received", "exc");
        t.add(new AsyncioModule.Binding("DatagramProtocol", DatagramProtocol.class, "datagramReceived", datagram));
        t.add(new AsyncioModule.Binding("DatagramTransport", DatagramTransport.class, "sendto", DATAGRAM_TRANSPORT));
        t.add(new AsyncioModule.Binding("BaseTransport", Transport.class, "close", BASE_TRANSPORT));
        t.add(new AsyncioModule.Binding("Transport", Transport.class, "write", TRANSPORT));
    }

    /**
     * A class whose methods (name, then its parameters after self, comma-separated, or null) do nothing and
     * return None, as the methods of CPython's protocol classes do.
     */
    static PyClass protocolClass(PyModule home, String name, PyClass base, String... methods) {
        HashMap<String, Object> dict = new HashMap<>();
        dict.put("__module__", "asyncio.protocols");
        dict.put("__slots__", PyTuple.EMPTY);
        for (int i = 0; i < methods.length; i += 2) {
            String[] params = methods[i + 1] == null ? new String[] {"self"} : ("self," + methods[i + 1]).split(",");
            dict.put(methods[i], JavaBodied.function(home, name + "." + methods[i], FILE, params, params.length, 0,
                    null, null, s -> PyNone.NONE));
        }
        return PyClass.user(name, "asyncio.protocols", new PyClass[] {base}, dict);
    }

    // ---------------------------------------------------------------- the loop methods

    /** {@code loop.create_connection(protocol_factory, host=None, port=None, *, ssl=None, server_hostname=None)}. */
    static Object createConnection(Interpreter interp, Object[] a, String[] k) {
        NettyLoops.used();
        return Mono.defer(() -> {
            Object factory = Args.arg(a, k, 0, "protocol_factory", PyNone.NONE);
            String host = AsyncioStreams.host(Args.arg(a, k, 1, "host", PyNone.NONE));
            int port = AsyncioStreams.port(Args.arg(a, k, 2, "port", PyNone.NONE));
            StreamOptions options = AsyncioStreams.options(interp, a, k);
            ScriptProtocol[] made = new ScriptProtocol[1];
            return connected(Asyncio.createConnection(factory(factory, made), host, port, options), made, interp);
        });
    }

    /** {@code loop.create_unix_connection(protocol_factory, path=None, *, ssl=None, server_hostname=None)}. */
    static Object createUnixConnection(Interpreter interp, Object[] a, String[] k) {
        NettyLoops.used();
        return Mono.defer(() -> {
            Object factory = Args.arg(a, k, 0, "protocol_factory", PyNone.NONE);
            String path = AsyncioStreams.path(Args.arg(a, k, 1, "path", PyNone.NONE));
            StreamOptions options = AsyncioStreams.options(interp, a, k);
            ScriptProtocol[] made = new ScriptProtocol[1];
            return connected(Asyncio.createUnixConnection(factory(factory, made), path, options), made, interp);
        });
    }

    private static Mono<Object> connected(Mono<Transport> connection, ScriptProtocol[] made, Interpreter interp) {
        return connection.map(t -> (Object) new PyTuple(new Object[] {made[0].transport, made[0].obj}))
                .onErrorMap(e -> AsyncioStreams.failure(interp, e));
    }

    /** {@code loop.create_server(protocol_factory, host=None, port=None, *, backlog=100, ssl=None)}. */
    static Object createServer(Interpreter interp, Object[] a, String[] k) {
        NettyLoops.used();
        return Mono.defer(() -> {
            Object factory = Args.arg(a, k, 0, "protocol_factory", PyNone.NONE);
            String host = AsyncioStreams.host(Args.arg(a, k, 1, "host", PyNone.NONE));
            Object p = Args.arg(a, k, 2, "port", PyNone.NONE);
            int port = p == PyNone.NONE ? 0 : AsyncioStreams.port(p);
            StreamOptions options = AsyncioStreams.options(interp, a, k);
            return AsyncioStreams.serving(Asyncio.createServer(factory(factory, null), host, port, options));
        });
    }

    /** {@code loop.create_unix_server(protocol_factory, path=None, *, backlog=100, ssl=None)}. */
    static Object createUnixServer(Interpreter interp, Object[] a, String[] k) {
        NettyLoops.used();
        return Mono.defer(() -> {
            Object factory = Args.arg(a, k, 0, "protocol_factory", PyNone.NONE);
            String path = AsyncioStreams.path(Args.arg(a, k, 1, "path", PyNone.NONE));
            StreamOptions options = AsyncioStreams.options(interp, a, k);
            return AsyncioStreams.serving(Asyncio.createUnixServer(factory(factory, null), path, options));
        });
    }

    /**
     * {@code loop.create_datagram_endpoint(protocol_factory, local_addr=None, remote_addr=None)}:
     * a coroutine of (transport, protocol).
     */
    static Object createDatagramEndpoint(Interpreter interp, Object[] a, String[] k) {
        NettyLoops.used();
        return Mono.defer(() -> {
            Object factory = Args.arg(a, k, 0, "protocol_factory", PyNone.NONE);
            InetSocketAddress local = inetAddress(Args.arg(a, k, 1, "local_addr", PyNone.NONE));
            InetSocketAddress remote = inetAddress(Args.arg(a, k, 2, "remote_addr", PyNone.NONE));
            ScriptDatagramProtocol[] made = new ScriptDatagramProtocol[1];
            return Asyncio.createDatagramEndpoint(() -> made[0] = new ScriptDatagramProtocol(Ops.call(factory)),
                    local, remote)
                    .map(t -> (Object) new PyTuple(new Object[] {made[0].transport, made[0].obj}))
                    .onErrorMap(e -> AsyncioStreams.failure(interp, e));
        });
    }

    /** A {@code (host, port)} tuple as a Java address; None as null. */
    static InetSocketAddress inetAddress(Object addr) {
        if (addr == PyNone.NONE) {
            return null;
        }
        List<Object> parts = Ops.toList(addr);
        if (parts.size() != 2) {
            throw Exceptions.typeError("AF_INET address must be a pair (host, port)");
        }
        String host = AsyncioStreams.host(parts.get(0));
        return new InetSocketAddress(host == null ? "127.0.0.1" : host, AsyncioStreams.port(parts.get(1)));
    }

    /**
     * {@code loop.start_tls(transport, protocol, sslcontext, *, server_side=False,
     * server_hostname=None, ssl_handshake_timeout=None)}: a coroutine of the upgraded transport
     * (the same object: see {@link Transport#startTls}).
     */
    static Object startTls(Interpreter interp, Object[] a, String[] k) {
        return Mono.defer(() -> {
            if (!(a[0] instanceof TransportValue tv)) {
                throw Exceptions.typeError("transport " + Ops.repr(a[0]) + " is not supported by start_tls()");
            }
            boolean serverSide = Ops.truthy(Args.kwarg(a, k, "server_side", Boolean.FALSE));
            StreamOptions tls = AsyncioStreams.startTlsOptions(interp, a, k, 2);
            return tv.transport.startTls(tls, serverSide).map(t -> (Object) tv)
                    .onErrorMap(e -> AsyncioStreams.failure(interp, e));
        });
    }

    /** The Java factory: calls the script's factory on the loop; {@code made[0]} keeps the last protocol. */
    private static Supplier<Protocol> factory(Object factory, ScriptProtocol[] made) {
        return () -> {
            ScriptProtocol p = new ScriptProtocol(Ops.call(factory));
            if (made != null) {
                made[0] = p;
            }
            return p;
        };
    }

    // ---------------------------------------------------------------- values

    /** A script protocol object seen from Java: each callback calls the method of the same name. */
    static final class ScriptProtocol implements Protocol {
        final Object obj;
        TransportValue transport;

        ScriptProtocol(Object obj) {
            this.obj = obj;
        }

        private Object call(String name, Object... args) {
            return Ops.callKw(Ops.getAttr(obj, name), args, null);
        }

        @Override
        public void connectionMade(Transport t) {
            transport = new TransportValue(t);
            call("connection_made", transport);
        }

        @Override
        public void dataReceived(byte[] data) {
            call("data_received", new PyBytes(data));
        }

        @Override
        public boolean eofReceived() {
            return Ops.truthy(call("eof_received"));
        }

        @Override
        public void connectionLost(Throwable exc) {
            call("connection_lost", exc == null ? PyNone.NONE : Interop.toPy(AsyncioStreams.toPy(exc)).value);
        }

        @Override
        public void pauseWriting() {
            call("pause_writing");
        }

        @Override
        public void resumeWriting() {
            call("resume_writing");
        }

        @Override
        public String toString() {
            return Ops.repr(obj);
        }
    }

    /** A script datagram protocol seen from Java: each callback calls the method of the same name. */
    static final class ScriptDatagramProtocol implements DatagramProtocol {
        final Object obj;
        DatagramTransportValue transport;

        ScriptDatagramProtocol(Object obj) {
            this.obj = obj;
        }

        private void call(String name, Object... args) {
            Ops.callKw(Ops.getAttr(obj, name), args, null);
        }

        @Override
        public void connectionMade(DatagramTransport t) {
            transport = new DatagramTransportValue(t);
            call("connection_made", transport);
        }

        @Override
        public void datagramReceived(byte[] data, InetSocketAddress addr) {
            call("datagram_received", new PyBytes(data), AsyncioStreams.address(addr));
        }

        @Override
        public void errorReceived(Throwable exc) {
            call("error_received", Interop.toPy(AsyncioStreams.toPy(exc)).value);
        }

        @Override
        public void connectionLost(Throwable exc) {
            call("connection_lost", exc == null ? PyNone.NONE : Interop.toPy(AsyncioStreams.toPy(exc)).value);
        }

        @Override
        public String toString() {
            return Ops.repr(obj);
        }
    }

    /** A UDP endpoint as scripts see it ({@code _SelectorDatagramTransport}). */
    static final class DatagramTransportValue implements dev.tauraro.script.runtime.NativeValue {
        final DatagramTransport transport;

        DatagramTransportValue(DatagramTransport transport) {
            this.transport = transport;
        }

        @Override
        public PyClass type() {
            return SELECTOR_DATAGRAM_TRANSPORT;
        }

        @Override
        public Object attr(String name) {
            DatagramTransport t = transport;
            return switch (name) {
                case "sendto" -> AsyncioStreams.fn(name, (a, k) -> {
                    byte[] data = AsyncioStreams.data(Args.arg(a, k, 0, "data", PyNone.NONE));
                    t.sendto(data, inetAddress(Args.arg(a, k, 1, "addr", PyNone.NONE)));
                    return PyNone.NONE;
                });
                case "close" -> TransportValue.fn(name, t::close);
                case "abort" -> TransportValue.fn(name, t::abort);
                case "is_closing" -> AsyncioStreams.fn(name, (a, k) -> t.isClosing());
                case "get_write_buffer_size" -> AsyncioStreams.fn(name, (a, k) -> t.getWriteBufferSize());
                case "get_extra_info" -> AsyncioStreams.fn(name, (a, k) -> {
                    Object v = t.getExtraInfo(Ops.str(a[0]));
                    return v == null ? Args.arg(a, k, 1, "default", PyNone.NONE) : AsyncioStreams.address(v);
                });
                case "get_protocol" -> AsyncioStreams.fn(name, (a, k) ->
                        t.getProtocol() instanceof ScriptDatagramProtocol p ? p.obj : Interop.toPy(t.getProtocol()));
                case "set_protocol" -> AsyncioStreams.fn(name, (a, k) -> {
                    ScriptDatagramProtocol p = new ScriptDatagramProtocol(a[0]);
                    p.transport = this;
                    t.setProtocol(p);
                    return PyNone.NONE;
                });
                case "get_loop" -> AsyncioStreams.fn(name, (a, k) -> t.getLoop());
                default -> null;
            };
        }
    }

    /** A stream transport as scripts see it ({@code _SelectorSocketTransport}). */
    static final class TransportValue implements dev.tauraro.script.runtime.NativeValue {
        final Transport transport;

        TransportValue(Transport transport) {
            this.transport = transport;
        }

        @Override
        public PyClass type() {
            return SOCKET_TRANSPORT;
        }

        private static BuiltinFunction fn(String name, Runnable r) {
            return AsyncioStreams.fn(name, (a, k) -> {
                r.run();
                return PyNone.NONE;
            });
        }

        @Override
        public Object attr(String name) {
            Transport t = transport;
            return switch (name) {
                case "write" -> AsyncioStreams.fn(name, (a, k) -> {
                    byte[] data = AsyncioStreams.data(a[0]);
                    t.write(data);
                    return PyNone.NONE;
                });
                case "writelines" -> AsyncioStreams.fn(name, (a, k) -> {
                    List<byte[]> all = new ArrayList<>();
                    for (Object o : Ops.toList(a[0])) {
                        all.add(AsyncioStreams.data(o));
                    }
                    t.writelines(all);
                    return PyNone.NONE;
                });
                case "write_eof" -> fn(name, t::writeEof);
                case "can_write_eof" -> AsyncioStreams.fn(name, (a, k) -> t.canWriteEof());
                case "close" -> fn(name, t::close);
                case "abort" -> fn(name, t::abort);
                case "is_closing" -> AsyncioStreams.fn(name, (a, k) -> t.isClosing());
                case "pause_reading" -> fn(name, t::pauseReading);
                case "resume_reading" -> fn(name, t::resumeReading);
                case "is_reading" -> AsyncioStreams.fn(name, (a, k) -> t.isReading());
                case "get_extra_info" -> AsyncioStreams.fn(name, (a, k) -> AsyncioStreams.extraInfo(t, a, k));
                case "set_write_buffer_limits" -> AsyncioStreams.fn(name, (a, k) -> {
                    Object high = Args.arg(a, k, 0, "high", PyNone.NONE);
                    Object low = Args.arg(a, k, 1, "low", PyNone.NONE);
                    t.setWriteBufferLimits(high == PyNone.NONE ? null : (Integer) (int) Ops.toLong(high),
                            low == PyNone.NONE ? null : (Integer) (int) Ops.toLong(low));
                    return PyNone.NONE;
                });
                case "get_write_buffer_limits" -> AsyncioStreams.fn(name, (a, k) -> {
                    int[] l = t.getWriteBufferLimits();
                    return new PyTuple(new Object[] {(long) l[0], (long) l[1]});
                });
                case "get_write_buffer_size" -> AsyncioStreams.fn(name, (a, k) -> t.getWriteBufferSize());
                case "get_protocol" -> AsyncioStreams.fn(name, (a, k) ->
                        t.getProtocol() instanceof ScriptProtocol p ? p.obj : Interop.toPy(t.getProtocol()));
                case "set_protocol" -> AsyncioStreams.fn(name, (a, k) -> {
                    ScriptProtocol p = new ScriptProtocol(a[0]);
                    p.transport = this;
                    t.setProtocol(p);
                    return PyNone.NONE;
                });
                case "get_loop" -> AsyncioStreams.fn(name, (a, k) -> t.getLoop());
                default -> null;
            };
        }

        @Override
        public String toString() {
            return "<_SelectorSocketTransport " + (transport.isClosing() ? "closing" : "open") + ">";
        }
    }
}
