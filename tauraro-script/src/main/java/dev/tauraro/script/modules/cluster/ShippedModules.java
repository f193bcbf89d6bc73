package dev.tauraro.script.modules.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * On a worker member: the script modules a pool's job carries, written to a directory of their
 * own ({@code N/relative/path.py} for entry N of the caller's {@code sys.path}), which the pool's
 * interpreter searches before that entry. Each directory is deleted when the member forgets the
 * pool, and whatever is left when the member's JVM exits.
 */
final class ShippedModules {
    private static final Set<Path> WRITTEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> WRITTEN.forEach(ShippedModules::delete),
                "tauraro-shipped-modules-cleanup"));
    }

    private ShippedModules() {
    }

    /** Writes the job's modules into a new temporary directory and returns it. */
    static Path write(ScriptJob job) {
        try {
            Path root = Files.createTempDirectory("tauraro-pool-");
            WRITTEN.add(root);
            for (ScriptJob.Module m : job.modules()) {
                Path file = root.resolve(Integer.toString(m.entry())).resolve(m.relative()).normalize();
                if (!file.startsWith(root)) {
                    continue; // only ever below the root, whatever the job says
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, m.source());
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pool's modules on this member: " + e.getMessage(), e);
        }
    }

    /** Deletes a directory {@link #write} made (nothing else). */
    static void delete(Path root) {
        if (!WRITTEN.remove(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // already gone, or a file in use: the temporary directory's owner cleans up later
        }
    }
}
