package dev.tauraro.script.cli;

import dev.tauraro.script.syntax.GrammarClasses;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * Writes the one jar {@code bin/tauraro} runs from: Parboiled's generated grammar classes
 * ({@link GrammarClasses}) and the entries of the script jar and its dependencies, once per build.
 *
 * <p>Why one jar: the JVM's start-up pays for every class path entry. Mapping the AOT cache
 * (JDK 25) validates each jar and sets up a protection domain and manifest per jar for the classes
 * it loads from them, and the first lookup of a class or resource that is not in the cache (the
 * JDK's logger finder, which JLine's native loader asks for before the prompt; Reactor's probe
 * for SLF4J when asyncio starts) opens and indexes every jar in turn. With the 56 jars of the
 * dependencies that was 20 ms of every start and 50-80 ms of each asyncio script's and of the
 * prompt's; one jar is opened and indexed once.
 *
 * <p>The merge keeps what a class path of separate jars would give: an entry is taken from the
 * first jar that has it (class path order), service registrations ({@code META-INF/services})
 * and Netty's version table are joined from all, a jar's {@code META-INF/versions/} entries count
 * only where that jar is a multi-release jar (the merged one is), and manifests, signatures and
 * {@code module-info} classes are left out (the merged jar is run on the class path only).
 */
public final class ClassPathJar {
    /** Resources that each jar contributes to rather than shadows: readers ask for all of them. */
    private static final String SERVICES = "META-INF/services/";

    private static final String NETTY_VERSIONS = "META-INF/io.netty.versions.properties";

    private ClassPathJar() {
    }

    /** {@code ClassPathJar OUT.jar JAR...}: writes OUT.jar from the grammar classes and the jars, in order. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).toAbsolutePath();
        Path grammar = Files.createTempFile(out.getParent(), "grammar", ".jar");
        try {
            GrammarClasses.write(grammar);
            List<Path> jars = new ArrayList<>();
            jars.add(grammar);
            for (int i = 1; i < args.length; i++) {
                jars.add(Path.of(args[i]));
            }
            int n = merge(jars, out);
            System.out.println("ClassPathJar: " + n + " entries from " + jars.size() + " jars in " + out);
        } finally {
            Files.deleteIfExists(grammar);
        }
    }

    /**
     * Writes {@code out} (under a temporary name, then renamed: a concurrent start never sees half
     * a jar) from {@code jars}; returns the number of entries.
     */
    static int merge(List<Path> jars, Path out) throws IOException {
        Set<String> written = new HashSet<>();
        Map<String, Set<String>> joined = new LinkedHashMap<>();
        Path tmp = Files.createTempFile(out.getParent(), out.getFileName().toString(), ".tmp");
        try (JarOutputStream zip = new JarOutputStream(Files.newOutputStream(tmp), manifest())) {
            // the fastest level: a tenth of the time of the default for a jar a fifth larger
            zip.setLevel(Deflater.BEST_SPEED);
            written.add(JarFile.MANIFEST_NAME);
            for (Path jar : jars) {
                copy(jar, zip, written, joined);
            }
            for (Map.Entry<String, Set<String>> e : joined.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write((String.join("\n", e.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                written.add(e.getKey());
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            // readable by all, as the jars it is made from (a temporary file starts private)
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: its default permissions
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return written.size();
    }

    private static Manifest manifest() {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
        return m;
    }

    private static void copy(Path jar, JarOutputStream zip, Set<String> written, Map<String, Set<String>> joined)
            throws IOException {
        try (JarFile in = new JarFile(jar.toFile())) {
            boolean multiRelease = in.isMultiRelease();
            for (JarEntry entry : (Iterable<JarEntry>) in.stream()::iterator) {
                String name = entry.getName();
                if (entry.isDirectory() || left(name, multiRelease)) {
                    continue;
                }
                if ((name.startsWith(SERVICES) && name.indexOf('/', SERVICES.length()) < 0) || name.equals(NETTY_VERSIONS)) {
                    Set<String> lines = joined.computeIfAbsent(name, k -> new LinkedHashSet<>());
                    try (InputStream s = in.getInputStream(entry)) {
                        for (String line : new String(s.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                            if (!line.isBlank()) {
                                lines.add(line);
                            }
                        }
                    }
                    continue;
                }
                if (!written.add(name)) {
                    continue; // a later jar's copy, shadowed on a class path too
                }
                zip.putNextEntry(new ZipEntry(name));
                try (InputStream s = in.getInputStream(entry)) {
                    s.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** Entries a class path of separate jars would not serve from this jar, or that mean nothing merged. */
    private static boolean left(String name, boolean multiRelease) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals("META-INF/MANIFEST.MF") || upper.equals("META-INF/INDEX.LIST")
                || (upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0
                        && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")))
                || name.endsWith("module-info.class")
                || (!multiRelease && name.startsWith("META-INF/versions/"));
    }
}
