package dev.tauraro.websockets;

import io.netty.buffer.ByteBuf;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: a text message or close reason that is not valid UTF-8 closes with 1007. */
final class Utf8 {
    private Utf8() {
    }

    /** The text, or null if the bytes are not valid UTF-8 (overlong forms and surrogates included). */
    static String decode(ByteBuf bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes.nioBuffer())
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
