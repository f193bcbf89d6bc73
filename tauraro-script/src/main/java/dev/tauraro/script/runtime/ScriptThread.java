package dev.tauraro.script.runtime;

/**
 * A thread started by the interpreter (the main script's, {@code threading}'s): it carries its
 * {@link CallDepth} in a field, so counting frames costs no thread-local lookup.
 */
public final class ScriptThread extends Thread {
    final CallDepth callDepth = new CallDepth();

    public ScriptThread(Runnable body, String name, long stackSize) {
        super(null, body, name, stackSize);
        CallDepth.register(this, callDepth);
    }
}
