package dev.tauraro.script.modules;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The sources of the library modules written in the script language ({@code lib/**.py} in this
 * jar). Where a cache directory is set ({@code tauraro.cache.dir}, which {@code bin/tauraro} empties
 * whenever the jar changes) they are copied there once, all together, and read as plain files
 * afterwards; otherwise, and when this class does not come from a jar, they are read as class
 * path resources.
 *
 * <p>Why: a resource lookup asks the JDK's boot modules first and then opens the class path's jars
 * in order (reading each one's central directory, interpreted at start-up), and a name that is no
 * library module opened every jar on the class path. Reading lib's sources that way was about a
 * sixth of {@code import logging} on a JDK whose archive has already loaded every class.
 */
final class LibrarySources {
    private static final String RESOURCES = "dev/tauraro/script/lib/";
    /** Written after every file is in place: a directory without it is still being filled, or was never. */
    private static final String COMPLETE = ".complete";
    private static volatile Path copied;
    /** Whether {@link #copy} has run in this process (and found no directory when {@link #copied} is null). */
    private static volatile boolean tried;

    private LibrarySources() {
    }

    /** The text of {@code lib/<path>} (such as {@code json/tool.py}), or null when there is no such module. */
    static String read(String path) {
        Path dir = cacheDirectory();
        try (InputStream in = dir != null ? open(dir.resolve(path)) : resource(path)) {
            if (in == null && dir != null && !Files.isRegularFile(dir.resolve(COMPLETE))) {
                copied = null; // the directory went away under this process: resources serve
                return read(path);
            }
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** The directory the sources are read from, copying them there on first use; null when resources serve. */
    private static Path cacheDirectory() {
        return tried ? copied : copy();
    }

    /** Whether {@code lib/<path>} is a directory (a library package's submodules). */
    static boolean isDirectory(String path) {
        Path dir = cacheDirectory();
        return dir != null ? Files.isDirectory(dir.resolve(path))
                : LibrarySources.class.getResource("/" + RESOURCES + path + "/") != null;
    }

    /** The directory {@code lib/<path>} on disk (in the cache directory), or null when there is none. */
    static Path onDisk(String path) {
        Path dir = cacheDirectory();
        Path d = dir == null ? null : dir.resolve(path);
        return d != null && Files.isDirectory(d) ? d : null;
    }

    private static InputStream resource(String path) {
        return LibrarySources.class.getResourceAsStream("/" + RESOURCES + path);
    }

    /** A file's stream, or null when it does not exist. FileInputStream: a file channel's first use loads nio's native library. */
    private static InputStream open(Path file) throws IOException {
        try {
            return new FileInputStream(file.toFile());
        } catch (java.io.FileNotFoundException missing) {
            return null;
        }
    }

    /**
     * The directory holding lib's sources, copying them out of the jar the first time; null when
     * there is no cache directory, this class is not in a jar, or the copy failed (then resources serve).
     */
    private static synchronized Path copy() {
        if (tried) {
            return copied;
        }
        tried = true;
        String cache = System.getProperty("tauraro.cache.dir");
        if (cache == null || cache.isEmpty()) {
            return null;
        }
        Path dir = Path.of(cache, "lib");
        if (Files.isRegularFile(dir.resolve(COMPLETE))) {
            return copied = dir;
        }
        try {
            var source = LibrarySources.class.getProtectionDomain().getCodeSource();
            Path jar = source == null ? null : Path.of(source.getLocation().toURI());
            if (jar == null || !Files.isRegularFile(jar)) {
                return null;
            }
            return copied = copyOut(jar, dir);
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return null; // a read-only or full disk: resources serve, as without a cache directory
        }
    }

    /** Copies every {@code lib/} file of {@code jar} into {@code dir}, then marks the copy complete; returns {@code dir}. */
    static Path copyOut(Path jar, Path dir) throws IOException {
        dir = dir.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(RESOURCES)) {
                    continue;
                }
                Path file = dir.resolve(name.substring(RESOURCES.length())).normalize();
                if (!file.startsWith(dir)) {
                    throw new IOException("outside the library: " + name);
                }
                Files.createDirectories(file.getParent());
                // each file under a temporary name, then renamed: a run copying at the same time
                // never reads half a file
                Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.write(dir.resolve(COMPLETE), new byte[0]);
        return dir;
    }
}
