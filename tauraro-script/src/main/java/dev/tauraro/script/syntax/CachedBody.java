package dev.tauraro.script.syntax;

import dev.tauraro.script.ast.Stmt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.List;

/**
 * A function's body read from the {@link AstCache}, whose statements after the first are decoded
 * when first asked for. A library module's functions are resolved and compiled on their first call
 * ({@code Resolver.deferBodies}), and most are never called by a given program: decoding their
 * bodies at import was most of the reading of cached trees. What the definition itself needs is at
 * hand without decoding: the first statement (the docstring) and whether the body yields (what kind
 * of code the function is), computed when the tree was written.
 */
public final class CachedBody extends AbstractList<Stmt> {
    private final Stmt first;
    private final int size;
    private final boolean yields;
    /** The cache file's bytes and where the other statements' encoding starts; null once decoded. */
    private byte[] bytes;
    private final int offset;
    private List<Stmt> rest;

    CachedBody(Stmt first, int size, boolean yields, byte[] bytes, int offset) {
        this.first = first;
        this.size = size;
        this.yields = yields;
        this.bytes = bytes;
        this.offset = offset;
    }

    /** Whether a yield occurs in the body outside nested scopes: whether the function is a generator. */
    public boolean yields() {
        return yields;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Stmt get(int index) {
        if (index == 0 && size > 0) {
            return first;
        }
        return rest().get(index - 1);
    }

    private synchronized List<Stmt> rest() {
        if (rest == null) {
            try {
                rest = AstCache.decodeRest(bytes, offset, size - 1);
            } catch (IOException | RuntimeException e) {
                // the file's checksum matched when it was read: only a bug in the format comes here
                throw new UncheckedIOException(new IOException("damaged syntax tree cache", e));
            }
            bytes = null;
        }
        return rest;
    }
}
