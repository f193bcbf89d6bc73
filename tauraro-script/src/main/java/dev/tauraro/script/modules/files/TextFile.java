package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.Codecs;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyNone;

/**
 * {@code io.TextIOWrapper}: str over the bytes of a {@link ByteStream}, decoded in chunks, with
 * CPython's newline handling (universal newlines on read when {@code newline=None}, {@code '\n'}
 * written as the platform's {@code '\n'} or as the given newline). {@code open()} makes one over
 * a {@link FileIO}; {@code TextIOWrapper(buffer, ...)} makes one over any binary stream object
 * (through {@link BufferObject}).
 *
 * <p>Writes to a file go straight to it (no write buffer), so a script that never closes its file
 * loses nothing at exit. Over another stream, written text waits in the wrapper as in CPython
 * until {@code flush()}, a read, a seek, 8192 bytes, a line end with {@code line_buffering}, or
 * at once with {@code write_through}; scripts that look into a {@code BytesIO} see what CPython
 * shows. {@link #tell()} is the byte offset of the next character, which is what CPython's opaque
 * cookie is for a stateless codec such as UTF-8.
 */
final class TextFile extends IoBase {
    private static final int CHUNK = 65536;
    /** How many encoded bytes CPython's wrapper keeps before it writes them to its buffer. */
    private static final int WRITE_CHUNK = 8192;

    /** The binary stream; null once {@code detach()}ed. */
    private ByteStream raw;
    /** The {@code buffer} the script gave, or null for open()'s files (their {@code buffer} is made on request). */
    private final Object bufferObject;
    /** open()'s mode (its {@code mode} attribute); null for a wrapper the script made, which has none. */
    private final String mode;
    private final String encoding;
    /**
     * The codecs of the next bytes to decode and to encode: at first the encoding's own, then,
     * once a chunk has gone through it, the codec that continues it without a byte order mark
     * (utf-16 becomes utf-16-le or -be as its mark said, utf-8-sig utf-8), as CPython's stateful
     * decoders and encoders do: a mark only at the start of the file, not in every chunk.
     */
    private String decodeAs;
    private String encodeAs;
    /** The codec that decoded {@link #buf}, which {@link #tell()} encodes its prefix with. */
    private String bufCodec;
    private final String errors;
    /** null: universal newlines; "": recognise all, translate none; otherwise the one line ending. */
    private final String newline;
    private final boolean lineBuffering;
    private final boolean writeThrough;
    /** Encoded text not yet written to a script-given buffer (see the class comment). */
    private final java.io.ByteArrayOutputStream pendingWrite = new java.io.ByteArrayOutputStream();
    /** Decoded text of the current chunk, and how much of it has been handed out. */
    private String buf;
    private int idx;
    /** The byte offset where {@link #buf} starts, and the bytes after it that are not yet a whole character. */
    private long bufStart;
    private byte[] pending = new byte[0];
    private BufferedFile buffer;
    /** Whether {@link #buf} holds a {@code '\r'}: without one, a line ends at the next {@code '\n'} in every mode. */
    private boolean bufHasCr;
    /**
     * The line endings met in the decoded text so far, for {@code newlines} (bits: 1 {@code \r},
     * 2 {@code \n}, 4 {@code \r\n}), and whether the last decoded chunk ended in a {@code '\r'}
     * that the next chunk may turn into a {@code \r\n}.
     */
    private int seenEndings;
    private boolean crAtEnd;
    /** The name shown instead of the descriptor's: {@code '<stdin>'}. */
    private Object name;

    private TextFile(IoTypes types, ByteStream raw, Object bufferObject, String mode, String encoding, String errors,
            String newline, boolean lineBuffering, boolean writeThrough) {
        super(types);
        this.raw = raw;
        this.bufferObject = bufferObject;
        this.mode = mode;
        this.encoding = encoding;
        this.decodeAs = Codecs.lookup(encoding);
        this.bufCodec = decodeAs;
        this.errors = errors;
        this.newline = newline;
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
    }

    /** {@code TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)}. */
    static TextFile construct(IoTypes types, Object[] a, String[] k) {
        Object[] p = Params.bind("TextIOWrapper", a, k,
                new String[] {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1);
        String encoding = Params.strOrNone(p[1], "TextIOWrapper() argument 'encoding'");
        String errors = Params.strOrNone(p[2], "TextIOWrapper() argument 'errors'");
        String nl = checkedNewline(p[3]);
        String enc = checkedEncoding(encoding);
        boolean lineBuffering = p[4] != null && Ops.truthy(p[4]);
        boolean writeThrough = p[5] != null && Ops.truthy(p[5]);
        Object target = p[0];
        ByteStream stream = target instanceof FileIO f ? f : new BufferObject(target);
        Ops.callMethod(target, "readable", new Object[0], null); // CPython asks at once: AttributeError for a non-stream
        Ops.callMethod(target, "writable", new Object[0], null);
        Ops.callMethod(target, "seekable", new Object[0], null);
        return new TextFile(types, stream, target, null, enc, errors == null ? "strict" : errors, nl, lineBuffering,
                writeThrough);
    }

    /** The text layer of {@code open()} over {@code raw}, with its checks of encoding and newline (the file is already open). */
    static TextFile wrap(IoTypes types, FileIO raw, String mode, String encoding, String errors, Object newline) {
        String nl = checkedNewline(newline);
        String enc = checkedEncoding(encoding);
        return new TextFile(types, raw, null, mode, enc, errors == null ? "strict" : errors, nl, false, true);
    }

    private static String checkedNewline(Object newline) {
        String nl = Params.strOrNone(newline, "TextIOWrapper() argument 'newline'");
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw Exceptions.valueError("illegal newline value: " + nl);
        }
        return nl;
    }

    private static String checkedEncoding(String encoding) {
        String enc = encoding == null ? "UTF-8" : encoding; // CPython's locale encoding under a UTF-8 locale
        Codecs.codec(enc, "open");
        return enc;
    }

    /** The stream, or CPython's ValueError once it has been detached. */
    private ByteStream raw() {
        if (raw == null) {
            throw Exceptions.valueError("underlying buffer has been detached");
        }
        return raw;
    }

    @Override
    boolean isClosed() {
        return raw().isClosed();
    }

    @Override
    void doClose() {
        if (!isClosed()) {
            closing(this::flush, raw::doClose);
        }
    }

    @Override
    boolean readable() {
        return raw().readable();
    }

    @Override
    boolean writable() {
        return raw().writable();
    }

    @Override
    boolean seekable() {
        return raw().seekable();
    }

    /** Writes the text waiting in the wrapper, then flushes the stream below. */
    private void flush() {
        checkClosed();
        writePending();
        raw.flush();
    }

    private void writePending() {
        if (pendingWrite.size() > 0) {
            byte[] b = pendingWrite.toByteArray();
            pendingWrite.reset();
            raw().write(b);
        }
    }

    @Override
    public PyClass type() {
        return types.textIoWrapper;
    }

    /** Decodes the next chunk into {@link #buf}; false at end of file. */
    private boolean fill() {
        while (true) {
            byte[] chunk = raw.read1(raw instanceof FileIO ? CHUNK : WRITE_CHUNK); // CPython asks a buffer for 8192
            if (chunk.length == 0) {
                if (pending.length > 0) { // a truncated character at the end: the codec reports it
                    byte[] rest = pending;
                    pending = new byte[0];
                    bufStart = position() - rest.length;
                    buf = decodeNext(rest);
                    idx = 0;
                    bufHasCr = buf.indexOf('\r') >= 0;
                    noteEndings(buf, true);
                    return !buf.isEmpty();
                }
                noteEndings("", true);
                return false;
            }
            byte[] all = new byte[pending.length + chunk.length];
            System.arraycopy(pending, 0, all, 0, pending.length);
            System.arraycopy(chunk, 0, all, pending.length, chunk.length);
            int cut = Codecs.complete(all, decodeAs);
            bufStart = position() - all.length;
            buf = decodeNext(java.util.Arrays.copyOf(all, cut));
            pending = java.util.Arrays.copyOfRange(all, cut, all.length);
            idx = 0;
            bufHasCr = buf.indexOf('\r') >= 0;
            noteEndings(buf, false);
            if (!buf.isEmpty()) {
                return true;
            }
        }
    }

    /** The descriptor's position; 0 on a pipe or terminal, where {@link #tell()} refuses anyway. */
    private long position() {
        return raw.seekable() ? raw.tell() : 0;
    }

    /** Decodes the next bytes of the file, after which the stream's byte order mark (if any) is behind. */
    private String decodeNext(byte[] b) {
        bufCodec = decodeAs;
        String text = Codecs.decode(b, decodeAs, errors);
        if (b.length > 0) {
            decodeAs = Codecs.stateless(decodeAs, b);
        }
        return text;
    }

    /** The next character as read (-1 at end of file), without newline translation. */
    private int nextRaw() {
        if ((buf == null || idx >= buf.length()) && !fill()) {
            return -1;
        }
        return buf.charAt(idx++);
    }

    /** The next character without consuming it, or -1. */
    private int peek() {
        if ((buf == null || idx >= buf.length()) && !fill()) {
            return -1;
        }
        return buf.charAt(idx);
    }

    /** The next character with universal newlines applied when {@code newline=None}. */
    private int nextChar() {
        int c = nextRaw();
        if (c == '\r' && newline == null) {
            if (peek() == '\n') {
                idx++;
            }
            return '\n';
        }
        return c;
    }

    private void startRead() {
        checkClosed();
        if (!readable()) {
            throw types.unsupported("not readable");
        }
        writePending();
    }

    @Override
    Object readline(long limit) {
        startRead();
        StringBuilder line = new StringBuilder();
        if (limit < 0 && (newline == null || newline.isEmpty() || newline.equals("\n"))) {
            // whole lines of a chunk without '\r' are cut out at once; the character loop below does the rest
            while (((buf != null && idx < buf.length()) || fill()) && !bufHasCr) {
                int nl = buf.indexOf('\n', idx);
                int end = nl < 0 ? buf.length() : nl + 1;
                if (nl >= 0 && line.length() == 0) { // the usual case: the line lies inside the chunk
                    String whole = buf.substring(idx, end);
                    idx = end;
                    return whole;
                }
                line.append(buf, idx, end);
                idx = end;
                if (nl >= 0) {
                    return line.toString();
                }
            }
        }
        while (limit < 0 || line.length() < limit) {
            int c = nextChar();
            if (c < 0) {
                break;
            }
            line.append((char) c);
            if (c == '\n' && (newline == null || newline.isEmpty() || newline.equals("\n"))) {
                break;
            }
            if (c == '\r' && newline != null) {
                if (newline.equals("\r")) {
                    break;
                }
                if (newline.isEmpty() || newline.equals("\r\n")) {
                    if ((limit < 0 || line.length() < limit) && peek() == '\n') { // the limit may cut a \r\n
                        idx++;
                        line.append('\n');
                        break;
                    }
                    if (newline.isEmpty()) {
                        break;
                    }
                }
            }
        }
        return line.toString();
    }

    String read(long size) {
        startRead();
        if (size < 0) {
            return readAll();
        }
        StringBuilder out = new StringBuilder();
        long got = 0; // code points: a character beyond U+FFFF is two chars here, one for Python
        while (got < size && ((buf != null && idx < buf.length()) || fill())) {
            if (newline != null || !bufHasCr) { // no translation to do: copy what the chunk has
                int end = idx;
                if (size - got >= buf.length() - idx) { // the whole rest of the chunk
                    end = buf.length();
                    got += buf.codePointCount(idx, end);
                }
                while (end < buf.length() && got < size) { // chunks end on whole characters, so pairs stay whole
                    end += Character.isHighSurrogate(buf.charAt(end)) && end + 1 < buf.length() ? 2 : 1;
                    got++;
                }
                out.append(buf, idx, end);
                idx = end;
            } else {
                int c = nextChar();
                out.append((char) c);
                if (Character.isHighSurrogate((char) c) && idx < buf.length()) {
                    out.append(buf.charAt(idx++));
                }
                got++;
            }
        }
        return out.toString();
    }

    /**
     * {@code read()}: the rest of the file decoded in one piece, then newlines translated. The file
     * position is then the raw file's (the end), so nothing decoded is kept.
     */
    private String readAll() {
        String head = buf == null || idx >= buf.length() ? "" : buf.substring(idx);
        byte[] rest = raw.readAll();
        if (pending.length > 0) {
            byte[] all = new byte[pending.length + rest.length];
            System.arraycopy(pending, 0, all, 0, pending.length);
            System.arraycopy(rest, 0, all, pending.length, rest.length);
            rest = all;
        }
        buf = null;
        pending = new byte[0];
        String text = decodeNext(rest);
        // one search for '\r' over a whole file's text (noteEndings' own), not two
        boolean cr = noteEndings(text, true) || head.indexOf('\r') >= 0;
        text = head.isEmpty() ? text : head.concat(text);
        if (newline == null && cr) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return text;
    }

    /**
     * Records the line endings of newly decoded text, as CPython's newline decoder does for
     * {@code newlines}. Returns whether the text may hold a '\r': false only when it was searched
     * and has none.
     */
    private boolean noteEndings(String text, boolean atEnd) {
        if (newline != null && !newline.isEmpty()) {
            return true; // a fixed newline: CPython has no newline decoder, newlines stays None
        }
        int i = 0;
        if (crAtEnd) {
            crAtEnd = false;
            if (!text.isEmpty() && text.charAt(0) == '\n') {
                seenEndings |= 4;
                i = 1;
            } else if (!text.isEmpty() || atEnd) {
                seenEndings |= 1;
            } else {
                crAtEnd = true;
            }
        }
        if (text.indexOf('\r', i) < 0) {
            // No '\r' (most text): two vectorized searches instead of a loop over every char, which
            // was a visible part of reading a large file.
            if ((seenEndings & 2) == 0 && text.indexOf('\n', i) >= 0) {
                seenEndings |= 2;
            }
            return false;
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                seenEndings |= 2;
            } else if (c == '\r') {
                if (i + 1 < text.length()) {
                    if (text.charAt(i + 1) == '\n') {
                        seenEndings |= 4;
                        i++;
                    } else {
                        seenEndings |= 1;
                    }
                } else if (atEnd) {
                    seenEndings |= 1;
                } else {
                    crAtEnd = true;
                }
            }
        }
        return true;
    }

    /** {@code newlines}: None, one ending, or a tuple of them in CPython's order ('\r', '\n', '\r\n'). */
    private Object newlines() {
        String[] names = {"\r", "\n", "\r\n"};
        java.util.List<Object> found = new java.util.ArrayList<>();
        for (int b = 0; b < 3; b++) {
            if ((seenEndings & (1 << b)) != 0) {
                found.add(names[b]);
            }
        }
        return found.isEmpty() ? PyNone.NONE : found.size() == 1 ? found.get(0)
                : new dev.tauraro.script.runtime.PyTuple(found.toArray());
    }

    long write(String s) {
        checkClosed();
        if (!writable()) {
            throw types.unsupported("not writable");
        }
        dropReadAhead();
        String text = newline == null || newline.isEmpty() || newline.equals("\n") ? s : s.replace("\n", newline);
        if (encodeAs == null) { // a byte order mark only at the start of the stream
            String codec = Codecs.lookup(encoding);
            encodeAs = raw.seekable() && raw.tell() > 0 ? Codecs.stateless(codec, new byte[0]) : codec;
        }
        byte[] b = Codecs.encode(text, encodeAs, errors).bytes();
        if (!text.isEmpty()) {
            encodeAs = Codecs.stateless(encodeAs, new byte[0]);
        }
        if (raw instanceof FileIO) {
            raw.write(b);
            return s.codePointCount(0, s.length());
        }
        pendingWrite.writeBytes(b);
        boolean lineEnd = lineBuffering && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0);
        if (writeThrough || lineEnd || pendingWrite.size() >= WRITE_CHUNK) {
            writePending();
        }
        if (lineEnd) {
            raw.flush();
        }
        return s.codePointCount(0, s.length());
    }

    /**
     * Puts the file position back where the script's reading got to, forgetting the decoded rest. A
     * stream that cannot seek (a socket's makefile('rw')) reads and writes independently, as
     * CPython's wrapper over a BufferedRWPair: its read-ahead is kept for the next read.
     */
    private void dropReadAhead() {
        if (buf != null && raw.seekable()) {
            long at = tell();
            buf = null;
            pending = new byte[0];
            raw.seek(at, 0);
        }
    }

    long tell() {
        checkClosed();
        if (!seekable()) {
            throw types.unsupported("underlying stream is not seekable");
        }
        writePending();
        if (buf == null) {
            return raw.tell();
        }
        return bufStart + Codecs.encode(buf.substring(0, idx), bufCodec, errors).bytes().length;
    }

    long seek(long pos, int whence) {
        checkClosed();
        if (whence == 1 && pos != 0) {
            throw types.unsupported("can't do nonzero cur-relative seeks");
        }
        if (whence == 2 && pos != 0) {
            throw types.unsupported("can't do nonzero end-relative seeks");
        }
        if (whence < 0 || whence > 2) {
            throw Exceptions.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (whence == 0 && pos < 0) {
            throw Exceptions.valueError("negative seek position " + pos);
        }
        long target = whence == 1 ? tell() : pos;
        writePending();
        buf = null;
        pending = new byte[0];
        long at = raw.seek(target, whence == 2 ? 2 : 0);
        if (at == 0) { // the start again: a byte order mark is read and written there, as CPython's reset codecs do
            decodeAs = Codecs.lookup(encoding);
            encodeAs = null;
        } else if (encodeAs == null) {
            encodeAs = Codecs.stateless(Codecs.lookup(encoding), new byte[0]);
        }
        return at;
    }

    @Override
    void writeItem(Object item) {
        Object u = PyDerived.unwrap(item);
        if (!(u instanceof String s)) {
            throw Exceptions.typeError("write() argument must be str, not " + Ops.typeName(item));
        }
        write(s);
    }

    private Object name() {
        if (name != null) {
            return name;
        }
        Object n = raw().name();
        if (n == null) {
            throw Exceptions.newException(Exceptions.ATTRIBUTE_ERROR,
                    "'" + Ops.typeName(bufferObject) + "' object has no attribute 'name'");
        }
        return n;
    }

    /** {@code sys.stdin}: descriptor 0, never closed by the script's close(), shared with input(). */
    static TextFile stdin(IoTypes types) {
        TextFile t = wrap(types, FileIO.open(types, 0L, "rb", false), "r", "utf-8", null,
                dev.tauraro.script.runtime.PyNone.NONE);
        t.name = "<stdin>";
        return t;
    }

    /**
     * {@code f.buffer}: the object the script wrapped, or for open()'s files the binary layer, made
     * when first asked for (open() itself needs none); None once detached.
     */
    private Object buffer() {
        if (bufferObject != null || raw == null) {
            return raw == null ? PyNone.NONE : bufferObject;
        }
        if (buffer == null) {
            buffer = new BufferedFile(types, (FileIO) raw);
        }
        return buffer;
    }

    /** {@code detach()}: flushes, then hands out the buffer; every later use is a ValueError. */
    private Object detach() {
        flush();
        Object b = buffer();
        raw = null;
        return b;
    }

    @Override
    Object own(String n) {
        return switch (n) {
            case "read" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 1);
                return read(Params.size(a, 0));
            });
            case "write" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 1, 1);
                Object u = PyDerived.unwrap(a[0]);
                if (!(u instanceof String s)) {
                    throw Exceptions.typeError("write() argument must be str, not " + Ops.typeName(a[0]));
                }
                return write(s);
            });
            case "seek" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 1, 2);
                return seek(Params.integer(a[0]), a.length > 1 ? (int) Params.integer(a[1]) : 0);
            });
            case "tell" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 0);
                return tell();
            });
            case "truncate" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 1);
                checkClosed();
                if (!writable()) {
                    throw types.unsupported("File not open for writing");
                }
                long at = a.length == 0 || a[0] == PyNone.NONE ? tell() : Params.integer(a[0]);
                dropReadAhead();
                writePending();
                return raw.truncate(at);
            });
            case "flush" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 0);
                flush();
                return PyNone.NONE;
            });
            case "detach" -> method(n, (a, k) -> {
                Params.positional(q(n), a, k, 0, 0);
                return detach();
            });
            case "fileno" -> method(n, (a, k) -> raw().fileno());
            case "isatty" -> method(n, (a, k) -> raw().isatty());
            case "name" -> name();
            case "mode" -> mode;
            case "encoding" -> encoding;
            case "errors" -> errors;
            case "buffer" -> buffer();
            case "line_buffering" -> lineBuffering;
            case "write_through" -> writeThrough;
            case "newlines" -> newlines();
            default -> null;
        };
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<_io.TextIOWrapper ");
        try {
            String n = Ops.repr(name());
            sb.append("name=").append(n).append(' ');
        } catch (dev.tauraro.script.runtime.PyException e) {
            // no name (a BytesIO) or detached: CPython leaves it out
        }
        if (mode != null) {
            sb.append("mode=").append(Ops.repr(mode)).append(' ');
        }
        return sb.append("encoding=").append(Ops.repr(encoding)).append('>').toString();
    }
}
