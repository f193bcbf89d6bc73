package dev.tauraro.script.runtime;

/**
 * A {@link NativeValue} whose methods a call site ({@code obj.name(...)}) calls directly: a fixed
 * set of names, no instance attributes that could shadow them, no subclasses. The site then makes
 * no bound method object per call and skips the generic attribute lookup, which for {@code
 * m.group(1)} in a function given to {@code re.sub} was a tenth of the run.
 */
public interface NativeMethods extends NativeValue {
    /**
     * Whether {@code name} is one of the methods; {@link #callMethod} then takes it. The answer
     * depends on the class and the name only: call sites keep it per class.
     */
    boolean hasMethod(String name);

    /** {@code self.name(*args, **kw)} for a name {@link #hasMethod} accepts. */
    Object callMethod(String name, Object[] args, String[] kwnames);
}
