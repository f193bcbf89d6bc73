package dev.tauraro.httpx;

/**
 * A URL could not be parsed (for example a non-numeric port: {@code Invalid port: 'xx'}).
 *
 * <p>Python equivalent: {@code httpx.InvalidURL}; like httpx's it is not an {@link HTTPError}.
 */
public class InvalidURL extends RuntimeException {
    public InvalidURL(String message) {
        super(message);
    }
}
