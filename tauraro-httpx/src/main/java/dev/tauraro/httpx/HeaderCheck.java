package dev.tauraro.httpx;

/**
 * The check httpx's HTTP/1.1 layer (h11) makes of a request's headers before anything is sent:
 * a name must be a non-empty token, a value must hold no line breaks or NUL and must not start or
 * end with a space or tab. Netty would otherwise send some of these as they are (a value with a
 * line break can smuggle a header), or fail later with an error that reads as the server's fault.
 */
final class HeaderCheck {
    private HeaderCheck() {
    }

    /** httpx's {@link LocalProtocolError} for the request's first illegal header, or null. */
    static LocalProtocolError illegal(Request request) {
        Headers h = request.headers();
        if (h.checkedLegal()) {
            return null;
        }
        for (int i = 0; i < h.pairCount(); i++) {
            if (!isToken(h.nameAt(i))) {
                return new LocalProtocolError("Illegal header name " + Repr.bytes(h.nameAt(i)), request);
            }
            if (!isFieldValue(h.valueAt(i))) {
                return new LocalProtocolError("Illegal header value " + Repr.bytes(h.valueAt(i)), request);
            }
        }
        h.markLegal();
        return null;
    }

    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Visible characters (anything but NUL and white space) in runs separated by spaces and tabs. */
    private static boolean isFieldValue(String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t') {
                if (i == 0 || i == n - 1) {
                    return false;
                }
            } else if (c == 0 || c == '\n' || c == '\r' || c == 0x0b || c == '\f') {
                return false;
            }
        }
        return true;
    }
}
