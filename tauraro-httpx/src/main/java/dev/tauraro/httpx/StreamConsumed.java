package dev.tauraro.httpx;

/**
 * The body was already streamed once and was not kept (it cannot be streamed again).
 *
 * <p>Python equivalent: {@code httpx.StreamConsumed}. The message is httpx's.
 *
 * <p>Differences from httpx: none.
 */
public class StreamConsumed extends StreamError {
    public StreamConsumed() {
        super("Attempted to read or stream some content, but the content has already been streamed. For requests, this could be due to passing a generator as request content, and then receiving a redirect response or a secondary request as part of an authentication flow.For responses, this could be due to attempting to stream the response content more than once.");
    }
}
