package dev.tauraro.httpx;

/** The request that follows a redirect response, as httpx builds it. */
final class Redirects {
    private Redirects() {
    }

    static Request next(Request request, Response response, Cookies jar) {
        String method = method(request.method(), response.statusCode());
        URL url = location(request, response);
        Headers h = request.headers();
        if (!sameOrigin(url, request.url()) && !isHttpsUpgrade(request.url(), url)) {
            h = h.remove("Authorization");
        }
        if (!sameOrigin(url, request.url())) {
            Integer port = url.port();
            h = h.set("Host", port == null ? url.host() : url.host() + ":" + port);
        }
        boolean keepBody = method.equals(request.method()) || !method.equals("GET");
        if (!keepBody) {
            h = h.remove("Content-Length").remove("Transfer-Encoding");
        }
        h = h.remove("Cookie");
        String cookie = jar.headerFor(url);
        if (cookie != null) {
            h = h.set("Cookie", cookie);
        }
        if (keepBody && request.isStreaming()) {
            throw new StreamConsumed();
        }
        return request.redirected(method, url, h, keepBody);
    }

    /** 303 turns anything but HEAD into GET; 301 and 302 turn POST into GET (as browsers do). */
    private static String method(String method, int status) {
        if (status == 303 && !method.equals("HEAD")) {
            return "GET";
        }
        if ((status == 301 || status == 302) && method.equals("POST")) {
            return "GET";
        }
        return method;
    }

    private static URL location(Request request, Response response) {
        String location = response.headers().get("Location");
        URL url;
        try {
            url = new URL(location);
        } catch (InvalidURL e) {
            throw new RemoteProtocolError("Invalid URL in location header: " + e.getMessage() + ".", request, e);
        }
        URL joined = url.isRelativeUrl() ? request.url().join(url) : url;
        if (joined.fragment().isEmpty() && !request.url().fragment().isEmpty()) {
            joined = joined.join("#" + request.url().fragment());
        }
        return joined;
    }

    private static boolean sameOrigin(URL a, URL b) {
        return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.effectivePort() == b.effectivePort();
    }

    private static boolean isHttpsUpgrade(URL from, URL to) {
        return from.scheme().equals("http") && to.scheme().equals("https") && from.host().equals(to.host())
                && from.effectivePort() == 80 && to.effectivePort() == 443;
    }
}
