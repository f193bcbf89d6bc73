package dev.tauraro.script.modules.data;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.NativeValue;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;

/**
 * The compressor objects of {@code bz2} and {@code lzma}: {@code compress(data)} returns what the
 * encoder has written so far, {@code flush()} ends the stream and returns the rest. Encoders keep a
 * block's worth of input before writing, so most calls return {@code b""}, as with the C libraries.
 */
final class StreamCompressor implements NativeValue {
    private final PyClass type;
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final OutputStream encoder;
    private final Function<IOException, PyException> failure;
    private boolean flushed;

    /** {@code encoder} makes the encoder over the given sink; {@code failure} maps its errors. */
    StreamCompressor(PyClass type, EncoderFactory encoder, Function<IOException, PyException> failure) {
        this.type = type;
        this.failure = failure;
        try {
            this.encoder = encoder.over(sink);
        } catch (IOException e) {
            throw failure.apply(e);
        }
    }

    /** Makes an encoder writing to a sink. */
    interface EncoderFactory {
        OutputStream over(OutputStream sink) throws IOException;
    }

    synchronized byte[] compress(byte[] data) {
        if (flushed) {
            throw Exceptions.valueError("Compressor has been flushed");
        }
        try {
            encoder.write(data);
        } catch (IOException e) {
            throw failure.apply(e);
        }
        return take();
    }

    synchronized byte[] flush() {
        if (flushed) {
            throw Exceptions.valueError("Repeated call to flush()");
        }
        flushed = true;
        try {
            encoder.close();
        } catch (IOException e) {
            throw failure.apply(e);
        }
        return take();
    }

    private byte[] take() {
        byte[] out = sink.toByteArray();
        sink.reset();
        return out;
    }

    @Override
    public PyClass type() {
        return type;
    }

    @Override
    public Object attr(String name) {
        return switch (name) {
            case "compress" -> new BuiltinFunction("compress", (a, k) ->
                    new PyBytes(compress(BinasciiModule.bytes(BinasciiModule.bind(a, k, "compress", "data")[0]))));
            case "flush" -> new BuiltinFunction("flush", (a, k) -> new PyBytes(flush()));
            default -> null;
        };
    }
}
