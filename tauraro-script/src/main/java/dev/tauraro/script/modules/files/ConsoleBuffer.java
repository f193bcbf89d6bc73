package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyNone;
import java.io.PrintStream;

/**
 * {@code sys.stdout.buffer} and {@code sys.stderr.buffer}: a {@code BufferedWriter} that puts bytes
 * into the same stream as the text of {@code sys.stdout}/{@code sys.stderr}, so the two stay in the
 * order the script wrote them. Closing it is refused silently, as the interpreter owns the stream.
 */
final class ConsoleBuffer extends IoBase {
    private final String name;
    private final PrintStream stream;
    private final long fd;

    ConsoleBuffer(IoTypes types, String name, PrintStream stream, long fd) {
        super(types);
        this.name = name;
        this.stream = stream;
        this.fd = fd;
    }

    @Override
    public PyClass type() {
        return types.bufferedWriter;
    }

    @Override
    boolean isClosed() {
        return false;
    }

    @Override
    void doClose() {
        stream.flush();
    }

    @Override
    Object readline(long limit) {
        throw types.unsupported("read");
    }

    @Override
    boolean readable() {
        return false;
    }

    @Override
    boolean writable() {
        return true;
    }

    @Override
    boolean seekable() {
        return false;
    }

    private long write(byte[] b) {
        stream.write(b, 0, b.length);
        return b.length;
    }

    @Override
    void writeItem(Object item) {
        write(Params.bytes(item));
    }

    @Override
    Object own(String n) {
        return switch (n) {
            case "write" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 1, 1);
                return write(Params.bytes(a[0]));
            });
            case "flush" -> method(n, (a, k) -> {
                stream.flush();
                return PyNone.NONE;
            });
            case "read", "read1", "readinto" -> method(n, (a, k) -> {
                throw types.unsupported("read");
            });
            case "fileno" -> method(n, (a, k) -> fd);
            case "name" -> "<" + name + ">";
            case "mode" -> "wb";
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<_io.BufferedWriter name='<" + name + ">'>";
    }
}
