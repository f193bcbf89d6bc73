package dev.tauraro.script.runtime;

/**
 * Something a script can call. Keyword arguments are the last {@code kwnames.length} entries of
 * {@code args}; {@code kwnames} is null when there are none.
 */
public interface PyCallable {
    Object call(Object[] args, String[] kwnames);
}
