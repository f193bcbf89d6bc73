package dev.tauraro.script.modules.cluster;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What a worker member needs to run one script pool's tasks, as a spawned child gets it from its
 * parent: the main module's source (re-run there as {@code __mp_main__}), the parent's
 * {@code sys.path}, and the pickled {@code (initializer, initargs)}. Travels with every task; a
 * member builds the pool's state once, on the first task of {@code id}.
 */
record ScriptJob(UUID id, String file, String source, List<String> path, byte[] initializer)
        implements Serializable {
    /** The entry of {@link #path} that stands for the bundled library, wherever a member has it. */
    static final String LIBRARY = "<tauraro library>";
}
