package dev.tauraro.script.cli;

import dev.tauraro.script.runtime.Exceptions;
import dev.tauraro.script.runtime.PyCallable;

/**
 * The prompt's {@code exit} and {@code quit}: calling one raises {@code SystemExit} with the
 * optional code; showing one (typing {@code exit} alone) tells how to leave, as python3's do.
 */
record Quitter(String name) implements PyCallable {
    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (args.length > 1 || kwnames != null && kwnames.length > 0) {
            throw Exceptions.typeError(name + "() takes from 0 to 1 positional arguments but " + args.length
                    + " were given");
        }
        throw Exceptions.newException(Exceptions.SYSTEM_EXIT, args.length == 0 ? new Object[0] : args);
    }

    @Override
    public String toString() {
        return "Use " + name + "() or Ctrl-D (i.e. EOF) to exit";
    }
}
