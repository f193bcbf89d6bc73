package dev.tauraro.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The byte streams a javax.script engine's interpreter writes and reads, over the character
 * streams of whichever {@code ScriptContext} is current: the interpreter's streams are fixed when
 * it is made, a context's writer and reader can change with every {@code eval}.
 */
final class ContextStreams {
    private ContextStreams() {
    }

    /** UTF-8 bytes decoded onto the current writer at each flush (a split character waits for its rest). */
    static OutputStream output(Supplier<Writer> writer) {
        return new OutputStream() {
            private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
            private ByteBuffer pending = ByteBuffer.allocate(256);

            @Override
            public synchronized void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                if (pending.remaining() < len) {
                    ByteBuffer bigger = ByteBuffer.allocate(Math.max(pending.capacity() * 2, pending.position() + len));
                    pending.flip();
                    bigger.put(pending);
                    pending = bigger;
                }
                pending.put(b, off, len);
            }

            @Override
            public synchronized void flush() throws IOException {
                pending.flip();
                CharBuffer chars = CharBuffer.allocate(pending.remaining() + 1);
                decoder.decode(pending, chars, false);
                pending.compact();
                chars.flip();
                Writer w = writer.get();
                w.append(chars);
                w.flush();
            }
        };
    }

    /** The current reader's characters as UTF-8 bytes. */
    static InputStream input(Supplier<Reader> reader) {
        return new InputStream() {
            private byte[] bytes = new byte[0];
            private int next;

            @Override
            public synchronized int read() throws IOException {
                if (!fill()) {
                    return -1;
                }
                return bytes[next++] & 0xff;
            }

            @Override
            public synchronized int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, bytes.length - next);
                System.arraycopy(bytes, next, b, off, n);
                next += n;
                return n;
            }

            private boolean fill() throws IOException {
                while (next >= bytes.length) {
                    char[] chars = new char[1025];
                    int n = reader.get().read(chars, 0, 1024);
                    if (n < 0) {
                        return false;
                    }
                    if (n > 0 && Character.isHighSurrogate(chars[n - 1])) {
                        int low = reader.get().read();   // keep a surrogate pair together
                        if (low >= 0) {
                            chars[n++] = (char) low;
                        }
                    }
                    bytes = new String(chars, 0, n).getBytes(StandardCharsets.UTF_8);
                    next = 0;
                }
                return true;
            }
        };
    }
}
