package dev.tauraro.script.modules.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * One open file descriptor of a script: a {@link FileChannel} on a file, or one of the standard
 * streams. Its number lives in the interpreter's {@link OsState}; {@code os.read}/{@code os.write},
 * {@code io.FileIO} and everything above them go through here.
 *
 * <p>Append mode is emulated (the channel is opened for writing and every write first moves to the
 * end), because Java refuses to open a channel for reading and appending at once and {@code 'a+'}
 * needs both. Errors are Java {@link IOException}s; callers turn them into OSError with the name
 * the script used.
 */
final class Fd {
    /** The largest single channel read (see {@link #read}). */
    private static final int CHUNK = 1 << 20;

    final FileChannel channel;
    private final InputStream in;
    private final PrintStream out;
    final Path path;
    final boolean readable;
    final boolean writable;
    final boolean append;
    private boolean closed;

    private Fd(FileChannel channel, InputStream in, PrintStream out, Path path, boolean readable, boolean writable,
               boolean append) {
        this.channel = channel;
        this.in = in;
        this.out = out;
        this.path = path;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    static Fd file(FileChannel channel, Path path, boolean readable, boolean writable, boolean append) {
        return new Fd(channel, null, null, path, readable, writable, append);
    }

    static Fd input(InputStream in) {
        return new Fd(null, in, null, null, true, false, false);
    }

    static Fd output(PrintStream out) {
        return new Fd(null, null, out, null, false, true, false);
    }

    boolean isClosed() {
        return closed;
    }

    boolean seekable() {
        return channel != null;
    }

    boolean isatty() {
        if (channel != null) {
            return false;
        }
        // the JVM knows only whether the process has a console (all of stdin/stdout attached to a terminal)
        return System.console() != null && (processInput(in) || out != null);
    }

    /** Whether {@code in} reads the process's descriptor 0: System.in, or the command's unbuffered stream on it. */
    private static boolean processInput(InputStream in) {
        try {
            return in == System.in || in instanceof java.io.FileInputStream f && f.getFD() == java.io.FileDescriptor.in;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads up to {@code len} bytes; -1 at end of file. One underlying read, as read(2). */
    int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (channel != null) {
            // FileChannel reads into a heap array through a temporary direct buffer as large as the
            // request, allocated and zeroed anew whenever it outgrows the thread's cached one (a 20 MB
            // read() cost 20 MB of zeroing plus a copy): chunks of at most CHUNK keep reusing one.
            // The chunks continue while each comes back full, so a regular file still gives all
            // that was asked, as one read(2) does.
            int done = 0;
            while (done < len) {
                int want = Math.min(len - done, CHUNK);
                int got = channel.read(ByteBuffer.wrap(b, off + done, want));
                if (got < 0) {
                    return done == 0 ? -1 : done;
                }
                done += got;
                if (got < want) {
                    break;
                }
            }
            return done;
        }
        if (out != null) {
            throw badDescriptor();
        }
        return in.read(b, off, len);
    }

    /**
     * {@link #read(byte[], int, int)} from a stream in the interpreter's main thread: a signal
     * interrupts the wait for input (KeyboardInterrupt on Ctrl-C), see {@link InterruptibleInput}.
     */
    int readInterruptibly(dev.tauraro.script.runtime.Interpreter interp, byte[] b, int off, int len)
            throws IOException {
        if (in == null || len == 0 || !interp.inMainThread()) {
            return read(b, off, len);
        }
        synchronized (this) {
            if (interruptible == null) {
                interruptible = new InterruptibleInput(in);
            }
        }
        return interruptible.read(interp, b, off, len);
    }

    private InterruptibleInput interruptible;

    /** Writes all of {@code b[off, off+len)}. */
    void write(byte[] b, int off, int len) throws IOException {
        if (channel != null) {
            if (append) {
                channel.position(channel.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            return;
        }
        if (out == null) {
            throw badDescriptor();
        }
        out.write(b, off, len);
        out.flush();
    }

    long seek(long pos, int whence) throws IOException {
        if (channel == null) {
            throw new java.nio.file.FileSystemException(null, null, OsErrors.strerror(OsErrors.ESPIPE));
        }
        long target = switch (whence) {
            case 0 -> pos;
            case 1 -> channel.position() + pos;
            default -> channel.size() + pos;
        };
        if (target < 0) {
            throw new java.nio.file.FileSystemException(null, null, OsErrors.strerror(OsErrors.EINVAL));
        }
        channel.position(target);
        return target;
    }

    long tell() throws IOException {
        return seek(0, 1);
    }

    long size() throws IOException {
        if (channel == null) {
            throw new java.nio.file.FileSystemException(null, null, OsErrors.strerror(OsErrors.ESPIPE));
        }
        return channel.size();
    }

    /** {@code ftruncate}: shrinks or (unlike {@link FileChannel#truncate}) extends with zeros. */
    void truncate(long size) throws IOException {
        if (channel == null || !writable) {
            throw new java.nio.file.FileSystemException(null, null, OsErrors.strerror(OsErrors.EINVAL));
        }
        long length = channel.size();
        if (size < length) {
            long pos = channel.position();
            channel.truncate(size);
            channel.position(pos); // FileChannel moves the position back to the new end; ftruncate does not
        } else if (size > length) {
            channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
        }
    }

    /** {@code fsync}: the file's content and metadata to the device; EINVAL for a standard stream (a pipe or terminal). */
    void sync() throws IOException {
        if (channel == null) {
            throw new java.nio.file.FileSystemException(null, null, OsErrors.strerror(OsErrors.EINVAL));
        }
        channel.force(true);
    }

    void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (channel != null) {
            channel.close();
        } else if (out != null) {
            out.flush();
        }
    }

    private static IOException badDescriptor() {
        return new java.nio.file.FileSystemException(null, null, OsErrors.strerror(OsErrors.EBADF));
    }
}
