package dev.tauraro.script.modules.files;

import dev.tauraro.script.runtime.BuiltinFunction;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyDerived;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.runtime.PyNone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code _os.symlink}, {@code readlink}, {@code link} and {@code realpath}: the symbolic and hard
 * link calls over {@link Files}, with CPython's OSError subclasses and its two-name messages
 * ({@code [Errno 17] File exists: 'a' -> 'b'}).
 */
final class OsLinks {
    private OsLinks() {
    }

    static void install(PyModule m, OsState os) {
        m.set("symlink", new BuiltinFunction("symlink", (a, k) -> {
            // the link holds the source text as written; only the link's own name resolves
            Path link = os.resolve(OsState.pathString(a[1]));
            try {
                Files.createSymbolicLink(link, Path.of(OsState.pathString(a[0])));
            } catch (IOException e) {
                throw OsErrors.of(e, a[0], a[1]);
            }
            return PyNone.NONE;
        }));
        m.set("link", new BuiltinFunction("link", (a, k) -> {
            try {
                Files.createLink(os.resolve(OsState.pathString(a[1])), os.resolve(OsState.pathString(a[0])));
            } catch (IOException e) {
                throw OsErrors.of(e, a[0], a[1]);
            }
            return PyNone.NONE;
        }));
        m.set("readlink", new BuiltinFunction("readlink", (a, k) -> {
            String target;
            try {
                target = Files.readSymbolicLink(os.resolve(OsState.pathString(a[0]))).toString();
            } catch (IOException e) {
                throw OsErrors.of(e, a[0]);
            }
            return PyDerived.unwrap(OsState.fspath(a[0])) instanceof PyBytes
                    ? new PyBytes(OsState.fsencode(target)) : target;
        }));
        m.set("realpath", new BuiltinFunction("realpath",
                (a, k) -> {
                    String p = OsState.pathString(a[0]); // once: a path-like's __fspath__ runs once
                    return realpath(os.resolve(p.isEmpty() ? "." : p).toAbsolutePath()); // realpath('') is the cwd
                }));
    }

    /**
     * CPython's non-strict {@code realpath}: each component that is a symbolic link is replaced by
     * its target, even when the target does not exist; a missing component stays as written; in a
     * loop of links the rest of the path is left unresolved after the link that closes it.
     */
    private static String realpath(Path absolute) {
        Path root = absolute.getRoot();
        Deque<String> names = new ArrayDeque<>();
        for (Path n : root.relativize(absolute)) {
            names.add(n.toString());
        }
        return resolve(root, names, new HashMap<>(), new boolean[1]).toString();
    }

    /**
     * Resolves {@code names} from {@code base}. {@code seen} maps each link met to its resolution,
     * or to null while it is being resolved: meeting it then is a loop, which sets {@code loop[0]}
     * and ends every level with its remaining names joined as written.
     */
    private static Path resolve(Path base, Deque<String> names, Map<Path, Path> seen, boolean[] loop) {
        Path root = base.getRoot();
        while (!names.isEmpty()) {
            String name = names.poll();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                base = base.getParent() == null ? base : base.getParent();
                continue;
            }
            Path next = base.resolve(name);
            if (!Files.isSymbolicLink(next)) {
                base = next;
                continue;
            }
            if (seen.containsKey(next)) {
                Path done = seen.get(next);
                if (done == null) {
                    loop[0] = true;
                    return join(next, names);
                }
                base = done;
                continue;
            }
            Path target;
            try {
                target = Files.readSymbolicLink(next);
            } catch (IOException e) {
                base = next;
                continue;
            }
            seen.put(next, null);
            Deque<String> targetNames = new ArrayDeque<>();
            for (Path n : target) {
                targetNames.add(n.toString());
            }
            Path resolved = resolve(target.isAbsolute() ? root : base, targetNames, seen, loop);
            if (loop[0]) {
                return join(resolved, names);
            }
            seen.put(next, resolved);
            base = resolved;
        }
        return base;
    }

    private static Path join(Path p, Deque<String> names) {
        for (String n : names) {
            p = p.resolve(n);
        }
        return p.normalize();
    }
}
