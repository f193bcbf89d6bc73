package dev.tauraro.script.modules;

import dev.tauraro.asyncio.EventLoop;
import dev.tauraro.asyncio.Future;
import dev.tauraro.script.runtime.BoundMethod;
import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.Code;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Interop;
import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyCallable;
import dev.tauraro.script.runtime.PyDict;
import dev.tauraro.script.runtime.PyException;
import dev.tauraro.script.runtime.PyFunction;
import dev.tauraro.script.runtime.PyInstance;
import dev.tauraro.script.runtime.PyNone;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/**
 * The methods of an event loop as scripts see them: Python's {@code asyncio.AbstractEventLoop}
 * API over {@link EventLoop}. Scheduling, running and closing are the Java loop's; this file
 * converts arguments, checks them with CPython's messages and runs script callables under the
 * interpreter's rules (executor jobs take the script GIL).
 *
 * <p>Differences from CPython: a handle's repr names the callback and its arguments but not the
 * source position ({@code <Handle cb(1)>}, where CPython adds {@code at file.py:3});
 * {@code context=} arguments are accepted and ignored (there is no {@code contextvars});
 * {@code shutdown_asyncgens()} finalises nothing, since async generators are not tracked;
 * debug mode only records the flag.
 */
final class LoopMethods {
    private LoopMethods() {
    }

    private static BuiltinFunction fn(String name, PyCallable impl) {
        return new BuiltinFunction(name, (a, k) -> {
            try {
                return impl.call(a, k);
            } catch (PyException e) {
                throw e;
            } catch (RuntimeException e) {
                throw Interop.toPy(e);
            }
        });
    }

    /** A loop attribute, or null. */
    static Object attr(EventLoop loop, String name, Interpreter fallback) {
        LoopPolicy.State state = LoopPolicy.state(loop, fallback);
        Interpreter interp = state.interp;
        return switch (name) {
            case "time" -> fn(name, (a, k) -> loop.time());
            case "create_future" -> fn(name, (a, k) -> loop.createFuture());
            case "create_task" -> fn(name, (a, k) -> {
                Object n = Args.kwarg(a, k, "name", PyNone.NONE);
                Mono<?> coro = coroutine(dev.tauraro.script.runtime.PyCoroutine.asTask(a[0]), "create_task");
                return n == PyNone.NONE ? loop.createTask(coro) : loop.createTask(coro, Ops.str(n));
            });
            case "call_soon" -> fn(name, (a, k) -> loop.callSoon(callback(state, a, k, 0, name)));
            case "call_soon_threadsafe" -> fn(name, (a, k) -> loop.callSoonThreadsafe(
                    callback(state, a, k, 0, name)));
            case "call_later" -> fn(name, (a, k) -> {
                if (a[0] == PyNone.NONE) {
                    throw Exceptions.typeError("delay must not be None");
                }
                double delay = number(a[0]);
                return loop.callLater(delay, callback(state, a, k, 1, name));
            });
            case "call_at" -> fn(name, (a, k) -> {
                if (a[0] == PyNone.NONE) {
                    throw Exceptions.typeError("when cannot be None");
                }
                double when = number(a[0]);
                return loop.callAt(when, callback(state, a, k, 1, name));
            });
            case "run_in_executor" -> fn(name, (a, k) -> runInExecutor(loop, state, a));
            case "run_until_complete" -> fn(name, (a, k) -> {
                Mono<?> m = a[0] instanceof Future<?> f ? f : Interop.awaitable(a[0]);
                return Interop.toPy((Object) loop.runUntilComplete(m));
            });
            case "run_forever" -> fn(name, (a, k) -> {
                loop.runForever();
                return PyNone.NONE;
            });
            case "stop" -> fn(name, (a, k) -> {
                loop.stop();
                return PyNone.NONE;
            });
            case "close" -> fn(name, (a, k) -> {
                loop.close();
                return PyNone.NONE;
            });
            case "is_running" -> fn(name, (a, k) -> loop.isRunning());
            case "is_closed" -> fn(name, (a, k) -> loop.isClosed());
            case "get_debug" -> fn(name, (a, k) -> state.debug);
            case "set_debug" -> fn(name, (a, k) -> {
                state.debug = Ops.truthy(a[0]);
                return PyNone.NONE;
            });
            case "slow_callback_duration" -> 0.1;
            case "get_exception_handler" -> fn(name, (a, k) -> state.handler);
            case "set_exception_handler" -> fn(name, (a, k) -> {
                Object h = a[0];
                if (h != PyNone.NONE && !isCallable(h)) {
                    throw Exceptions.typeError("A callable object or None is expected, got " + Ops.repr(h));
                }
                state.handler = h;
                return PyNone.NONE;
            });
            case "call_exception_handler" -> fn(name, (a, k) -> {
                LoopPolicy.callExceptionHandler(loop, state, (PyDict) a[0]);
                return PyNone.NONE;
            });
            case "default_exception_handler" -> fn(name, (a, k) -> {
                LoopPolicy.defaultHandler(interp, (PyDict) a[0]);
                return PyNone.NONE;
            });
            case "shutdown_asyncgens" -> fn(name, (a, k) -> Mono.just(PyNone.NONE));
            case "add_signal_handler" -> fn(name, (a, k) -> LoopSignals.add(interp, loop, state, a, k));
            case "remove_signal_handler" -> fn(name, (a, k) -> LoopSignals.remove(interp, state, a[0]));
            case "create_connection" -> fn(name, (a, k) -> AsyncioProtocols.createConnection(interp, a, k));
            case "create_server" -> fn(name, (a, k) -> AsyncioProtocols.createServer(interp, a, k));
            case "create_unix_connection" -> fn(name, (a, k) -> AsyncioProtocols.createUnixConnection(interp, a, k));
            case "create_unix_server" -> fn(name, (a, k) -> AsyncioProtocols.createUnixServer(interp, a, k));
            case "start_tls" -> fn(name, (a, k) -> AsyncioProtocols.startTls(interp, a, k));
            case "create_datagram_endpoint" -> fn(name, (a, k) -> AsyncioProtocols.createDatagramEndpoint(interp, a, k));
            case "shutdown_default_executor" -> fn(name, (a, k) -> loop.shutdownDefaultExecutor()
                    .then(Mono.just(PyNone.NONE)));
            default -> null;
        };
    }

    /** {@code loop.run_in_executor(executor, func, *args)}: an asyncio future of this loop. */
    private static Object runInExecutor(EventLoop loop, LoopPolicy.State state, Object[] a) {
        if (loop.isClosed()) {
            throw Exceptions.newException(Exceptions.RUNTIME_ERROR, "Event loop is closed");
        }
        Object executor = a[0];
        Object func = a[1];
        Object[] args = Arrays.copyOfRange(a, 2, a.length);
        if (state.debug) {
            checkCallback(func, "run_in_executor");
        }
        if (executor == PyNone.NONE) {
            return ScriptJobs.submit(loop, state.interp, func, args, null);
        }
        Object[] submitArgs = new Object[args.length + 1];
        submitArgs[0] = func;
        System.arraycopy(args, 0, submitArgs, 1, args.length);
        Object cf = Ops.callKw(Ops.getAttr(executor, "submit"), submitArgs, null);
        return wrapConcurrent(loop, cf);
    }

    /**
     * {@code asyncio.wrap_future(cf)} for a script {@code concurrent.futures.Future}: a future of
     * {@code loop} that takes cf's outcome, and whose cancellation cancels cf (as CPython's
     * {@code _chain_future}).
     */
    static Future<Object> wrapConcurrent(EventLoop loop, Object cf) {
        CompletableFuture<Object> bridge = new CompletableFuture<>();
        Future<Object> f = loop.wrapFuture(bridge);
        bridge.whenComplete((v, e) -> {
            if (e instanceof java.util.concurrent.CancellationException) {
                Ops.call(Ops.getAttr(cf, "cancel")); // on the loop thread: the asyncio side was cancelled
            }
        });
        Ops.call(Ops.getAttr(cf, "add_done_callback"), new BuiltinFunction("_call_set_state", (a, k) -> {
            Object done = a[0];
            if (Ops.truthy(Ops.call(Ops.getAttr(done, "cancelled")))) {
                bridge.cancel(false);
                return PyNone.NONE;
            }
            Object exc = Ops.call(Ops.getAttr(done, "exception"));
            if (exc != PyNone.NONE) {
                bridge.completeExceptionally(Interop.raiseable(exc));
            } else {
                bridge.complete(Ops.call(Ops.getAttr(done, "result")));
            }
            return PyNone.NONE;
        }));
        return f;
    }

    /**
     * A coroutine argument for create_task: script coroutines and the Monos of asyncio's own
     * functions; anything else is CPython's TypeError.
     */
    static Mono<?> coroutine(Object o, String what) {
        if (o instanceof Mono<?> m && !(o instanceof Future)) {
            return m;
        }
        throw Exceptions.typeError("a coroutine was expected, got " + Ops.repr(o));
    }

    private static double number(Object o) {
        if (o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof java.math.BigInteger) {
            return Ops.toDouble(o);
        }
        throw Exceptions.typeError("unsupported operand type(s) for +: 'float' and '" + Ops.typeName(o) + "'");
    }

    /** The callback of call_soon/call_later/call_at with its arguments, checked as CPython does. */
    private static Callback callback(LoopPolicy.State state, Object[] a, String[] k, int at, String method) {
        int nk = k == null ? 0 : k.length;
        for (int i = 0; i < nk; i++) {
            if (!k[i].equals("context")) {
                throw Exceptions.typeError(method + "() got an unexpected keyword argument '" + k[i] + "'");
            }
        }
        Object fn = a[at];
        if (state.debug) { // CPython checks callbacks in debug mode only; otherwise calling them fails later
            checkCallback(fn, method);
        }
        return new Callback(fn, Arrays.copyOfRange(a, at + 1, a.length - nk));
    }

    /** CPython's {@code BaseEventLoop._check_callback}. */
    private static void checkCallback(Object fn, String method) {
        if (fn instanceof Mono || isCoroutineFunction(fn)) {
            throw Exceptions.typeError("coroutines cannot be used with " + method + "()");
        }
        if (!isCallable(fn)) {
            throw Exceptions.typeError("a callable object was expected by " + method + "(), got " + Ops.repr(fn));
        }
    }

    static boolean isCallable(Object o) {
        return o instanceof PyCallable || o instanceof PyInstance i && i.type().lookup("__call__") != null;
    }

    private static boolean isCoroutineFunction(Object o) {
        Object f = o instanceof BoundMethod b ? b.function : o;
        return f instanceof PyFunction pf && pf.code.kind == Code.Kind.COROUTINE;
    }

    /** A script callable with its arguments, shown as CPython's handles show it: {@code cb(1, 'x')}. */
    static final class Callback implements Runnable {
        final Object fn;
        final Object[] args;

        Callback(Object fn, Object[] args) {
            this.fn = fn;
            this.args = args;
        }

        @Override
        public void run() {
            Ops.callKw(fn, args, null);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(name(fn)).append('(');
            for (int i = 0; i < args.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(Ops.repr(args[i]));
            }
            sb.append(')');
            // CPython's _get_function_source: plain functions only (not bound methods)
            if (fn instanceof PyFunction f && f.code.firstLine > 0) {
                sb.append(" at ").append(f.code.filename).append(':').append(f.code.firstLine);
            }
            return sb.toString();
        }

        private static String name(Object fn) {
            for (String attr : new String[] {"__qualname__", "__name__"}) {
                try {
                    Object n = Ops.getAttrOrNull(fn, attr);
                    if (n instanceof String s && !s.isEmpty()) {
                        return s;
                    }
                } catch (PyException e) {
                    // fall through to the next way of naming it
                }
            }
            return fn instanceof BuiltinFunction b ? b.name() : Ops.repr(fn);
        }
    }
}
