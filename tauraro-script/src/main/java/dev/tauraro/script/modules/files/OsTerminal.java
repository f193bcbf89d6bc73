package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyTuple;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code _os.get_terminal_size(fd)}: the (columns, lines) of the terminal on descriptor 0, 1 or 2,
 * which {@code os.py} wraps in {@code os.terminal_size}.
 *
 * <p>The JVM has no ioctl: a descriptor is a terminal when Linux's {@code /proc/self/fd/N} names
 * a terminal device, and that device's size is what {@code stty size} reads from it. Anything
 * else is CPython's {@code OSError: [Errno 25] Inappropriate ioctl for device}; descriptors the
 * script opened are files, never terminals.
 */
final class OsTerminal {
    private OsTerminal() {
    }

    static void install(PyModule m, OsState os) {
        m.set("get_terminal_size", new BuiltinFunction("get_terminal_size", (a, k) -> {
            if (a.length > 1) {
                throw Exceptions.typeError("get_terminal_size expected at most 1 argument, got " + a.length);
            }
            long fd = a.length == 0 ? 1 : Ops.index(a[0]);
            Fd open = os.get(fd); // EBADF for a descriptor that is not open
            Path device = fd <= 2 && !open.seekable() ? terminalDevice(fd) : null;
            int[] size = device == null ? null : sttySize(device);
            if (size == null) {
                throw OsErrors.error(OsErrors.ENOTTY, null);
            }
            return new PyTuple(new Object[] {(long) size[1], (long) size[0]});
        }));
    }

    /** The terminal device behind the process's descriptor, or null when it is not a terminal. */
    static Path terminalDevice(long fd) {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
            String name = target.toString();
            return name.startsWith("/dev/pts/") || name.startsWith("/dev/tty") || name.equals("/dev/console")
                    ? target : null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null; // no /proc (not Linux): no terminal can be told
        }
    }

    /** {@code {rows, columns}} as {@code stty size} reports them for the device, or null. */
    private static int[] sttySize(Path device) {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(device.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return null;
            }
            String[] parts = out.split("\\s+");
            return parts.length == 2 ? new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])} : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
