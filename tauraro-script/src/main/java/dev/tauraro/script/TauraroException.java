package dev.tauraro.script;

/**
 * An exception a script raised (or a syntax error in its source), as it reaches Java code.
 *
 * <p>Every script failure comes out of {@link Tauraro} as this one type: {@link #pythonType()}
 * names the Python class ({@code "ValueError"}, {@code "SyntaxError"}, {@code "mymodule.MyError"}),
 * {@link #pythonMessage()} is {@code str(exception)}, and {@link #traceback()} is the traceback
 * exactly as {@code python3} would print it for an uncaught exception. {@link #getMessage()} is
 * {@code "ValueError: bad value"}, the traceback's last line.
 *
 * <pre>{@code
 * try {
 *     tauraro.exec("int('x')");
 * } catch (TauraroException e) {
 *     e.pythonType();     // "ValueError"
 *     e.pythonMessage();  // "invalid literal for int() with base 10: 'x'"
 * }
 * }</pre>
 *
 * <p>A Java exception thrown by a Java method a script called is the {@linkplain #getCause()
 * cause} when the script did not catch it.
 */
public final class TauraroException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pythonType;
    private final String pythonMessage;
    private final String traceback;
    /** The script exception this reports, re-raised when it passes back into a script (a callback's failure). */
    final transient dev.tauraro.script.runtime.PyException original;

    TauraroException(String pythonType, String pythonMessage, String traceback, Throwable cause,
                     dev.tauraro.script.runtime.PyException original) {
        super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage, cause);
        this.original = original;
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
        this.traceback = traceback;
    }

    /** The Python class name, module-qualified unless it is a built-in or from {@code __main__}. */
    public String pythonType() {
        return pythonType;
    }

    /** {@code str(exception)}: the message without the type name; may be empty. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The whole traceback as {@code python3} prints it, ending with the {@code Type: message} line. */
    public String traceback() {
        return traceback;
    }
}
