package dev.tauraro.script.modules.net;

import dev.tauraro.script.modules.files.OsErrors;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.PyException;
import java.io.IOException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnsupportedAddressTypeException;

/**
 * Java socket failures as the OSError CPython raises for the same system call. The JDK words its
 * socket exceptions with the C library's strerror text ("Connection refused"), which is mapped back
 * to the Linux errno here, so that {@code OSError}'s errno mapping picks the subclass
 * ({@code ConnectionRefusedError: [Errno 111] Connection refused}).
 */
final class NetErrors {
    private NetErrors() {
    }

    static final int EBADF = 9;
    static final int EAGAIN = 11;
    static final int EINVAL = 22;
    static final int EPIPE = 32;
    static final int EAFNOSUPPORT = 97;
    static final int EADDRINUSE = 98;
    static final int ECONNRESET = 104;
    static final int EISCONN = 106;
    static final int ENOTCONN = 107;
    static final int ECONNREFUSED = 111;
    static final int EALREADY = 114;
    static final int EINPROGRESS = 115;

    /** The strerror texts the JDK passes on, longest first where one contains another. */
    private static final String[] TEXTS = {
        "Connection refused", "Connection reset by peer", "Connection reset", "Broken pipe",
        "Address already in use", "Cannot assign requested address", "Network is unreachable",
        "No route to host", "Connection timed out", "Permission denied", "No such file or directory",
        "Transport endpoint is not connected", "Invalid argument", "Address family not supported by protocol",
        "Protocol not available", "Message too long", "Bad file descriptor",
    };
    private static final int[] CODES = {111, 104, 104, 32, 98, 99, 101, 113, 110, 13, 2, 107, 22, 97, 92, 90, 9};

    /** {@code OSError(code, strerror(code))}, as the matching subclass. */
    static PyException error(int code) {
        return OsErrors.error(code, null);
    }

    /** The errno of a Java socket failure, or 0 when its text is not one the mapping knows. */
    static int errno(Throwable e) {
        if (e instanceof ClosedChannelException) {
            return EBADF;
        }
        if (e instanceof java.net.PortUnreachableException) {
            return ECONNREFUSED;
        }
        String msg = e.getMessage();
        if (msg != null) {
            for (int i = 0; i < TEXTS.length; i++) {
                if (msg.contains(TEXTS[i])) {
                    return CODES[i];
                }
            }
        }
        return 0;
    }

    /** A Java I/O failure as CPython's OSError. */
    static PyException of(IOException e) {
        int code = errno(e);
        if (code == 0) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return make(Exceptions.OS_ERROR, msg);
        }
        return error(code);
    }

    /**
     * The state errors of java.nio (unchecked exceptions) as the errno Linux gives for the same
     * misuse, or null when {@code e} is not one of them.
     */
    static PyException ofState(RuntimeException e) {
        if (e instanceof NotYetConnectedException) {
            return error(ENOTCONN);
        }
        if (e instanceof AlreadyConnectedException) {
            return error(EISCONN);
        }
        if (e instanceof AlreadyBoundException || e instanceof NotYetBoundException
                || e instanceof NoConnectionPendingException) {
            return error(EINVAL);
        }
        if (e instanceof ConnectionPendingException) {
            return error(EALREADY);
        }
        if (e instanceof UnsupportedAddressTypeException) {
            return error(EAFNOSUPPORT);
        }
        return null;
    }

    /** {@code TimeoutError('timed out')}: what CPython's socket raises when its timeout expires. */
    static PyException timedOut() {
        return make(Exceptions.TIMEOUT_ERROR, "timed out");
    }

    /** {@code cls(*args)} through the class's constructor, so that OSError's errno and strerror are set. */
    static PyException make(dev.tauraro.script.runtime.PyClass cls, Object... args) {
        Object e = dev.tauraro.script.runtime.Ops.callKw(cls, args, null);
        return ((dev.tauraro.script.runtime.PyBaseException) e).toThrowable();
    }
}
