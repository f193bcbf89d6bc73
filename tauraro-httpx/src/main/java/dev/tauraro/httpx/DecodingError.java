package dev.tauraro.httpx;

/**
 * The response body could not be decoded with its {@code Content-Encoding}.
 *
 * <p>Python equivalent: {@code httpx.DecodingError}.
 *
 * <p>Differences from httpx: the message is that of Netty's decoder (over brotli4j or zstd-jni for
 * brotli and zstd), not the wording of Python's zlib, brotli or zstandard modules.
 */
public class DecodingError extends RequestError {
    public DecodingError(String message, Request request) {
        super(message, request);
    }

    public DecodingError(String message, Request request, Throwable cause) {
        super(message, request, cause);
    }
}
