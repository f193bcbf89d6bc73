package dev.tauraro.script.modules.net;

import dev.tauraro.script.runtime.Buffers;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One socket of {@code _socket} (lib/socket.py's {@code socket} object wraps it) over a java.nio
 * channel. Python decides late what a stream socket is (listen() makes it a server), Java when it
 * opens the channel: a stream socket starts as a {@link SocketChannel}, and {@code listen()}
 * replaces it with a {@link ServerSocketChannel} bound to the same address.
 *
 * <p>Channels are always non-blocking. A blocking call tries the operation and, while it would
 * block, waits on a selector of this socket's own with the GIL released; the wait honours the
 * socket's timeout (TimeoutError 'timed out') and is cut short by a signal (Ctrl-C raises
 * KeyboardInterrupt), which would close an interruptible channel blocked in a read but only wakes a
 * selector. With timeout 0 (setblocking(False)) a call that would block raises BlockingIOError.
 */
final class Sock implements NativeValue {
    static final PyClass TYPE = PyClass.builtin("_sock", "_socket", null, Map.of());

    static final long SOCK_STREAM = 1;
    static final long SOCK_DGRAM = 2;

    /** fileno() numbers: stable per socket and distinct, not the JVM's descriptors (which Java does not show). */
    private static final AtomicLong FILENOS = new AtomicLong(3);

    private final Interpreter interp;
    final long family;
    final long type;
    private volatile SelectableChannel ch;
    private volatile long fileno;
    /** Seconds; negative: blocking without limit (None); 0: non-blocking. */
    private volatile double timeout;
    /** socketpair()'s sockets have no name, as an unnamed pair of Linux has none. */
    private boolean unnamed;
    /** The options set (Option key to value), applied again when listen() replaces the channel. */
    private final Map<Long, Object> options = new java.util.concurrent.ConcurrentHashMap<>();
    /** The waiting selectors: one for reads and accepts, one for writes and connects. */
    private Selector readWaiter;
    private Selector writeWaiter;

    private Sock(Interpreter interp, long family, long type, SelectableChannel ch, double timeout) throws IOException {
        this.interp = interp;
        this.family = family;
        this.type = type;
        this.ch = ch;
        this.timeout = timeout;
        ch.configureBlocking(false);
        this.fileno = FILENOS.getAndIncrement();
    }

    static ProtocolFamily protocolFamily(long family) {
        if (family == Addresses.AF_INET) {
            return StandardProtocolFamily.INET;
        }
        if (family == Addresses.AF_INET6) {
            return StandardProtocolFamily.INET6;
        }
        if (family == Addresses.AF_UNIX) {
            return StandardProtocolFamily.UNIX;
        }
        throw NetErrors.error(NetErrors.EAFNOSUPPORT);
    }

    /** {@code socket(family, type)}. Java has no Unix-domain datagram channel: that pair is EAFNOSUPPORT. */
    static Sock open(Interpreter interp, long family, long type, double timeout) {
        ProtocolFamily pf = protocolFamily(family);
        try {
            if (type == SOCK_STREAM) {
                return new Sock(interp, family, type, SocketChannel.open(pf), timeout);
            }
            if (type == SOCK_DGRAM && family != Addresses.AF_UNIX) {
                return new Sock(interp, family, type, DatagramChannel.open(pf), timeout);
            }
        } catch (IOException e) {
            throw NetErrors.of(e);
        } catch (UnsupportedOperationException e) {
            throw NetErrors.error(NetErrors.EAFNOSUPPORT);
        }
        if (type == SOCK_DGRAM) {
            throw NetErrors.make(Exceptions.OS_ERROR, (long) NetErrors.EAFNOSUPPORT,
                    "AF_UNIX datagram sockets are not supported by tauraro-script (Java has no such channel)");
        }
        throw NetErrors.error(94); // ESOCKTNOSUPPORT: Socket type not supported
    }

    /** {@code socketpair()}: two connected AF_UNIX stream sockets, through a listener in a temporary directory. */
    static PyTuple pair(Interpreter interp, double timeout) {
        try {
            Path dir = Files.createTempDirectory("tauraro-socketpair");
            Path path = dir.resolve("s");
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(path));
                SocketChannel a = SocketChannel.open(UnixDomainSocketAddress.of(path));
                SocketChannel b = server.accept();
                Sock sa = new Sock(interp, Addresses.AF_UNIX, SOCK_STREAM, a, timeout);
                Sock sb = new Sock(interp, Addresses.AF_UNIX, SOCK_STREAM, b, timeout);
                sa.unnamed = true;
                sb.unnamed = true;
                return new PyTuple(new Object[] {sa, sb});
            } finally {
                Files.deleteIfExists(path);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw NetErrors.of(e);
        }
    }

    /** The channel, or EBADF once closed. */
    private SelectableChannel channel() {
        SelectableChannel c = ch;
        if (c == null || !c.isOpen()) {
            throw NetErrors.error(NetErrors.EBADF);
        }
        return c;
    }

    /** The channel of the stream socket that is not listening, or {@code err} as OSError. */
    private SocketChannel stream(int err) {
        if (channel() instanceof SocketChannel sc) {
            return sc;
        }
        throw NetErrors.error(err);
    }

    /** One try of a non-blocking operation: its result, or null when it would block. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException;
    }

    /** Runs {@code step} until it does not block, waiting for {@code op} between tries, within the timeout. */
    private <T> T io(int op, Step<T> step) {
        double t = timeout;
        long deadline = t > 0 ? System.nanoTime() + (long) (t * 1e9) : 0;
        for (;;) {
            T r = attempt(step);
            if (r != null) {
                return r;
            }
            await(op, t, deadline);
        }
    }

    private static <T> T attempt(Step<T> step) {
        try {
            return step.run();
        } catch (IOException e) {
            throw NetErrors.of(e);
        } catch (RuntimeException e) {
            PyException p = e instanceof PyException pe ? pe : NetErrors.ofState(e);
            throw p != null ? p : e;
        }
    }

    /** Waits until the channel may be ready for {@code op}, with the GIL released and signals delivered. */
    private void await(int op, double t, long deadline) {
        if (t == 0) {
            throw NetErrors.error(NetErrors.EAGAIN);
        }
        long waitMs = -1;
        if (t > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw NetErrors.timedOut();
            }
            waitMs = Math.max(1, (left + 999_999) / 1_000_000);
        }
        Selector sel = waiter(op);
        SelectableChannel c = channel();
        try {
            SelectionKey key = c.keyFor(sel);
            if (key == null) {
                c.register(sel, op);
            } else {
                key.interestOps(op);
            }
            Poll.await(interp, sel, waitMs);
            sel.selectedKeys().clear();
        } catch (IOException | java.io.UncheckedIOException | java.nio.channels.ClosedSelectorException
                | java.nio.channels.CancelledKeyException e) {
            // closed meanwhile: the next try reports EBADF
        }
    }

    private synchronized Selector waiter(int op) {
        boolean read = (op & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0;
        try {
            if (read) {
                if (readWaiter == null) {
                    readWaiter = Selector.open();
                }
                return readWaiter;
            }
            if (writeWaiter == null) {
                writeWaiter = Selector.open();
            }
            return writeWaiter;
        } catch (IOException e) {
            throw NetErrors.of(e);
        }
    }

    /** The channel, for select() and selectors (null once closed). */
    SelectableChannel selectable() {
        return ch;
    }

    void bind(Object addr) {
        SocketAddress sa = Addresses.parse(addr, family, "bind");
        attempt(() -> {
            ((NetworkChannel) channel()).bind(sa);
            return Boolean.TRUE;
        });
    }

    /**
     * {@code listen(backlog)}: the stream channel becomes a server channel on the same address (an
     * unbound one takes an ephemeral port, as Linux's listen does), with the options set so far.
     */
    void listen(long backlog) {
        SelectableChannel c = channel();
        if (c instanceof ServerSocketChannel) {
            return;
        }
        if (!(c instanceof SocketChannel sc)) {
            throw NetErrors.error(95); // EOPNOTSUPP: listen on a datagram socket
        }
        attempt(() -> {
            if (sc.isConnected() || sc.isConnectionPending()) {
                throw NetErrors.error(NetErrors.EINVAL);
            }
            SocketAddress local = sc.getLocalAddress();
            ServerSocketChannel server = ServerSocketChannel.open(protocolFamily(family));
            for (Map.Entry<Long, Object> o : options.entrySet()) {
                SockOptions.apply(server, o.getKey(), o.getValue());
            }
            sc.close();
            if (local instanceof UnixDomainSocketAddress u) {
                Files.deleteIfExists(u.getPath()); // the SocketChannel's bind made the file; the server makes it again
            }
            server.bind(local, (int) Math.max(0, Math.min(backlog, Integer.MAX_VALUE)));
            server.configureBlocking(false);
            ch = server;
            closeWaiters();
            return Boolean.TRUE;
        });
    }

    PyTuple accept() {
        if (!(channel() instanceof ServerSocketChannel server)) {
            throw NetErrors.error(NetErrors.EINVAL);
        }
        SocketChannel c = io(SelectionKey.OP_ACCEPT, server::accept);
        try {
            Sock s = new Sock(interp, family, type, c, -1);
            Object peer = Addresses.format(c.getRemoteAddress(), family);
            return new PyTuple(new Object[] {s, peer});
        } catch (IOException e) {
            throw NetErrors.of(e);
        }
    }

    void connect(Object addr) {
        SocketAddress sa = Addresses.parse(addr, family, "connect");
        SelectableChannel c = channel();
        if (c instanceof DatagramChannel dc) {
            attempt(() -> dc.connect(sa));
            return;
        }
        if (!(c instanceof SocketChannel sc)) {
            throw NetErrors.error(NetErrors.EISCONN);
        }
        if (sc.isConnectionPending()) {
            boolean done = attempt(sc::finishConnect);
            throw NetErrors.error(done ? NetErrors.EISCONN : NetErrors.EALREADY);
        }
        if (attempt(() -> sc.connect(sa))) {
            return;
        }
        if (timeout == 0) {
            throw NetErrors.error(NetErrors.EINPROGRESS);
        }
        io(SelectionKey.OP_CONNECT, () -> sc.finishConnect() ? Boolean.TRUE : null);
    }

    /** A stream channel whose non-blocking connect may still be pending: finished if it has completed. */
    private SocketChannel connected(SocketChannel sc) throws IOException {
        if (!sc.isConnected() && !sc.isConnectionPending()) {
            throw NetErrors.error(NetErrors.ENOTCONN);
        }
        if (sc.isConnectionPending() && !sc.finishConnect()) {
            throw NetErrors.error(NetErrors.EAGAIN);
        }
        return sc;
    }

    /** The stream channel to send on: Linux answers a send on a socket never connected with EPIPE. */
    private SocketChannel writable() {
        SocketChannel sc = stream(NetErrors.EPIPE);
        if (!sc.isConnected() && !sc.isConnectionPending()) {
            throw NetErrors.error(NetErrors.EPIPE);
        }
        return sc;
    }

    long send(Object data) {
        ByteBuffer buf = ByteBuffer.wrap(Buffers.bytes(data));
        if (!buf.hasRemaining()) {
            channel();
            return 0;
        }
        SelectableChannel c = channel();
        if (c instanceof DatagramChannel dc) {
            return io(SelectionKey.OP_WRITE, () -> {
                int n = dc.write(buf);
                return n > 0 || !buf.hasRemaining() ? (long) n : null;
            });
        }
        SocketChannel sc = writable();
        return io(SelectionKey.OP_WRITE, () -> {
            int n = connected(sc).write(buf);
            return n > 0 ? (long) n : null;
        });
    }

    /** {@code sendall}: every byte, the timeout counting for the whole call, as CPython's. */
    void sendAll(Object data) {
        ByteBuffer buf = ByteBuffer.wrap(Buffers.bytes(data));
        SelectableChannel c = channel();
        if (c instanceof DatagramChannel) {
            send(data);
            return;
        }
        SocketChannel sc = writable();
        io(SelectionKey.OP_WRITE, () -> {
            connected(sc).write(buf);
            return buf.hasRemaining() ? null : Boolean.TRUE;
        });
    }

    long sendTo(Object data, Object addr) {
        SelectableChannel c = channel();
        if (!(c instanceof DatagramChannel dc)) {
            throw NetErrors.error(NetErrors.EISCONN);
        }
        ByteBuffer buf = ByteBuffer.wrap(Buffers.bytes(data));
        SocketAddress sa = Addresses.parse(addr, family, "sendto");
        return io(SelectionKey.OP_WRITE, () -> {
            int n = dc.send(buf, sa);
            return n > 0 || !buf.hasRemaining() ? (long) n : null;
        });
    }

    byte[] recv(long n) {
        if (n < 0) {
            throw Exceptions.valueError("negative buffersize in recv");
        }
        SelectableChannel c = channel();
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, 1 << 24));
        if (c instanceof DatagramChannel dc) {
            io(SelectionKey.OP_READ, () -> dc.receive(buf));
            return java.util.Arrays.copyOf(buf.array(), buf.position());
        }
        SocketChannel sc = stream(NetErrors.ENOTCONN);
        if (n == 0) {
            return new byte[0];
        }
        int got = io(SelectionKey.OP_READ, () -> {
            int r = connected(sc).read(buf);
            return r == 0 ? null : r;
        });
        return got < 0 ? new byte[0] : java.util.Arrays.copyOf(buf.array(), got);
    }

    PyTuple recvFrom(long n) {
        if (n < 0) {
            throw Exceptions.valueError("negative buffersize in recvfrom");
        }
        SelectableChannel c = channel();
        if (!(c instanceof DatagramChannel dc)) {
            byte[] b = recv(n);
            return new PyTuple(new Object[] {new PyBytes(b), PyNone.NONE});
        }
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, 1 << 24));
        SocketAddress from = io(SelectionKey.OP_READ, () -> dc.receive(buf));
        return new PyTuple(new Object[] {new PyBytes(java.util.Arrays.copyOf(buf.array(), buf.position())),
            Addresses.format(from, family)});
    }

    void shutdown(long how) {
        if (how < 0 || how > 2) {
            throw NetErrors.error(NetErrors.EINVAL);
        }
        SocketChannel sc = stream(NetErrors.ENOTCONN);
        attempt(() -> {
            if (how != 1) {
                sc.shutdownInput();
            }
            if (how != 0) {
                sc.shutdownOutput();
            }
            return Boolean.TRUE;
        });
    }

    void close() {
        SelectableChannel c = ch;
        fileno = -1;
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // CPython's close() ignores ECONNRESET; nothing else is expected from a close
            }
        }
        closeWaiters();
    }

    private synchronized void closeWaiters() {
        for (Selector s : new Selector[] {readWaiter, writeWaiter}) {
            if (s != null) {
                try {
                    s.close();
                } catch (IOException e) {
                    // a selector's close fails only if its own descriptors do
                }
            }
        }
        readWaiter = null;
        writeWaiter = null;
    }

    Object sockName() {
        if (unnamed) {
            channel();
            return "";
        }
        return Addresses.format(attempt(() -> ((NetworkChannel) channel()).getLocalAddress()), family);
    }

    Object peerName() {
        SelectableChannel c = channel();
        SocketAddress peer = c instanceof SocketChannel sc ? attempt(sc::getRemoteAddress)
                : c instanceof DatagramChannel dc ? attempt(dc::getRemoteAddress) : null;
        if (peer == null) {
            throw NetErrors.error(NetErrors.ENOTCONN);
        }
        return unnamed ? "" : Addresses.format(peer, family);
    }

    void setOption(long level, long opt, Object value) {
        long key = SockOptions.key(level, opt);
        Object v = SockOptions.value(key, value);
        SelectableChannel c = channel();
        attempt(() -> {
            SockOptions.apply((NetworkChannel) c, key, v);
            return Boolean.TRUE;
        });
        options.put(key, v);
    }

    Object getOption(long level, long opt) {
        long key = SockOptions.key(level, opt);
        SelectableChannel c = channel();
        if (key == SockOptions.key(SockOptions.SOL_SOCKET, SockOptions.SO_TYPE)) {
            return type;
        }
        if (key == SockOptions.key(SockOptions.SOL_SOCKET, SockOptions.SO_ACCEPTCONN)) {
            return c instanceof ServerSocketChannel ? 1L : 0L;
        }
        if (key == SockOptions.key(SockOptions.SOL_SOCKET, SockOptions.SO_ERROR)) {
            return pendingError(c);
        }
        return attempt(() -> SockOptions.read((NetworkChannel) c, key, options.get(key)));
    }

    /** SO_ERROR: the outcome of a non-blocking connect that has completed (0 while pending or done). */
    private long pendingError(SelectableChannel c) {
        if (c instanceof SocketChannel sc && sc.isConnectionPending()) {
            try {
                sc.finishConnect();
            } catch (IOException e) {
                return NetErrors.errno(e);
            }
        }
        return 0;
    }

    void setTimeout(double t) {
        timeout = t;
    }

    long fileno() {
        return fileno;
    }

    @Override
    public PyClass type() {
        return TYPE;
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "family" -> family;
            case "type" -> type;
            case "fileno" -> fn(name, a -> fileno);
            case "bind" -> fn(name, a -> {
                bind(a[0]);
                return PyNone.NONE;
            });
            case "listen" -> fn(name, a -> {
                listen(Ops.toLong(a[0]));
                return PyNone.NONE;
            });
            case "accept" -> fn(name, a -> accept());
            case "connect" -> fn(name, a -> {
                connect(a[0]);
                return PyNone.NONE;
            });
            case "send" -> fn(name, a -> send(a[0]));
            case "sendall" -> fn(name, a -> {
                sendAll(a[0]);
                return PyNone.NONE;
            });
            case "sendto" -> fn(name, a -> sendTo(a[0], a[1]));
            case "recv" -> fn(name, a -> new PyBytes(recv(Ops.toLong(a[0]))));
            case "recvfrom" -> fn(name, a -> recvFrom(Ops.toLong(a[0])));
            case "shutdown" -> fn(name, a -> {
                shutdown(Ops.toLong(a[0]));
                return PyNone.NONE;
            });
            case "close" -> fn(name, a -> {
                close();
                return PyNone.NONE;
            });
            case "getsockname" -> fn(name, a -> sockName());
            case "getpeername" -> fn(name, a -> peerName());
            case "setsockopt" -> fn(name, a -> {
                setOption(Ops.toLong(a[0]), Ops.toLong(a[1]), a[2]);
                return PyNone.NONE;
            });
            case "getsockopt" -> fn(name, a -> getOption(Ops.toLong(a[0]), Ops.toLong(a[1])));
            case "settimeout" -> fn(name, a -> {
                setTimeout(Ops.toDouble(a[0]));
                return PyNone.NONE;
            });
            default -> null;
        };
    }

    private static BuiltinFunction fn(String name, java.util.function.Function<Object[], Object> body) {
        return new BuiltinFunction(name, (a, k) -> body.apply(a));
    }
}
