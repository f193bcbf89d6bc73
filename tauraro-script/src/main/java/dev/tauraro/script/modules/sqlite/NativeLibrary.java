package dev.tauraro.script.modules.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Where the driver finds SQLite's native library: unpacked once into bin/tauraro's cache folder
 * ({@code tauraro.cache.dir}, one per installation and emptied when the jar changes, as
 * {@code cli/SystemTerminal} keeps JLine's) and named to the driver by its
 * {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} properties.
 *
 * <p>Why: left to itself the driver, at each JVM's first connection, starts a process to identify
 * the platform, then copies the library out of the jar into {@code java.io.tmpdir} under a new name
 * and checks it by MD5: measured 0.5 to 0.9 s of a script's first {@code import sqlite3} on the
 * project's (loaded) machine, against about 0.1 s loading the cached copy. Only the platforms whose
 * folder in the jar is plain to tell (glibc Linux, macOS; x86_64 and aarch64) take this way; on
 * any other, without a cache folder (Java embedding), when it cannot be written, or when the
 * user set the properties, the driver does as it always does.
 */
final class NativeLibrary {
    private static boolean prepared;

    private NativeLibrary() {
    }

    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        String resource = resourceForPlatform();
        if (resource == null) {
            return;
        }
        try {
            URL url = NativeLibrary.class.getClassLoader().getResource(resource);
            if (url == null) {
                return;
            }
            URLConnection connection = url.openConnection();
            long size = connection.getContentLengthLong();
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            String cache = System.getProperty("tauraro.cache.dir");
            if (cache == null || cache.isEmpty()) {
                return;
            }
            Path dir = Path.of(cache, "sqlite-native", "sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
            Path lib = dir.resolve(file.substring(0, dot) + "-" + size + file.substring(dot));
            if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "lib", ".tmp");
                try (InputStream in = connection.getInputStream()) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    // a concurrent start may have put the same bytes there: either copy is whole
                    Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", lib.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            // the driver unpacks the library into java.io.tmpdir itself
        }
    }

    /** The library's path in the driver's jar for this platform, or null when not plain to tell. */
    private static String resourceForPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = switch (System.getProperty("os.arch", "")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        if (arch == null) {
            return null;
        }
        if (os.startsWith("linux")) {
            if (Files.exists(Path.of("/lib/ld-musl-" + arch + ".so.1")) || System.getProperty("java.vm.vendor", "").contains("Android")) {
                return null; // the driver has musl and Android builds, which it tells apart itself
            }
            return "org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so";
        }
        if (os.startsWith("mac")) {
            return "org/sqlite/native/Mac/" + arch + "/libsqlitejdbc.dylib";
        }
        return null;
    }
}
