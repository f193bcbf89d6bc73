package dev.tauraro.script.modules.net;

import dev.tauraro.script.runtime.Buffers;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyTuple;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code _socket}: the Java half of lib/socket.py (and of lib/select.py and lib/selectors.py):
 * sockets over java.nio channels ({@link Sock}), socketpair, name resolution, the binary/text
 * address conversions and a readiness poll over several sockets ({@link Poll}).
 */
public final class SocketModule {
    private SocketModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = new PyModule("_socket", interp);
        m.set("gaierror", Addresses.GAIERROR);
        m.set("herror", Addresses.HERROR);
        // socket(family, type, timeout): timeout in seconds, negative for None
        m.set("socket", new BuiltinFunction("socket", (a, k) ->
                Sock.open(interp, Ops.toLong(a[0]), Ops.toLong(a[1]), Ops.toDouble(a[2]))));
        m.set("socketpair", new BuiltinFunction("socketpair", (a, k) -> Sock.pair(interp, Ops.toDouble(a[0]))));
        // resolve(host): [(family, numeric address)], the IPv4 ones first; gaierror if the name is unknown
        m.set("resolve", new BuiltinFunction("resolve", (a, k) -> resolve(Ops.str(a[0]))));
        m.set("gethostname", new BuiltinFunction("gethostname", (a, k) -> hostName()));
        m.set("inet_pton", new BuiltinFunction("inet_pton", (a, k) -> inetPton(Ops.toLong(a[0]), a[1])));
        m.set("inet_ntop", new BuiltinFunction("inet_ntop", (a, k) -> inetNtop(Ops.toLong(a[0]), a[1])));
        // poll([(sock, mask)], timeout): [(index, mask)] of the ready ones; mask 1 read, 2 write; timeout < 0: none
        m.set("poll", new BuiltinFunction("poll", (a, k) -> Poll.poll(interp, a[0], Ops.toDouble(a[1]))));
        return m;
    }

    private static PyList resolve(String host) {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw Addresses.unknownHost();
        }
        PyList out = new PyList();
        for (boolean v4 : new boolean[] {true, false}) {
            for (InetAddress ia : all) {
                if (ia instanceof Inet4Address == v4) {
                    out.add(new PyTuple(new Object[] {v4 ? Addresses.AF_INET : Addresses.AF_INET6, Addresses.text(ia)}));
                }
            }
        }
        return out;
    }

    /** The kernel's host name (what uname and CPython's gethostname give), not a DNS lookup. */
    private static String hostName() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException e) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e2) {
                return "localhost";
            }
        }
    }

    private static PyBytes inetPton(long family, Object text) {
        if (!(PyDerived.unwrap(text) instanceof String s)) {
            throw Exceptions.typeError("inet_pton() argument 2 must be str, not " + Ops.typeName(text));
        }
        byte[] b = family == Addresses.AF_INET ? NumericAddress.v4(s)
                : family == Addresses.AF_INET6 ? NumericAddress.v6(s) : null;
        if (family != Addresses.AF_INET && family != Addresses.AF_INET6) {
            throw NetErrors.error(NetErrors.EAFNOSUPPORT);
        }
        if (b == null) {
            throw NetErrors.make(Exceptions.OS_ERROR, "illegal IP address string passed to inet_pton");
        }
        return new PyBytes(b);
    }

    private static String inetNtop(long family, Object packed) {
        byte[] b = Buffers.bytes(packed);
        if (family == Addresses.AF_INET) {
            if (b.length != 4) {
                throw Exceptions.valueError("invalid length of packed IP address string");
            }
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        if (family == Addresses.AF_INET6) {
            if (b.length != 16) {
                throw Exceptions.valueError("invalid length of packed IP address string");
            }
            return Addresses.ipv6(b);
        }
        throw Exceptions.valueError("unknown address family " + family);
    }

    /** Whether {@code ia} is an IPv6 address (for callers outside the package). */
    static boolean isV6(InetAddress ia) {
        return ia instanceof Inet6Address;
    }
}
