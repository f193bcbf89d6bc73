package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyModule;

/**
 * The Python modules implemented in Java. Each one is created on first import (so start-up
 * loads none of them) and has one binding file.
 */
public final class Modules {
    private Modules() {
    }

    /** A new instance of the named module for {@code interp}, or null if it is not built in. */
    public static PyModule create(String name, Interpreter interp) {
        return switch (name) {
            case "asyncio" -> AsyncioModule.create(interp);
            case "multiprocessing" -> MultiprocessingModule.create(interp);
            case "_thread" -> ThreadModule.create(interp);
            case "threading" -> ThreadModule.threading(interp);
            case "sys" -> SysModule.create(interp);
            case "time" -> TimeModule.create(interp);
            case "math" -> MathModule.create(interp);
            case "typing" -> TypingModule.create(interp);
            default -> null;
        };
    }
}
