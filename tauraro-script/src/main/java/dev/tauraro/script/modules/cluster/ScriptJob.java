package dev.tauraro.script.modules.cluster;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What a worker member needs to run one script pool's tasks, as a spawned child gets it from its
 * parent: the main module's source (re-run there as {@code __mp_main__}), the parent's
 * {@code sys.path}, the sources of the script's own modules imported when the pool was made
 * ({@link #modules}, so that a member on another machine needs no copy of the script's files), and
 * the pickled {@code (initializer, initargs)}. Travels with every task (once per message); a
 * member builds the pool's state once, on the first task of {@code id}.
 */
record ScriptJob(UUID id, String file, String source, List<String> path, List<Module> modules, byte[] initializer)
        implements Serializable {
    /** The entry of {@link #path} that stands for the bundled library, wherever a member has it. */
    static final String LIBRARY = "<tauraro library>";

    /** A module's source file, as the path below entry {@code entry} of {@link #path} it was found at. */
    record Module(int entry, String relative, String source) implements Serializable {
    }
}
