package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyNone;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.HashMap;
import java.util.Map;

/**
 * Java I/O failures as the {@code OSError} CPython raises for the same system call: the Linux errno,
 * {@code os.strerror}'s text and the file name(s) the script passed, so that
 * {@code open('x.txt')} fails with {@code FileNotFoundError: [Errno 2] No such file or directory: 'x.txt'}
 * and {@code OSError}'s errno mapping picks the subclass.
 *
 * <p>Java's Unix file system provider puts the C library's {@code strerror} text in
 * {@link FileSystemException#getReason()} for the errors it has no exception class for; that text
 * is mapped back to its errno here.
 */
public final class OsErrors {
    private OsErrors() {
    }

    /** {@code os.strerror(n)} for Linux errno 1..133, as glibc words them. */
    private static final String[] STRERROR = {
        "Operation not permitted",
        "No such file or directory",
        "No such process",
        "Interrupted system call",
        "Input/output error",
        "No such device or address",
        "Argument list too long",
        "Exec format error",
        "Bad file descriptor",
        "No child processes",
        "Resource temporarily unavailable",
        "Cannot allocate memory",
        "Permission denied",
        "Bad address",
        "Block device required",
        "Device or resource busy",
        "File exists",
        "Invalid cross-device link",
        "No such device",
        "Not a directory",
        "Is a directory",
        "Invalid argument",
        "Too many open files in system",
        "Too many open files",
        "Inappropriate ioctl for device",
        "Text file busy",
        "File too large",
        "No space left on device",
        "Illegal seek",
        "Read-only file system",
        "Too many links",
        "Broken pipe",
        "Numerical argument out of domain",
        "Numerical result out of range",
        "Resource deadlock avoided",
        "File name too long",
        "No locks available",
        "Function not implemented",
        "Directory not empty",
        "Too many levels of symbolic links",
        "Unknown error 41",
        "No message of desired type",
        "Identifier removed",
        "Channel number out of range",
        "Level 2 not synchronized",
        "Level 3 halted",
        "Level 3 reset",
        "Link number out of range",
        "Protocol driver not attached",
        "No CSI structure available",
        "Level 2 halted",
        "Invalid exchange",
        "Invalid request descriptor",
        "Exchange full",
        "No anode",
        "Invalid request code",
        "Invalid slot",
        "Unknown error 58",
        "Bad font file format",
        "Device not a stream",
        "No data available",
        "Timer expired",
        "Out of streams resources",
        "Machine is not on the network",
        "Package not installed",
        "Object is remote",
        "Link has been severed",
        "Advertise error",
        "Srmount error",
        "Communication error on send",
        "Protocol error",
        "Multihop attempted",
        "RFS specific error",
        "Bad message",
        "Value too large for defined data type",
        "Name not unique on network",
        "File descriptor in bad state",
        "Remote address changed",
        "Can not access a needed shared library",
        "Accessing a corrupted shared library",
        ".lib section in a.out corrupted",
        "Attempting to link in too many shared libraries",
        "Cannot exec a shared library directly",
        "Invalid or incomplete multibyte or wide character",
        "Interrupted system call should be restarted",
        "Streams pipe error",
        "Too many users",
        "Socket operation on non-socket",
        "Destination address required",
        "Message too long",
        "Protocol wrong type for socket",
        "Protocol not available",
        "Protocol not supported",
        "Socket type not supported",
        "Operation not supported",
        "Protocol family not supported",
        "Address family not supported by protocol",
        "Address already in use",
        "Cannot assign requested address",
        "Network is down",
        "Network is unreachable",
        "Network dropped connection on reset",
        "Software caused connection abort",
        "Connection reset by peer",
        "No buffer space available",
        "Transport endpoint is already connected",
        "Transport endpoint is not connected",
        "Cannot send after transport endpoint shutdown",
        "Too many references: cannot splice",
        "Connection timed out",
        "Connection refused",
        "Host is down",
        "No route to host",
        "Operation already in progress",
        "Operation now in progress",
        "Stale file handle",
        "Structure needs cleaning",
        "Not a XENIX named type file",
        "No XENIX semaphores available",
        "Is a named type file",
        "Remote I/O error",
        "Disk quota exceeded",
        "No medium found",
        "Wrong medium type",
        "Operation canceled",
        "Required key not available",
        "Key has expired",
        "Key has been revoked",
        "Key was rejected by service",
        "Owner died",
        "State not recoverable",
        "Operation not possible due to RF-kill",
        "Memory page has hardware error"
    };

    private static final Map<String, Integer> BY_TEXT = new HashMap<>();

    static {
        for (int i = STRERROR.length; i >= 1; i--) {
            BY_TEXT.put(STRERROR[i - 1], i); // the lowest errno wins where texts repeat
        }
    }

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EBADF = 9;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ENOTTY = 25;
    public static final int ESPIPE = 29;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;
    public static final int EOVERFLOW = 75;

    /** {@code os.strerror(code)}. */
    public static String strerror(long code) {
        return code >= 1 && code <= STRERROR.length ? STRERROR[(int) code - 1] : "Unknown error " + code;
    }

    /** {@code OSError(code, strerror(code), filename)}: the errno's subclass, as CPython builds it. */
    public static PyException error(int code, Object filename) {
        return filename == null ? make((long) code, strerror(code))
                : make((long) code, strerror(code), shown(filename)); // long: OSError maps an int errno to its subclass
    }

    /** The two-name form CPython uses for {@code rename}, {@code replace}, {@code link}: {@code 'a' -> 'b'}. */
    public static PyException error(int code, Object filename, Object filename2) {
        return make((long) code, strerror(code), shown(filename), PyNone.NONE, shown(filename2));
    }

    /** CPython reports a path-like argument ({@code PosixPath('a')}) by its {@code os.fspath} text. */
    private static Object shown(Object filename) {
        if (filename instanceof dev.tauraro.script.runtime.PyInstance) {
            try {
                return OsState.fspath(filename);
            } catch (PyException e) {
                return filename;
            }
        }
        return filename;
    }

    private static PyException make(Object... args) {
        Object e = Ops.callKw(Exceptions.OS_ERROR, args, null);
        return ((PyBaseException) e).toThrowable();
    }

    /** A Java I/O failure on {@code filename} as CPython's OSError. */
    public static PyException of(IOException e, Object filename) {
        return of(e, filename, null);
    }

    /** A Java I/O failure of a two-path call ({@code rename(a, b)}) as CPython's OSError. */
    public static PyException of(IOException e, Object filename, Object filename2) {
        int code = errno(e);
        if (code == 0) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Exceptions.newException(Exceptions.OS_ERROR, msg);
        }
        return filename2 == null ? error(code, filename) : error(code, filename, filename2);
    }

    /** The errno behind a Java I/O failure, or 0 if it cannot be told. */
    static int errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof NotLinkException) {
            return EINVAL;
        }
        if (e instanceof java.nio.file.AtomicMoveNotSupportedException) {
            return EXDEV;
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return ELOOP;
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String reason = f.getReason();
            if (reason.startsWith("Too many levels of symbolic links")) {
                return ELOOP;
            }
            Integer code = BY_TEXT.get(reason);
            if (code != null) {
                return code;
            }
        }
        String msg = e.getMessage();
        if (msg != null) {
            for (Map.Entry<String, Integer> t : BY_TEXT.entrySet()) {
                if (msg.endsWith(t.getKey())) {
                    return t.getValue();
                }
            }
        }
        return 0;
    }
}
