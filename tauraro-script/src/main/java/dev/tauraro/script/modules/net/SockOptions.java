package dev.tauraro.script.modules.net;

import dev.tauraro.script.runtime.Buffers;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyDerived;
import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.NetworkChannel;

/**
 * setsockopt/getsockopt: the Linux (level, option) numbers Python scripts use, mapped to java.net's
 * standard socket options. An option a channel kind lacks in Java (TCP_NODELAY on a listener) is
 * kept and read back as set; an option with no Java counterpart is refused with ENOPROTOOPT, the
 * errno Linux gives for an unknown option.
 */
final class SockOptions {
    private SockOptions() {
    }

    static final long SOL_SOCKET = 1;
    static final long IPPROTO_TCP = 6;
    static final long SO_REUSEADDR = 2;
    static final long SO_TYPE = 3;
    static final long SO_ERROR = 4;
    static final long SO_BROADCAST = 6;
    static final long SO_SNDBUF = 7;
    static final long SO_RCVBUF = 8;
    static final long SO_KEEPALIVE = 9;
    static final long SO_REUSEPORT = 15;
    static final long SO_ACCEPTCONN = 30;
    static final long TCP_NODELAY = 1;

    static long key(long level, long opt) {
        return level << 32 | opt & 0xffffffffL;
    }

    /** The (level, option) keys java.net has a standard option for. */
    private static final java.util.Map<Long, SocketOption<?>> OPTIONS = java.util.Map.of(
            key(SOL_SOCKET, SO_REUSEADDR), StandardSocketOptions.SO_REUSEADDR,
            key(SOL_SOCKET, SO_REUSEPORT), StandardSocketOptions.SO_REUSEPORT,
            key(SOL_SOCKET, SO_KEEPALIVE), StandardSocketOptions.SO_KEEPALIVE,
            key(SOL_SOCKET, SO_BROADCAST), StandardSocketOptions.SO_BROADCAST,
            key(SOL_SOCKET, SO_SNDBUF), StandardSocketOptions.SO_SNDBUF,
            key(SOL_SOCKET, SO_RCVBUF), StandardSocketOptions.SO_RCVBUF,
            key(IPPROTO_TCP, TCP_NODELAY), StandardSocketOptions.TCP_NODELAY);

    private static SocketOption<?> option(long key) {
        SocketOption<?> opt = OPTIONS.get(key);
        if (opt == null) {
            throw NetErrors.make(Exceptions.OS_ERROR, 92L, "Protocol not available (socket option level "
                    + (key >> 32) + ", name " + (int) key + " is not supported by tauraro-script)");
        }
        return opt;
    }

    /** The option's value as an int: an int, or the 4-byte native-order buffer CPython also accepts. */
    static Object value(long key, Object value) {
        option(key);
        Object v = PyDerived.unwrap(value);
        byte[] b = v instanceof Long || v instanceof Boolean ? null : Buffers.bytesOrNull(v);
        if (b != null) {
            if (b.length != 4) {
                throw NetErrors.make(Exceptions.OS_ERROR, 22L, "Invalid argument");
            }
            return (long) ByteBuffer.wrap(b).order(ByteOrder.nativeOrder()).getInt();
        }
        return Ops.toLong(value);
    }

    @SuppressWarnings("unchecked")
    static void apply(NetworkChannel c, long key, Object v) throws IOException {
        SocketOption<?> opt = option(key);
        if (!c.supportedOptions().contains(opt)) {
            return;
        }
        long n = Ops.toLong(v);
        if (opt.type() == Boolean.class) {
            c.setOption((SocketOption<Boolean>) opt, n != 0);
        } else {
            c.setOption((SocketOption<Integer>) opt, (int) n);
        }
    }

    static Object read(NetworkChannel c, long key, Object stored) throws IOException {
        SocketOption<?> opt = option(key);
        if (!c.supportedOptions().contains(opt)) {
            return stored == null ? 0L : Ops.toLong(stored) != 0 && isFlag(opt) ? 1L : stored;
        }
        Object v = c.getOption(opt);
        if (v instanceof Boolean flag) {
            return flag ? 1L : 0L;
        }
        return ((Number) v).longValue();
    }

    private static boolean isFlag(SocketOption<?> opt) {
        return opt.type() == Boolean.class;
    }
}
