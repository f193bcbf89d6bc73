package dev.tauraro.script.modules;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.httpx.AsyncClient;
import dev.tauraro.httpx.Auth;
import dev.tauraro.httpx.AuthFlow;
import dev.tauraro.httpx.DigestAuth;
import dev.tauraro.httpx.FileUpload;
import dev.tauraro.httpx.HTTPError;
import dev.tauraro.httpx.HTTPStatusError;
import dev.tauraro.httpx.HTTPTransport;
import dev.tauraro.httpx.Headers;
import dev.tauraro.httpx.InvalidURL;
import dev.tauraro.httpx.Limits;
import dev.tauraro.httpx.MockTransport;
import dev.tauraro.httpx.Request;
import dev.tauraro.httpx.RequestOptions;
import dev.tauraro.httpx.Response;
import dev.tauraro.httpx.StreamError;
import dev.tauraro.httpx.Timeout;
import dev.tauraro.httpx.Transport;
import dev.tauraro.httpx.TransportBuilder;
import dev.tauraro.httpx.URL;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyBaseException;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyClass;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyList;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import dev.tauraro.script.runtime.PyTuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code _httpx}: the Java side of the script module {@code httpx} ({@code lib/httpx.py}), a thin
 * table of functions over tauraro-httpx. Clients, requests and responses are passed to the script
 * as opaque handles; {@code httpx.py} wraps them in classes with httpx's names and keyword
 * arguments. Every behaviour (HTTP, URLs, cookies, redirects, decoding, errors and their
 * messages) is tauraro-httpx's; this file only converts arguments and results.
 *
 * <p>Errors: a tauraro-httpx exception reaches the script as {@code _httpx.Error(kind, message,
 * request, response)}, which {@code httpx.py} re-raises as the httpx class named {@code kind}.
 *
 * <p>Blocking calls ({@code wait}, {@code read}, {@code next}) release the GIL while they wait;
 * the {@code a*} forms return awaitables that resume the task on its loop.
 */
public final class HttpxModule {
    private HttpxModule() {
    }

    /** {@code _httpx.Error}: carries a tauraro-httpx exception to {@code httpx.py}. */
    static final PyClass ERROR = PyClass.builtin("Error", "_httpx", null, Map.of(), Exceptions.EXCEPTION);

    /**
     * httpx's {@code default_encoding}: an encoding name, or a callable given the body's bytes
     * that names one (or returns None for utf-8), called when the text is first decoded.
     */
    private static void defaultEncoding(Object spec, java.util.function.Consumer<String> named,
            java.util.function.Consumer<java.util.function.Function<byte[], String>> detected) {
        if (spec instanceof String name) {
            named.accept(name);
            return;
        }
        detected.accept(body -> {
            Object name = Ops.call(spec, new PyBytes(body));
            return name == PyNone.NONE ? null : Ops.str(name);
        });
    }

    public static PyModule create(Interpreter interp) {
        NettyLoops.used();
        PyModule m = new PyModule("_httpx", interp);
        m.set("Error", ERROR);
        def(m, "client", HttpxModule::client);
        def(m, "http_transport", (a, k) -> httpTransport(a));
        // The handler gives a Response, or (an async handler's) a future the script completes later.
        def(m, "mock_transport", (a, k) -> {
            Object handler = a[0];
            return MockTransport.reactive(request -> {
                Object answer = Ops.call(handler, request);
                return answer instanceof CompletableFuture<?> later
                        ? Mono.fromFuture(later, true).cast(Response.class)
                        : Mono.just((Response) answer);
            });
        });
        def(m, "future", (a, k) -> new CompletableFuture<Object>());
        def(m, "complete", (a, k) -> {
            @SuppressWarnings("unchecked")
            CompletableFuture<Object> f = (CompletableFuture<Object>) a[0];
            if (a[2] == PyNone.NONE) {
                f.complete(a[1]);
            } else {
                f.completeExceptionally(new PyException((PyBaseException) a[2]));
            }
            return PyNone.NONE;
        });
        def(m, "transport_close", (a, k) -> {
            ((Transport) a[0]).close();
            return PyNone.NONE;
        });
        def(m, "default_headers", (a, k) -> pairs(AsyncClient.defaultHeaders()));
        def(m, "next_request", (a, k) -> orNone(((Response) a[0]).nextRequest()));
        def(m, "client_close", (a, k) -> {
            ((AsyncClient) a[0]).close();
            return PyNone.NONE;
        });
        def(m, "in_loop", (a, k) -> dev.tauraro.asyncio.EventLoop.runningOrNull() != null);
        def(m, "close_when_done", (a, k) -> {
            AsyncClient c = (AsyncClient) a[0];
            ((CompletableFuture<?>) a[1]).whenComplete((r, e) -> c.close());
            return PyNone.NONE;
        });
        def(m, "cookies", (a, k) -> pairs(((AsyncClient) a[0]).cookies().asMap()));
        def(m, "set_cookie", (a, k) -> {
            ((AsyncClient) a[0]).cookies().set(Ops.str(a[1]), Ops.str(a[2]));
            return PyNone.NONE;
        });
        def(m, "build_request", (a, k) -> convert(() -> buildRequest(a)));
        def(m, "new_request", (a, k) -> convert(() -> Request.of(Ops.str(a[0]), Ops.str(a[1]),
                bodyOptions(RequestOptions.builder().headers(headers(a[2])).cookies(cookieMap(a[6])), a[3], a[4], a[5])
                        .build())));
        def(m, "start", (a, k) -> convert(() -> ((AsyncClient) a[0]).start((Request) a[1], sendOptions(a[2], a[4]),
                Ops.truthy(a[3]))));
        def(m, "digest_auth", (a, k) -> new DigestAuth(Ops.str(a[0]), Ops.str(a[1])));
        def(m, "auth_flow", (a, k) -> convert(() -> auth(a[0]).flow((Request) a[1])));
        def(m, "flow_first", (a, k) -> convert(() -> orNone(((AuthFlow) a[0]).first())));
        def(m, "flow_next", (a, k) -> convert(() -> orNone(((AuthFlow) a[0]).next((Response) a[1]))));
        def(m, "request_with_headers", (a, k) -> convert(() -> ((Request) a[0]).withHeaders(headers(a[1]))));
        def(m, "wait", (a, k) -> waitFor(interp, (CompletableFuture<?>) a[0]));
        def(m, "wait_async", (a, k) -> awaitFuture((CompletableFuture<?>) a[0]));
        def(m, "request_info", (a, k) -> {
            Request r = (Request) a[0];
            return tuple(r.method(), r.url().toString(), pairs(r.headers()));
        });
        def(m, "request_content", (a, k) -> convert(() -> new PyBytes(((Request) a[0]).content())));
        def(m, "response_info", (a, k) -> {
            Response r = (Response) a[0];
            PyList history = new PyList();
            history.addAll(r.history());
            Object request;
            try {
                request = r.request();
            } catch (IllegalStateException none) {
                request = PyNone.NONE;
            }
            return tuple((long) r.statusCode(), r.reasonPhrase(), r.httpVersion(), pairs(r.headers()), request,
                    history);
        });
        def(m, "build_response", (a, k) -> convert(() -> {
            Response.Builder b = Response.builder((int) Ops.toLong(a[0])).headers(headers(a[1]))
                    .content(((PyBytes) a[2]).bytes());
            if (a[3] != PyNone.NONE) {
                b.request((Request) a[3]);
            }
            defaultEncoding(a[4], b::defaultEncoding, b::defaultEncoding);
            return b.build();
        }));
        def(m, "content", (a, k) -> convert(() -> new PyBytes(((Response) a[0]).content())));
        def(m, "text", (a, k) -> convert(() -> ((Response) a[0]).text()));
        def(m, "encoding", (a, k) -> ((Response) a[0]).encoding());
        def(m, "set_encoding", (a, k) -> convert(() -> {
            ((Response) a[0]).setEncoding(Ops.str(a[1]));
            return PyNone.NONE;
        }));
        def(m, "elapsed", (a, k) -> convert(() -> ((Response) a[0]).elapsed().toNanos() / 1e9));
        def(m, "is_closed", (a, k) -> ((Response) a[0]).isClosed());
        def(m, "raise_for_status", (a, k) -> convert(() -> ((Response) a[0]).raiseForStatus()));
        def(m, "read", (a, k) -> waitFor(interp, ((Response) a[0]).aread().map(PyBytes::new).toFuture()));
        def(m, "aread", (a, k) -> onLoop(((Response) a[0]).aread().map(b -> (Object) new PyBytes(b))));
        def(m, "close", (a, k) -> {
            ((Response) a[0]).close();
            return PyNone.NONE;
        });
        def(m, "iterator", (a, k) -> convert(() -> items((Response) a[0], Ops.str(a[1])).toIterable(2).iterator()));
        def(m, "next", (a, k) -> {
            Iterator<?> it = (Iterator<?>) a[0];
            return convert(() -> interp.releasingGil(() -> it.hasNext() ? it.next() : PyNone.NONE));
        });
        def(m, "puller", (a, k) -> new Puller(items((Response) a[0], Ops.str(a[1]))));
        def(m, "anext", (a, k) -> onLoop(((Puller) a[0]).next()));
        def(m, "pull_close", (a, k) -> {
            ((Puller) a[0]).close();
            return PyNone.NONE;
        });
        def(m, "url_parts", (a, k) -> convert(() -> {
            URL u = new URL(Ops.str(a[0]));
            return tuple(u.toString(), u.scheme(), u.host(), u.port() == null ? PyNone.NONE : (long) u.port(),
                    u.path(), u.query(), u.fragment(), u.rawPath(), pairs(u.params()));
        }));
        def(m, "url_join", (a, k) -> convert(() -> new URL(Ops.str(a[0])).join(Ops.str(a[1])).toString()));
        def(m, "url_with_params", (a, k) -> convert(() -> new URL(Ops.str(a[0])).copyWithParams(multimap(a[1]))
                .toString()));
        return m;
    }

    private static void def(PyModule m, String name, PyCallable impl) {
        m.set(name, new BuiltinFunction(name, impl));
    }

    /**
     * {@code client(base_url, headers, params, cookies, timeout, limits, follow_redirects,
     * max_redirects, auth, default_encoding, mock_handler, verify, http1, http2, proxy, trust_env)},
     * all positional, already normalised by {@code httpx.py} ({@code verify}: a bool or a CA file
     * path; {@code proxy}: None or a URL).
     */
    /**
     * {@code client(base_url, headers, params, cookies, timeout, limits, follow_redirects,
     * max_redirects, auth, default_encoding, transport, verify, http1, http2, proxy, trust_env, cert,
     * mounts)}: {@code transport} is a Java transport or None (the network); {@code mounts} a list
     * of (pattern, Java transport or None).
     */
    private static Object client(Object[] a, String[] k) {
        return convert(() -> {
            // The script's client.headers (httpx's defaults, changed at will) go with each request.
            AsyncClient.Builder b = AsyncClient.builder().noDefaultHeaders();
            if (a[0] != PyNone.NONE) {
                b.baseUrl(Ops.str(a[0]));
            }
            b.headers(headers(a[1]));
            b.params(multimap(a[2]));
            Map<String, String> cookies = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : entries(a[3])) {
                cookies.put(e.getKey(), e.getValue());
            }
            b.cookies(cookies);
            b.timeout(timeout(a[4]));
            b.followRedirects(Ops.truthy(a[6]));
            b.maxRedirects((int) Ops.toLong(a[7]));
            Auth auth = auth(a[8]);
            if (auth != null) {
                b.auth(auth);
            }
            defaultEncoding(a[9], b::defaultEncoding, b::defaultEncoding);
            if (a[10] != PyNone.NONE) {
                b.transport((Transport) a[10]);
            }
            transportOptions(b, a[11], a[16], a[12], a[13], a[5], a[14], a[15]);
            for (Object m : Ops.toList(a[17])) {
                PyTuple t = (PyTuple) m;
                b.mount(Ops.str(t.get(0)), t.get(1) == PyNone.NONE ? null : (Transport) t.get(1));
            }
            return b.build();
        });
    }

    /**
     * {@code http_transport(verify, cert, http1, http2, limits, proxy, trust_env, uds, local_address,
     * retries, socket_options)}: httpx's HTTPTransport; {@code uds} and {@code local_address} are
     * None or str, {@code socket_options} a list of (level, option, value) tuples.
     */
    private static Object httpTransport(Object[] a) {
        return convert(() -> {
            HTTPTransport.Builder b = HTTPTransport.builder();
            transportOptions(b, a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
            if (a[7] != PyNone.NONE) {
                b.uds(java.nio.file.Path.of(Ops.str(a[7])));
            }
            b.localAddress(a[8] == PyNone.NONE ? null : Ops.str(a[8]));
            b.connectRetries((int) Ops.toLong(a[9]));
            for (Object o : Ops.toList(a[10])) {
                socketOption(b, (PyTuple) o);
            }
            return b.build();
        });
    }

    /**
     * One of httpx's {@code socket_options}, {@code (level, option, value)} with Linux's numbers (as
     * the {@code socket} module's constants are on Linux), as the Java option it names.
     */
    private static void socketOption(HTTPTransport.Builder b, PyTuple o) {
        if (o.size() != 3) {
            throw Exceptions.valueError("socket_options: expected (level, option, value) tuples, got " + Ops.repr(o));
        }
        long level = Ops.toLong(o.get(0));
        long option = Ops.toLong(o.get(1));
        long value = Ops.toLong(o.get(2));
        int v = (int) value;
        switch ((int) level * 1000 + (int) option) {
            case 1009 -> b.socketOption(java.net.StandardSocketOptions.SO_KEEPALIVE, value != 0);    // SOL_SOCKET, SO_KEEPALIVE
            case 1008 -> b.socketOption(java.net.StandardSocketOptions.SO_RCVBUF, v);
            case 1007 -> b.socketOption(java.net.StandardSocketOptions.SO_SNDBUF, v);
            case 1002 -> b.socketOption(java.net.StandardSocketOptions.SO_REUSEADDR, value != 0);
            case 6001 -> b.socketOption(java.net.StandardSocketOptions.TCP_NODELAY, value != 0);     // IPPROTO_TCP, TCP_NODELAY
            case 6004 -> b.socketOption(jdk.net.ExtendedSocketOptions.TCP_KEEPIDLE, v);
            case 6005 -> b.socketOption(jdk.net.ExtendedSocketOptions.TCP_KEEPINTERVAL, v);
            case 6006 -> b.socketOption(jdk.net.ExtendedSocketOptions.TCP_KEEPCOUNT, v);
            case 1 -> b.socketOption(java.net.StandardSocketOptions.IP_TOS, v);                      // IPPROTO_IP, IP_TOS
            default -> throw Exceptions.newException(Exceptions.NOT_IMPLEMENTED_ERROR,
                    "socket option (" + level + ", " + option + ") is not supported by tauraro's httpx");
        }
    }

    /**
     * The network options a client and an HTTPTransport share: {@code verify} (a bool or a CA file),
     * {@code cert} (None or a (cert file, key file or None, password or None) tuple), limits as a
     * (max connections, max keep-alive, expiry) tuple of numbers or Nones, proxy URL or None.
     */
    private static void transportOptions(TransportBuilder<?, ?> b, Object verify, Object cert, Object http1,
            Object http2, Object limits, Object proxy, Object trustEnv) {
        PyTuple l = (PyTuple) limits;
        b.limits(new Limits(l.get(0) == PyNone.NONE ? null : (int) Ops.toLong(l.get(0)),
                l.get(1) == PyNone.NONE ? null : (int) Ops.toLong(l.get(1)),
                l.get(2) == PyNone.NONE ? null : Duration.ofNanos((long) (Ops.toDouble(l.get(2)) * 1e9))));
        if (verify instanceof Boolean on) {
            b.verify(on);
        } else {
            b.verify(java.nio.file.Path.of(Ops.str(verify)));
        }
        if (cert != PyNone.NONE) {
            PyTuple c = (PyTuple) cert;
            try {
                b.cert(java.nio.file.Path.of(Ops.str(c.get(0))),
                        c.get(1) == PyNone.NONE ? null : java.nio.file.Path.of(Ops.str(c.get(1))),
                        c.get(2) == PyNone.NONE ? null : Ops.str(c.get(2)));
            } catch (java.io.UncheckedIOException e) {
                // As ssl's load_cert_chain: FileNotFoundError: [Errno 2] No such file or directory
                throw dev.tauraro.script.modules.files.OsErrors.of(e.getCause(), PyNone.NONE);
            }
        }
        b.http1(Ops.truthy(http1)).http2(Ops.truthy(http2));
        b.proxy(proxy == PyNone.NONE ? null : Ops.str(proxy));
        b.trustEnv(Ops.truthy(trustEnv));
    }

    /**
     * {@code build_request(client, method, url, params, headers, cookies, content, data, files,
     * timeout)}: {@code timeout} is {@code False} for "the client's". Auth is applied at send time.
     */
    private static Request buildRequest(Object[] a) {
        RequestOptions.Builder o = RequestOptions.builder();
        if (a[3] != PyNone.NONE) {
            o.params(multimap(a[3]));
        }
        bodyOptions(o.headers(headers(a[4])).cookies(cookieMap(a[5])), a[6], a[7], a[8]);
        if (a[9] != Boolean.FALSE) {
            o.timeout(timeout(a[9]));
        }
        return ((AsyncClient) a[0]).buildRequest(Ops.str(a[1]), Ops.str(a[2]), o.build());
    }

    /** (name, value) pairs as a cookie map, in order. */
    private static Map<String, String> cookieMap(Object pairs) {
        Map<String, String> cookies = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries(pairs)) {
            cookies.put(e.getKey(), e.getValue());
        }
        return cookies;
    }

    /**
     * {@code o} with a request body: {@code content} (bytes or None), the form {@code data} pairs
     * (or None), the file specs (name, filename or None, bytes, content type or None), or None.
     */
    private static RequestOptions.Builder bodyOptions(RequestOptions.Builder o, Object content, Object data,
                                                      Object files) {
        if (content != PyNone.NONE) {
            o.content(((PyBytes) content).bytes());
        }
        if (data != PyNone.NONE) {
            o.data(multimap(data));
        }
        if (files != PyNone.NONE) {
            Map<String, FileUpload> uploads = new LinkedHashMap<>();
            for (Object f : Ops.toList(files)) {
                PyTuple t = (PyTuple) f;
                uploads.put(Ops.str(t.get(0)), new FileUpload(t.get(1) == PyNone.NONE ? null : Ops.str(t.get(1)),
                        ((PyBytes) t.get(2)).bytes(), t.get(3) == PyNone.NONE ? null : Ops.str(t.get(3))));
            }
            o.files(uploads);
        }
        return o;
    }

    /**
     * The options of {@code start}: {@code follow_redirects} (None: the client's) and the auth spec
     * (None: no auth but a URL's {@code user:password@}, as httpx's {@code auth=None}).
     */
    private static RequestOptions sendOptions(Object followRedirects, Object authSpec) {
        RequestOptions.Builder o = RequestOptions.builder();
        if (followRedirects != PyNone.NONE) {
            o.followRedirects(Ops.truthy(followRedirects));
        }
        o.auth(auth(authSpec));
        return o.build();
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    /** None, or a 4-tuple (connect, read, write, pool) of seconds or None. */
    private static Timeout timeout(Object t) {
        if (t == PyNone.NONE) {
            return Timeout.NONE;
        }
        PyTuple p = (PyTuple) t;
        return new Timeout(secs(p.get(0)), secs(p.get(1)), secs(p.get(2)), secs(p.get(3)));
    }

    private static Duration secs(Object v) {
        return v == PyNone.NONE ? null : Duration.ofNanos((long) (Ops.toDouble(v) * 1e9));
    }

    /**
     * None, ("basic", user, password), ("bearer", token), ("object", a Java Auth such as a
     * DigestAuth), or ("none",): an auth that adds nothing (the steps of a script's auth flow).
     */
    private static Auth auth(Object a) {
        if (a == PyNone.NONE) {
            return null;
        }
        PyTuple t = (PyTuple) a;
        return switch (Ops.str(t.get(0))) {
            case "basic" -> Auth.basic(Ops.str(t.get(1)), Ops.str(t.get(2)));
            case "bearer" -> Auth.bearer(Ops.str(t.get(1)));
            case "object" -> (Auth) t.get(1);
            case "none" -> r -> r;
            default -> throw Exceptions.typeError("unknown auth kind " + Ops.repr(t.get(0)));
        };
    }

    private static List<Map.Entry<String, String>> entries(Object pairs) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (pairs == PyNone.NONE) {
            return out;
        }
        for (Object p : Ops.toList(pairs)) {
            PyTuple t = p instanceof PyTuple pt ? pt : new PyTuple(Ops.toList(p).toArray());
            out.add(Map.entry(Ops.str(t.get(0)), Ops.str(t.get(1))));
        }
        return out;
    }

    private static Headers headers(Object pairs) {
        return Headers.ofEntries(entries(pairs));
    }

    /** Pairs as a map of lists (repeated keys keep their order). */
    private static Map<String, Object> multimap(Object pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries(pairs)) {
            @SuppressWarnings("unchecked")
            List<String> l = (List<String>) m.computeIfAbsent(e.getKey(), x -> new ArrayList<String>());
            l.add(e.getValue());
        }
        return m;
    }

    private static PyList pairs(Headers h) {
        return pairs(h.raw());
    }

    private static PyList pairs(Map<String, String> m) {
        return pairs(new ArrayList<>(m.entrySet()));
    }

    private static PyList pairs(List<Map.Entry<String, String>> l) {
        PyList out = new PyList(l.size());
        for (Map.Entry<String, String> e : l) {
            out.add(tuple(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static PyTuple tuple(Object... items) {
        return new PyTuple(items);
    }

    /** The body as a flux of script values: bytes for "bytes"/"raw", str for "text"/"lines". */
    private static Flux<Object> items(Response r, String kind) {
        return switch (kind) {
            case "bytes" -> r.aiterBytes().map(PyBytes::new);
            case "raw" -> r.aiterRaw().map(PyBytes::new);
            case "text" -> r.aiterText().map(s -> s);
            case "lines" -> r.aiterLines().map(s -> s);
            default -> throw Exceptions.valueError("unknown iteration " + kind);
        };
    }

    /** Waits (GIL released) for a future; its value, or its error as a script exception. */
    private static Object waitFor(Interpreter interp, CompletableFuture<?> f) {
        return convert(() -> interp.releasingGil(() -> {
            try {
                return Interop.toPy(f.get());
            } catch (ExecutionException e) {
                throw sneaky(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                f.cancel(false);
                throw new CancellationException("interrupted");
            }
        }));
    }

    /** An awaitable of the running loop for {@code f}; cancelling it cancels {@code f}. */
    private static Object awaitFuture(CompletableFuture<?> f) {
        return onLoop(Mono.fromFuture(f, true).map(Interop::toPy));
    }

    /** {@code m} resumed on the running loop, its errors converted for the script. */
    private static Mono<Object> onLoop(Mono<Object> m) {
        return Asyncio.await(m.onErrorMap(HttpxModule::toScript));
    }

    private static RuntimeException sneaky(Throwable t) {
        return t instanceof RuntimeException r ? r : new CompletionException(t);
    }

    @FunctionalInterface
    private interface Body {
        Object run();
    }

    /** Runs {@code body}, converting tauraro-httpx exceptions into {@code _httpx.Error}. */
    private static Object convert(Body body) {
        try {
            return body.run();
        } catch (RuntimeException e) {
            throw toScript(e);
        }
    }

    /** A tauraro-httpx exception as {@code _httpx.Error(kind, message, request, response)}. */
    static RuntimeException toScript(Throwable t) {
        Throwable e = t;
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof HTTPError h) {
            Object request = PyNone.NONE;
            try {
                request = h.request();
            } catch (IllegalStateException none) {
                // raised without a request
            }
            Object response = h instanceof HTTPStatusError s ? s.response() : PyNone.NONE;
            return Exceptions.newException(ERROR, e.getClass().getSimpleName(), e.getMessage(), request, response);
        }
        if (e instanceof StreamError || e instanceof InvalidURL) {
            return Exceptions.newException(ERROR, e.getClass().getSimpleName(), e.getMessage(), PyNone.NONE,
                    PyNone.NONE);
        }
        if (e instanceof PyException p) {
            return p;
        }
        if (e instanceof UnsupportedOperationException) {
            // DigestAuth's "auth-int" alone: httpx raises NotImplementedError with this message.
            return Exceptions.newException(Exceptions.NOT_IMPLEMENTED_ERROR, String.valueOf(e.getMessage()));
        }
        if (e instanceof RuntimeException r && !(e instanceof IllegalStateException)
                && !(e instanceof IllegalArgumentException)) {
            return r;
        }
        return Interop.toPy(e);
    }

    /**
     * Pulls one item at a time from a body flux for {@code async for}: each {@link #next()}
     * requests one item and emits it, or None at the end.
     */
    static final class Puller {
        private final Flux<Object> source;
        private reactor.core.publisher.BaseSubscriber<Object> subscriber;
        private final java.util.ArrayDeque<Object> buffer = new java.util.ArrayDeque<>();
        private reactor.core.publisher.Sinks.One<Object> waiting;
        private Throwable error;
        private boolean done;

        Puller(Flux<Object> source) {
            this.source = source;
        }

        synchronized Mono<Object> next() {
            if (!buffer.isEmpty()) {
                return Mono.just(buffer.poll());
            }
            if (error != null) {
                return Mono.error(error);
            }
            if (done) {
                return Mono.just(PyNone.NONE);
            }
            reactor.core.publisher.Sinks.One<Object> w = reactor.core.publisher.Sinks.one();
            waiting = w;
            if (subscriber == null) {
                subscriber = new reactor.core.publisher.BaseSubscriber<>() {
                    @Override
                    protected void hookOnSubscribe(org.reactivestreams.Subscription s) {
                        s.request(1);
                    }

                    @Override
                    protected void hookOnNext(Object v) {
                        deliver(v, null, false);
                    }

                    @Override
                    protected void hookOnError(Throwable t) {
                        deliver(null, t, true);
                    }

                    @Override
                    protected void hookOnComplete() {
                        deliver(null, null, true);
                    }
                };
                source.subscribe(subscriber);
            } else {
                subscriber.request(1);
            }
            return w.asMono();
        }

        private void deliver(Object v, Throwable t, boolean end) {
            reactor.core.publisher.Sinks.One<Object> w;
            synchronized (this) {
                w = waiting;
                waiting = null;
                if (end) {
                    done = true;
                    error = t;
                }
                if (w == null) {
                    if (v != null) {
                        buffer.add(v);
                    }
                    return;
                }
            }
            if (t != null) {
                w.tryEmitError(t);
            } else {
                w.tryEmitValue(v != null ? v : PyNone.NONE);
            }
        }

        void close() {
            reactor.core.publisher.BaseSubscriber<Object> s;
            synchronized (this) {
                s = subscriber;
                done = true;
            }
            if (s != null) {
                s.dispose();
            }
        }
    }
}
