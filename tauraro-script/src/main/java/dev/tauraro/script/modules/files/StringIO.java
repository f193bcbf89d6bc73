package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.NativeMethods;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyNone;
import java.util.Set;

/**
 * {@code io.StringIO}: a text file in memory. Positions are character indexes; writing past the
 * end pads with NUL as CPython does. Only the default {@code newline='\n'} (no translation) and
 * {@code newline=None}/{@code ''} on read are distinguished: {@code None} turns {@code \r\n} and
 * {@code \r} written into {@code \n}.
 */
final class StringIO extends IoBase implements dev.tauraro.script.runtime.SubclassableValue, NativeMethods {
    private final StringBuilder text = new StringBuilder();
    private String newline;
    private int pos;
    private boolean closed;

    private StringIO(IoTypes types, String initial, String newline) {
        super(types);
        this.newline = newline;
        write(initial);
        pos = 0;
    }

    @Override
    public void init(Object[] args, String[] kwnames) {
        StringIO fresh = construct(types, args, kwnames);
        newline = fresh.newline;
        text.setLength(0);
        text.append(fresh.text);
        pos = 0;
    }

    /** {@code StringIO(initial_value='', newline='\n')}. */
    static StringIO construct(IoTypes types, Object[] a, String[] k) {
        Object[] p = Params.bind("StringIO", a, k, new String[] {"initial_value", "newline"}, 0);
        String initial = Params.strOrNone(p[0], "initial_value");
        String newline = p[1] == null ? "\n" : Params.strOrNone(p[1], "newline");
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Exceptions.valueError("illegal newline value: " + Ops.repr(newline));
        }
        return new StringIO(types, initial == null ? "" : initial, newline);
    }

    @Override
    public PyClass type() {
        return types.stringIo;
    }

    @Override
    boolean isClosed() {
        return closed;
    }

    @Override
    void checkClosed() {
        if (closed) {
            throw Exceptions.valueError("I/O operation on closed file");
        }
    }

    @Override
    void doClose() {
        closed = true;
    }

    @Override
    boolean readable() {
        return true;
    }

    @Override
    boolean writable() {
        return true;
    }

    @Override
    boolean seekable() {
        return true;
    }

    @Override
    Object readline(long limit) {
        checkClosed();
        int end = pos;
        while (end < text.length() && (limit < 0 || end - pos < limit)) {
            char c = text.charAt(end++);
            if (c == '\n' || (c == '\r' && "\r".equals(newline))) {
                break;
            }
            if (c == '\r' && ("".equals(newline) || "\r\n".equals(newline))) {
                if (end < text.length() && text.charAt(end) == '\n' && (limit < 0 || end - pos < limit)) {
                    end++;
                    break;
                }
                if ("".equals(newline)) {
                    break;
                }
            }
        }
        String line = text.substring(pos, end);
        pos = end;
        return line;
    }

    String read(long size) {
        checkClosed();
        int end = size < 0 ? text.length() : (int) Math.min(text.length(), pos + Math.min(size, Integer.MAX_VALUE));
        if (end <= pos) {
            return "";
        }
        String s = text.substring(pos, end);
        pos = end;
        return s;
    }

    long write(String s) {
        checkClosed();
        int n = s.length();
        if (newline == null) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        } else if (!newline.isEmpty() && !newline.equals("\n")) {
            s = s.replace("\n", newline);
        }
        while (text.length() < pos) {
            text.append('\0');
        }
        int end = Math.min(text.length(), pos + s.length());
        text.replace(pos, end, s);
        pos += s.length();
        return n;
    }

    @Override
    void writeItem(Object item) {
        write(str(item));
    }

    private static String str(Object v) {
        Object u = PyDerived.unwrap(v);
        if (!(u instanceof String s)) {
            throw Exceptions.typeError("string argument expected, got '" + Ops.typeName(v) + "'");
        }
        return s;
    }

    /** The methods a call site calls directly ({@link NativeMethods}): StringIO's own and {@code flush}. */
    private static final Set<String> METHODS = Set.of("getvalue", "read", "write", "seek", "tell", "truncate", "flush");

    @Override
    Object own(String n) {
        return switch (n) {
            case "flush" -> null; // IoBase's
            case "line_buffering" -> false;
            case "newlines" -> PyNone.NONE;
            default -> METHODS.contains(n) ? method(n, (a, k) -> callMethod(n, a, k)) : null;
        };
    }

    @Override
    public boolean hasMethod(String name) {
        return METHODS.contains(name);
    }

    /**
     * {@code self.name(*a)}: what the method objects of {@link #own} call, and what a call site such as
     * logging's {@code self.stream.write(line)} calls without making one.
     */
    @Override
    public Object callMethod(String n, Object[] a, String[] k) {
        return switch (n) {
            case "getvalue" -> {
                Params.positional(q(n), a, k, 0, 0);
                checkClosed();
                yield text.toString();
            }
            case "read" -> {
                Params.positional(q(n), a, k, 0, 1);
                yield read(Params.size(a, 0));
            }
            case "write" -> {
                Params.positional(q(n), a, k, 1, 1);
                yield write(str(a[0]));
            }
            case "seek" -> {
                Params.positional(q(n), a, k, 1, 2);
                long at = Params.integer(a[0]);
                int whence = a.length > 1 ? (int) Params.integer(a[1]) : 0;
                checkClosed();
                if (whence < 0 || whence > 2) {
                    throw Exceptions.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
                }
                if (whence == 0 && at < 0) {
                    throw Exceptions.valueError("Negative seek position " + at);
                }
                if (whence != 0 && at != 0) {
                    throw Exceptions.newException(Exceptions.OS_ERROR, "Can't do nonzero cur-relative seeks"); // as CPython's C StringIO: OSError itself
                }
                pos = whence == 2 ? text.length() : whence == 1 ? pos : (int) Math.min(at, Integer.MAX_VALUE);
                yield (long) pos;
            }
            case "tell" -> {
                Params.positional(q(n), a, k, 0, 0);
                checkClosed();
                yield (long) pos;
            }
            case "truncate" -> {
                Params.positional(q(n), a, k, 0, 1);
                checkClosed();
                long size = a.length == 0 || a[0] == PyNone.NONE ? pos : Params.size(a, 0);
                if (size < 0) {
                    throw Exceptions.valueError("Negative size value " + size);
                }
                if (size < text.length()) {
                    text.setLength((int) size);
                }
                yield size;
            }
            case "flush" -> nothingToFlush();
            default -> throw new IllegalArgumentException(n);
        };
    }
}
