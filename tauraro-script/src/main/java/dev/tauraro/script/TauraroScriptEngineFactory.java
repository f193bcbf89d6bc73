package dev.tauraro.script;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The javax.script (JSR-223) factory of Tauraro engines, found by {@code ScriptEngineManager}
 * under the names {@code tauraro} and {@code python}, the extension {@code py} and the MIME type
 * {@code text/x-python}.
 *
 * <pre>{@code
 * ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
 * engine.put("items", List.of(3, 1, 2));
 * engine.eval("def top(xs):\n    return max(xs)\n");
 * Object best = ((Invocable) engine).invokeFunction("top", engine.get("items"));   // 3L
 * }</pre>
 *
 * <p>Each engine is its own interpreter (see {@link Tauraro} for values, errors, threads and
 * closing; engines are {@link AutoCloseable}). The engine implements {@code Compilable} and
 * {@code Invocable}; script failures are {@code ScriptException}s whose cause is a
 * {@link TauraroException}. Its {@code THREADING} parameter is {@code MULTITHREADED}: calls from
 * several threads take turns under the interpreter's GIL, and what one script binds is seen by
 * the others.
 */
public final class TauraroScriptEngineFactory implements ScriptEngineFactory {
    private static final String VERSION = "0.1.0";

    /** For {@code ServiceLoader}. */
    public TauraroScriptEngineFactory() {
    }

    @Override
    public String getEngineName() {
        return "Tauraro";
    }

    @Override
    public String getEngineVersion() {
        return VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return List.of("py");
    }

    @Override
    public List<String> getMimeTypes() {
        return List.of("text/x-python", "text/python", "application/x-python");
    }

    @Override
    public List<String> getNames() {
        return List.of("tauraro", "python");
    }

    @Override
    public String getLanguageName() {
        return "python";
    }

    @Override
    public String getLanguageVersion() {
        return "3.11";
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.ENGINE -> getEngineName();
            case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
            case ScriptEngine.NAME -> "tauraro";
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
            case "THREADING" -> "MULTITHREADED";
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        StringBuilder sb = new StringBuilder("print('");
        for (char c : toDisplay.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.append("')").toString();
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements) + "\n";
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new TauraroScriptEngine(this);
    }
}
