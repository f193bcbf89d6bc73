package dev.tauraro.script;

import dev.tauraro.script.ast.Stmt;
import dev.tauraro.script.runtime.Code;
import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.Ops;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.syntax.Parser;
import dev.tauraro.script.syntax.SourceFile;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Function;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;

/**
 * The javax.script engine: one {@link Tauraro} interpreter per engine.
 *
 * <p>Bindings: the engine scope of the engine's own context is the interpreter's {@code __main__}
 * namespace, and {@link #createBindings()} makes a further, separate namespace of the same
 * interpreter (its imported modules are shared, as in one Python process). Any other
 * {@link Bindings} given as engine scope are copied into a fresh namespace before the script runs
 * and the script's globals are copied back after. Global-scope bindings (the manager's) are
 * copied in for names the namespace does not bind.
 *
 * <p>{@code eval} returns the value of the script's last statement when that is an expression
 * (as an interactive prompt shows it), else null. The context's writer, error writer and reader
 * are the script's {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin}.
 */
final class TauraroScriptEngine extends AbstractScriptEngine implements Compilable, Invocable, AutoCloseable {
    private final ScriptEngineFactory factory;
    private final Tauraro tauraro;
    /** The context whose streams the interpreter uses: the one of the running eval, else the engine's. */
    private volatile ScriptContext streams;

    TauraroScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
        this.tauraro = Tauraro.builder()
                .stdout(ContextStreams.output(() -> streams().getWriter()))
                .stderr(ContextStreams.output(() -> streams().getErrorWriter()))
                .stdin(ContextStreams.input(() -> streams().getReader()))
                .build();
        context.setBindings(new ModuleBindings(tauraro, tauraro.mainModule()), ScriptContext.ENGINE_SCOPE);
    }

    private ScriptContext streams() {
        ScriptContext c = streams;
        return c != null ? c : context;
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    @Override
    public Bindings createBindings() {
        return new ModuleBindings(tauraro, tauraro.newNamespace());
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        Objects.requireNonNull(script, "script");
        SourceFile src = new SourceFile(fileName(ctx), script);
        return run(ctx, module -> tauraro.run(Tauraro.compile(src, Parser.parseFile(src), module), module));
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        return eval(readAll(reader), ctx);
    }

    private static String fileName(ScriptContext ctx) {
        Object name = ctx.getAttribute(ScriptEngine.FILENAME);
        return name == null ? "<string>" : name.toString();
    }

    private static String readAll(Reader reader) throws ScriptException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw scriptException(e);
        }
        return sb.toString();
    }

    /** Runs {@code body} in the namespace of {@code ctx}'s engine scope, with its streams, under the GIL. */
    private Object run(ScriptContext ctx, Function<PyModule, Object> body) throws ScriptException {
        Bindings engine = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        Bindings global = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
        ScriptContext saved = streams;
        streams = ctx;
        try {
            return tauraro.locked(() -> {
                boolean own = engine instanceof ModuleBindings mb && mb.owner == tauraro;
                PyModule module = own ? ((ModuleBindings) engine).module : tauraro.newNamespace();
                if (!own && engine != null) {
                    engine.forEach((k, v) -> module.set(k, tauraro.values().toPy(v)));
                }
                if (global != null) {
                    global.forEach((k, v) -> {
                        if (module.get(k) == null) {
                            module.set(k, tauraro.values().toPy(v));
                        }
                    });
                }
                try {
                    return body.apply(module);
                } finally {
                    if (!own && engine != null) {
                        module.toDict().forEach((k, v) -> {
                            if (!((String) k).startsWith("__")) {
                                engine.put((String) k, tauraro.values().toJava(v));
                            }
                        });
                    }
                }
            });
        } catch (TauraroException e) {
            throw scriptException(e);
        } finally {
            streams = saved;
        }
    }

    private static ScriptException scriptException(Exception e) {
        ScriptException s = new ScriptException(e.getMessage());
        s.initCause(e);
        return s;
    }

    // ------------------------------------------------------------------ Compilable

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        SourceFile src = new SourceFile(fileName(context), script);
        List<Stmt> ast;
        try {
            ast = tauraro.locked(() -> Parser.parseFile(src));
        } catch (TauraroException e) {
            throw scriptException(e);
        }
        return new CompiledScript() {
            /** Compiled code per namespace: code binds a module's global cells when compiled. */
            private final Map<PyModule, Code> compiled = new WeakHashMap<>();

            @Override
            public Object eval(ScriptContext ctx) throws ScriptException {
                return run(ctx, module -> {
                    Code code = compiled.computeIfAbsent(module, m -> Tauraro.compile(src, ast, m));
                    return tauraro.run(code, module);
                });
            }

            @Override
            public ScriptEngine getEngine() {
                return TauraroScriptEngine.this;
            }
        };
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(readAll(script));
    }

    // ------------------------------------------------------------------ Invocable

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        Objects.requireNonNull(name, "name");
        Object[] found = new Object[1];
        Object r = run(context, module -> {
            Object f = module.get(name);
            if (f == null) {
                return null;
            }
            found[0] = f;
            return tauraro.values().toJava(Ops.callKw(f, tauraro.toPy(args), null));
        });
        if (found[0] == null) {
            throw new NoSuchMethodException("no function '" + name + "' in the script");
        }
        return r;
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        Objects.requireNonNull(thiz, "thiz");
        Objects.requireNonNull(name, "name");
        Object[] found = new Object[1];
        Object r = run(context, module -> {
            Object self = tauraro.values().toPy(thiz);
            Object m = Ops.getAttrOrNull(self, name);
            if (m == null) {
                return null;
            }
            found[0] = m;
            return tauraro.values().toJava(Ops.callKw(m, tauraro.toPy(args), null));
        });
        if (found[0] == null) {
            throw new NoSuchMethodException("no method '" + name + "' on the object");
        }
        return r;
    }

    @Override
    public <T> T getInterface(Class<T> type) {
        return implement(null, type);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        Objects.requireNonNull(thiz, "thiz");
        return implement(thiz, type);
    }

    /**
     * An implementation of {@code type} calling the script's functions (or {@code thiz}'s methods)
     * named like its abstract methods; null when one of them is missing, as javax.script asks.
     */
    private <T> T implement(Object thiz, Class<T> type) {
        if (type == null || !type.isInterface()) {
            throw new IllegalArgumentException("an interface is required, not " + type);
        }
        Object target = thiz == null ? null : tauraro.values().toPy(thiz);
        PyModule module = context.getBindings(ScriptContext.ENGINE_SCOPE) instanceof ModuleBindings mb
                && mb.owner == tauraro ? mb.module : tauraro.mainModule();
        boolean complete = tauraro.locked(() -> {
            for (Method m : type.getMethods()) {
                if (Modifier.isAbstract(m.getModifiers())
                        && (target == null ? module.get(m.getName()) : Ops.getAttrOrNull(target, m.getName())) == null) {
                    return false;
                }
            }
            return true;
        });
        if (!complete) {
            return null;
        }
        return tauraro.values().proxy(type, (method, args) -> {
            Object f = target == null ? module.get(method.getName()) : Ops.getAttr(target, method.getName());
            if (f == null) {
                throw Exceptions.newException(Exceptions.NAME_ERROR, "name '" + method.getName() + "' is not defined");
            }
            return Ops.callKw(f, args, null);
        });
    }

    /** Stops the engine's interpreter (its threads, pools and timers). */
    @Override
    public void close() {
        tauraro.close();
    }
}
