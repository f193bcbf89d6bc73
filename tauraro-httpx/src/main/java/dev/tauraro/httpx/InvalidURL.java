package dev.tauraro.httpx;

/**
 * A URL could not be parsed (for example a non-numeric port: {@code Invalid port: 'xx'}).
 *
 * <p>Python equivalent: {@code httpx.InvalidURL}; like httpx's it is not an {@link HTTPError}.
 *
 * <p>Differences from httpx: only non-printable characters and a bad port raise it here, with
 * httpx's messages; httpx 0.28 also refuses malformed IPv4 and IPv6 hosts, invalid IDNA host
 * names, over-long URLs and components, and some path shapes, which are not checked here.
 */
public class InvalidURL extends RuntimeException {
    public InvalidURL(String message) {
        super(message);
    }
}
