package dev.tauraro.httpx;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import reactor.core.publisher.Flux;

/**
 * Text from a body: the charset named by a {@code Content-Type}, incremental decoding of chunks
 * (a multi-byte character may straddle two chunks) and httpx's line splitting.
 */
final class TextDecoding {
    private TextDecoding() {
    }

    /** The {@code charset} parameter of a Content-Type value, or null. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String v = p.substring(eq + 1).strip();
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                    v = v.substring(1, v.length() - 1);
                }
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }

    /** The Java charset for a Python codec name, or null when there is none. */
    static Charset lookup(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (n) {
            case "latin-1", "latin1", "l1", "iso8859-1" -> {
                return StandardCharsets.ISO_8859_1;
            }
            case "utf8", "utf-8", "u8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(n);
                } catch (RuntimeException unknown) {
                    return null;
                }
            }
        }
    }

    /** A decoded text, with malformed bytes replaced by U+FFFD (Python's {@code errors="replace"}). */
    static String decode(byte[] bytes, Charset cs) {
        return new String(bytes, cs);
    }

    /** Decodes a stream of chunks into a stream of text pieces; never splits a character. */
    static Flux<String> decodeChunks(Flux<byte[]> chunks, Charset cs) {
        return Flux.defer(() -> {
            CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            ByteBuffer[] pending = {ByteBuffer.allocate(0)};
            return chunks.map(chunk -> {
                ByteBuffer in = ByteBuffer.allocate(pending[0].remaining() + chunk.length);
                in.put(pending[0]).put(chunk).flip();
                CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) dec.maxCharsPerByte()) + 2);
                dec.decode(in, out, false);
                pending[0] = in.slice();
                return out.flip().toString();
            }).concatWith(Flux.defer(() -> {
                CharBuffer out = CharBuffer.allocate(pending[0].remaining() * 2 + 2);
                dec.decode(pending[0], out, true);
                dec.flush(out);
                return Flux.just(out.flip().toString());
            })).filter(s -> !s.isEmpty());
        });
    }

    /**
     * Splits text pieces into lines without their terminators ({@code \n}, {@code \r\n} or
     * {@code \r}), as httpx's {@code iter_lines}; a {@code \r\n} split across pieces counts once.
     */
    static Flux<String> lines(Flux<String> texts) {
        return Flux.defer(() -> {
            StringBuilder buffer = new StringBuilder();
            boolean[] trailingCr = {false};
            return texts.concatMapIterable(text -> {
                List<String> out = new ArrayList<>();
                int start = 0;
                int i = 0;
                if (trailingCr[0] && !text.isEmpty() && text.charAt(0) == '\n') {
                    start = i = 1;
                }
                trailingCr[0] = false;
                for (; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '\n' || c == '\r') {
                        buffer.append(text, start, i);
                        out.add(buffer.toString());
                        buffer.setLength(0);
                        if (c == '\r') {
                            if (i + 1 < text.length()) {
                                if (text.charAt(i + 1) == '\n') {
                                    i++;
                                }
                            } else {
                                trailingCr[0] = true;
                            }
                        }
                        start = i + 1;
                    }
                }
                buffer.append(text, start, text.length());
                return out;
            }).concatWith(Flux.defer(() -> buffer.length() > 0 ? Flux.just(buffer.toString()) : Flux.empty()));
        });
    }
}
