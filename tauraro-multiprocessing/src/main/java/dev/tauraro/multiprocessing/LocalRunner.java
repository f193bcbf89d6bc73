package dev.tauraro.multiprocessing;

import java.util.concurrent.Callable;
import java.util.function.Function;

/** The default {@link TaskRunner}: the worker thread runs the work itself. */
final class LocalRunner implements TaskRunner {
    static final LocalRunner INSTANCE = new LocalRunner();

    private LocalRunner() {
    }

    @Override
    public void map(Function<Object, Object> fn, Object[] batch) {
        for (int i = 0; i < batch.length; i++) {
            batch[i] = fn.apply(batch[i]);
        }
    }

    @Override
    public Object call(Callable<?> fn) throws Exception {
        return fn.call();
    }
}
