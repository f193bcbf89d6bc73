package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyNone;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/**
 * A {@code hashlib} hash object ({@code _hashlib.HASH}) over a JDK {@link MessageDigest}:
 * {@code update}, {@code digest} and {@code hexdigest} (which do not finish the running hash),
 * {@code copy}, {@code name}, {@code digest_size}, {@code block_size}. Updates are serialised on
 * the object, as CPython holds a lock on a hash object while it updates.
 */
final class HashObject implements NativeValue {
    static final PyClass TYPE = PyClass.builtin("HASH", "_hashlib", null, Map.of());

    final String name;
    private final MessageDigest digest;
    private final int blockSize;

    HashObject(String name, MessageDigest digest, int blockSize) {
        this.name = name;
        this.digest = digest;
        this.blockSize = blockSize;
    }

    static byte[] data(Object o) {
        Object u = PyDerived.unwrap(o);
        byte[] b = dev.tauraro.script.runtime.Buffers.bytesOrNull(u);
        if (b != null) {
            return b;
        }
        if (u instanceof String) {
            throw Exceptions.typeError("Strings must be encoded before hashing");
        }
        throw Exceptions.typeError("object supporting the buffer API required");
    }

    synchronized void update(byte[] b) {
        digest.update(b);
    }

    synchronized byte[] digest() {
        try {
            return ((MessageDigest) digest.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("JDK digests are cloneable", e);
        }
    }

    synchronized HashObject copy() {
        try {
            return new HashObject(name, (MessageDigest) digest.clone(), blockSize);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("JDK digests are cloneable", e);
        }
    }

    @Override
    public PyClass type() {
        return TYPE;
    }

    @Override
    public Object attr(String attr) {
        return switch (attr) {
            case "name" -> name;
            case "digest_size" -> (long) digest.getDigestLength();
            case "block_size" -> (long) blockSize;
            case "update" -> new BuiltinFunction("update", (a, k) -> {
                if (a.length != 1) {
                    throw Exceptions.typeError("update() takes exactly one argument (" + a.length + " given)");
                }
                update(data(a[0]));
                return PyNone.NONE;
            });
            case "digest" -> new BuiltinFunction("digest", (a, k) -> new PyBytes(digest()));
            case "hexdigest" -> new BuiltinFunction("hexdigest", (a, k) -> HexFormat.of().formatHex(digest()));
            case "copy" -> new BuiltinFunction("copy", (a, k) -> copy());
            case "__repr__" -> new BuiltinFunction("__repr__", (a, k) -> toString());
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<" + name + " _hashlib.HASH object @ 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
