package dev.tauraro.script.modules.cluster;

/**
 * A script task's exception on its way from a worker member back to the caller: the exception
 * pickled there, unpickled by the caller ({@link ScriptRunner}) and raised as itself. When it
 * could not be pickled, {@code pickled} is null and the caller raises a RuntimeError with the
 * worker's traceback.
 */
final class RemoteScriptError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final byte[] pickled;

    RemoteScriptError(byte[] pickled, String traceback) {
        super(traceback, null, false, false);
        this.pickled = pickled;
    }
}
