package dev.tauraro.script.modules.net;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyTuple;
import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The readiness wait under select.select and selectors: one java.nio {@link Selector} for the call,
 * the sockets registered for read (accept on a listener) and/or write (connect while a
 * non-blocking connect is pending: Java reports a pending connection's completion only as
 * OP_CONNECT). The wait releases the GIL and a signal cuts it short, as time.sleep's.
 */
final class Poll {
    private Poll() {
    }

    static final int READ = 1;
    static final int WRITE = 2;

    static PyList poll(Interpreter interp, Object items, double timeout) {
        PyList out = new PyList();
        try (Selector sel = Selector.open()) {
            int index = 0;
            for (var it = Ops.iter(items); ; index++) {
                Object item = it.next();
                if (item == null) {
                    break;
                }
                PyTuple pair = (PyTuple) PyDerived.unwrap(item);
                if (!(PyDerived.unwrap(pair.get(0)) instanceof Sock s)) {
                    throw Exceptions.typeError("not a socket: " + Ops.typeName(pair.get(0)));
                }
                SelectableChannel ch = s.selectable();
                if (ch == null || !ch.isOpen()) {
                    throw Exceptions.valueError("file descriptor cannot be a negative integer (-1)");
                }
                int mask = (int) Ops.toLong(pair.get(1));
                int ops = 0;
                if ((mask & READ) != 0) {
                    ops |= ch instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
                }
                if ((mask & WRITE) != 0 && !(ch instanceof ServerSocketChannel)) {
                    ops |= SelectionKey.OP_WRITE;
                    if (ch instanceof SocketChannel sc && sc.isConnectionPending()) {
                        ops |= SelectionKey.OP_CONNECT;
                    }
                }
                ch.register(sel, ops, (long) index);
            }
            await(interp, sel, timeout < 0 ? -1 : (long) Math.ceil(timeout * 1000));
            for (SelectionKey key : sel.selectedKeys()) {
                int ready = key.readyOps();
                long mask = ((ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0 ? READ : 0)
                        | ((ready & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0 ? WRITE : 0);
                if (mask != 0) {
                    out.add(new PyTuple(new Object[] {key.attachment(), mask}));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw NetErrors.of(e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e);
        }
        return out;
    }

    /**
     * Waits on {@code sel} for at most {@code ms} milliseconds (negative: without limit, 0: a poll)
     * with the GIL released. A signal runs its handler (KeyboardInterrupt propagates) and the wait
     * starts again; any other interrupt ends it with EINTR.
     */
    static void await(Interpreter interp, Selector sel, long ms) {
        Boolean done = interp.blockingWait(() -> {
            try {
                if (ms < 0) {
                    sel.select();
                } else if (ms == 0) {
                    sel.selectNow();
                } else {
                    sel.select(ms);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return Boolean.TRUE;
        }, null);
        if (done == null) {
            throw NetErrors.error(4); // EINTR: interrupted, not by a signal
        }
    }
}
