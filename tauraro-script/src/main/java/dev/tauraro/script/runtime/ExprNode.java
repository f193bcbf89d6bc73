package dev.tauraro.script.runtime;

/**
 * A compiled expression: evaluating it yields a value. In generator and coroutine bodies it may
 * yield {@link Frame#SUSPEND} instead, after storing what it waits on in the frame; evaluating it
 * again later resumes it.
 */
public abstract class ExprNode {
    public abstract Object eval(Frame f);
}
