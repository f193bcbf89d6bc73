package dev.tauraro.httpx;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.compression.Brotli;
import io.netty.handler.codec.compression.BrotliDecoder;
import io.netty.handler.codec.compression.JdkZlibDecoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import io.netty.handler.codec.compression.Zstd;
import io.netty.handler.codec.compression.ZstdDecoder;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Incremental decoding of a body's {@code Content-Encoding} ({@code gzip}, {@code deflate},
 * {@code br}, {@code zstd}, and chains of them), chunk by chunk so a streamed body is decoded with bounded memory.
 *
 * <p>As httpx: unknown encodings and {@code identity} pass bytes through; {@code deflate} accepts
 * both zlib-wrapped and raw streams; corrupt input raises {@link DecodingError}. {@code br} is
 * decoded where brotli4j's native library loads (Linux, macOS and Windows on x86-64 and arm64),
 * {@code zstd} where zstd-jni's does (the same and more); elsewhere each passes through, as in
 * httpx without its brotli or zstd extra, and is not asked for ({@link #acceptEncoding()}). Not thread-safe: one decoder per body, used by one reader at a time.
 */
final class ContentDecoder {
    private final List<EmbeddedChannel> stages;  // in decoding order; empty = identity
    private final Request request;

    private ContentDecoder(List<EmbeddedChannel> stages, Request request) {
        this.stages = stages;
        this.request = request;
    }

    /** The decoder for a {@code Content-Encoding} header value (null or empty = identity). */
    static ContentDecoder forEncoding(String contentEncoding, Request request) {
        List<EmbeddedChannel> stages = new ArrayList<>(1);
        if (contentEncoding != null) {
            String[] names = contentEncoding.split(",");
            // "gzip, deflate" means gzip was applied first, so deflate is undone first.
            for (int i = names.length - 1; i >= 0; i--) {
                switch (names[i].strip().toLowerCase(Locale.ROOT)) {
                    case "gzip", "x-gzip" -> stages.add(new EmbeddedChannel(new JdkZlibDecoder(ZlibWrapper.GZIP, 0)));
                    case "deflate" -> stages.add(new EmbeddedChannel(new JdkZlibDecoder(ZlibWrapper.ZLIB_OR_NONE, 0)));
                    case "br" -> {
                        if (Brotli.isAvailable()) {
                            stages.add(new EmbeddedChannel(new BrotliDecoder()));
                        }
                    }
                    case "zstd" -> {
                        if (Zstd.isAvailable()) {
                            stages.add(new EmbeddedChannel(new ZstdDecoder()));
                        }
                    }
                    default -> {
                        // identity and encodings httpx does not know pass through, as in httpx.
                    }
                }
            }
        }
        return new ContentDecoder(stages, request);
    }

    /**
     * The encodings a client asks for by default, as httpx 0.28's {@code Accept-Encoding} with
     * both of its optional decoders installed: {@code gzip, deflate, br, zstd}.
     */
    static String acceptEncoding() {
        return ACCEPT_ENCODING;
    }

    private static final String ACCEPT_ENCODING = "gzip, deflate" + (Brotli.isAvailable() ? ", br" : "")
            + (Zstd.isAvailable() ? ", zstd" : "");

    boolean isIdentity() {
        return stages.isEmpty();
    }

    /** Decodes the next chunk; may return an empty array while the decoder waits for more input. */
    byte[] decode(byte[] chunk) {
        byte[] data = chunk;
        for (EmbeddedChannel stage : stages) {
            if (data.length == 0) {
                return data;
            }
            try {
                stage.writeInbound(Unpooled.wrappedBuffer(data));
                stage.checkException();
                data = drain(stage);
            } catch (RuntimeException e) {
                throw new DecodingError(describe(e), request, e);
            }
        }
        return data;
    }

    /** Releases the decoders (at the end of the body, or when it is abandoned). */
    void release() {
        for (EmbeddedChannel stage : stages) {
            try {
                stage.finishAndReleaseAll();
            } catch (RuntimeException alreadyReported) {
                // A decoding failure is raised by decode(); releasing must not raise it again.
            }
        }
    }

    private static byte[] drain(EmbeddedChannel stage) {
        ByteArrayOutputStream out = null;
        byte[] single = null;
        for (ByteBuf b = stage.readInbound(); b != null; b = stage.readInbound()) {
            try {
                byte[] bytes = new byte[b.readableBytes()];
                b.readBytes(bytes);
                if (single == null && out == null) {
                    single = bytes;
                } else {
                    if (out == null) {
                        out = new ByteArrayOutputStream();
                        out.writeBytes(single);
                    }
                    out.writeBytes(bytes);
                }
            } finally {
                b.release();
            }
        }
        if (out != null) {
            return out.toByteArray();
        }
        return single != null ? single : new byte[0];
    }

    private static String describe(RuntimeException e) {
        String m = e.getMessage();
        return m != null ? m : e.getClass().getSimpleName();
    }
}
