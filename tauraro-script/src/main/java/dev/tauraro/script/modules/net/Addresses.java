package dev.tauraro.script.modules.net;

import dev.tauraro.script.runtime.Buffers;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyTuple;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Socket addresses between their Python form (AF_INET {@code (host, port)}, AF_INET6
 * {@code (host, port, flowinfo, scope_id)}, AF_UNIX a path) and java.net's, with CPython's
 * messages for malformed ones, and host-name resolution ({@code gaierror} when a name does not
 * resolve).
 */
final class Addresses {
    private Addresses() {
    }

    static final long AF_UNIX = 1;
    static final long AF_INET = 2;
    static final long AF_INET6 = 10;

    static final PyClass GAIERROR = PyClass.builtin("gaierror", "socket", null, Map.of(), Exceptions.OS_ERROR);
    static final PyClass HERROR = PyClass.builtin("herror", "socket", null, Map.of(), Exceptions.OS_ERROR);

    /** {@code gaierror(-2, 'Name or service not known')}, glibc's EAI_NONAME, as CPython reports an unknown host. */
    static PyException unknownHost() {
        return NetErrors.make(GAIERROR, -2L, "Name or service not known");
    }

    /** The address {@code host} names for {@code family}: numeric, '' (any), '<broadcast>', or a host name. */
    static InetAddress host(Object host, long family, String call) {
        Object h = PyDerived.unwrap(host);
        String s;
        if (h instanceof String str) {
            s = str;
        } else if (Buffers.bytesOrNull(h) != null && !(h instanceof dev.tauraro.script.runtime.PyMemoryView)) {
            s = new String(Buffers.bytesOrNull(h), StandardCharsets.UTF_8);
        } else {
            throw Exceptions.typeError("str, bytes or bytearray expected, not " + Ops.typeName(host));
        }
        try {
            if (s.isEmpty()) {
                return family == AF_INET6 ? InetAddress.getByName("::") : InetAddress.getByName("0.0.0.0");
            }
            if (s.equals("<broadcast>") && family == AF_INET) {
                return InetAddress.getByName("255.255.255.255");
            }
            for (InetAddress a : InetAddress.getAllByName(s)) {
                if (family == AF_INET6 ? a instanceof Inet6Address : a instanceof Inet4Address) {
                    return a;
                }
            }
            if (family == AF_INET6) {
                // glibc maps an IPv4 literal into an AF_INET6 socket's address space
                InetAddress a = InetAddress.getByName(s);
                byte[] v4 = a.getAddress();
                byte[] v6 = new byte[16];
                v6[10] = (byte) 0xff;
                v6[11] = (byte) 0xff;
                System.arraycopy(v4, 0, v6, 12, 4);
                return InetAddress.getByAddress(v6);
            }
            throw NetErrors.make(GAIERROR, -9L, "Address family for hostname not supported");
        } catch (UnknownHostException e) {
            throw unknownHost();
        }
    }

    /** The java.net address of the Python {@code addr} for a socket of {@code family}; {@code call} names the method in messages. */
    static SocketAddress parse(Object addr, long family, String call) {
        Object a = PyDerived.unwrap(addr);
        if (family == AF_UNIX) {
            String path;
            if (a instanceof String s) {
                path = s;
            } else if (Buffers.bytesOrNull(a) != null) {
                path = new String(Buffers.bytesOrNull(a), StandardCharsets.UTF_8);
            } else {
                throw Exceptions.typeError("a bytes-like object is required, not '" + Ops.typeName(addr) + "'");
            }
            return UnixDomainSocketAddress.of(path);
        }
        String fam = family == AF_INET ? "AF_INET" : "AF_INET6";
        if (!(a instanceof PyTuple t)) {
            throw Exceptions.typeError(call + "(): " + fam + " address must be tuple, not " + Ops.typeName(addr));
        }
        int size = t.size();
        if (family == AF_INET ? size != 2 : size < 2 || size > 4) {
            throw Exceptions.typeError(family == AF_INET
                    ? "AF_INET address must be a pair (host, port)"
                    : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        }
        Object port = t.get(1);
        if (!(PyDerived.unwrap(port) instanceof Long) && !(PyDerived.unwrap(port) instanceof java.math.BigInteger)
                || PyDerived.unwrap(port) instanceof Boolean) {
            throw Exceptions.typeError("'" + Ops.typeName(port) + "' object cannot be interpreted as an integer");
        }
        long p = Ops.toLong(port);
        if (p < 0 || p > 65535) {
            throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, call + "(): port must be 0-65535.");
        }
        return new InetSocketAddress(host(t.get(0), family, call), (int) p);
    }

    /** The Python form of a java.net address of a socket of {@code family} (null: not bound). */
    static Object format(SocketAddress sa, long family) {
        if (family == AF_UNIX) {
            if (sa instanceof UnixDomainSocketAddress u) {
                return u.getPath().toString();
            }
            return "";
        }
        if (!(sa instanceof InetSocketAddress in)) {
            return family == AF_INET ? new PyTuple(new Object[] {"0.0.0.0", 0L})
                    : new PyTuple(new Object[] {"::", 0L, 0L, 0L});
        }
        InetAddress ia = in.getAddress();
        long port = in.getPort();
        if (family == AF_INET) {
            return new PyTuple(new Object[] {ia.getHostAddress(), port});
        }
        long scope = ia instanceof Inet6Address v6 ? v6.getScopeId() : 0;
        return new PyTuple(new Object[] {text(ia), port, 0L, scope});
    }

    /** The numeric text of an address as inet_ntop writes it: IPv6 with the longest zero run as '::' (RFC 5952). */
    static String text(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length == 4) {
            return a.getHostAddress();
        }
        return ipv6(b);
    }

    static String ipv6(byte[] b) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = (b[2 * i] & 0xff) << 8 | b[2 * i + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen && j - i > 1) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        // ::ffff:a.b.c.d and ::a.b.c.d (not :: nor ::1) keep the dotted IPv4 tail, as glibc writes them
        boolean v4Tail = bestStart == 0 && (bestLen == 5 && g[5] == 0xffff || bestLen == 6 && g[6] != 0);
        StringBuilder sb = new StringBuilder();
        int end = v4Tail ? 6 : 8;
        for (int i = 0; i < end; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        if (v4Tail) {
            if (sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(b[12] & 0xff).append('.').append(b[13] & 0xff).append('.').append(b[14] & 0xff).append('.')
                    .append(b[15] & 0xff);
        }
        return sb.toString();
    }
}
