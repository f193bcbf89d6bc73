package dev.tauraro.asyncio;

/**
 * The two halves of a stream connection.
 *
 * <p>Python equivalent: the {@code (reader, writer)} tuple that {@code asyncio.open_connection}
 * returns, and the two arguments of a server's {@code client_connected_cb}.
 *
 * @param reader what the peer sends
 * @param writer what this side sends
 */
public record StreamPair(StreamReader reader, StreamWriter writer) {
}
