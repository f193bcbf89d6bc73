package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one jar bin/tauraro runs from serves what the class path of separate jars served. */
class ClassPathJarTest {
    @TempDir
    Path dir;

    @Test
    void theFirstJarsEntryWinsAsOnAClassPath() throws IOException {
        Path a = jar("a.jar", false, Map.of("p/Shared.txt", "from a", "p/OnlyA.txt", "a"));
        Path b = jar("b.jar", false, Map.of("p/Shared.txt", "from b", "p/OnlyB.txt", "b"));
        try (JarFile merged = merge(a, b)) {
            assertThat(text(merged, "p/Shared.txt")).isEqualTo("from a");
            assertThat(text(merged, "p/OnlyA.txt")).isEqualTo("a");
            assertThat(text(merged, "p/OnlyB.txt")).isEqualTo("b");
        }
    }

    @Test
    void serviceRegistrationsAndNettysVersionTableAreJoined() throws IOException {
        Path a = jar("a.jar", false, Map.of("META-INF/services/x.Service", "a.One\na.Two\n",
                "META-INF/io.netty.versions.properties", "netty-a.version=1"));
        Path b = jar("b.jar", false, Map.of("META-INF/services/x.Service", "# comment\nb.Three\na.Two",
                "META-INF/io.netty.versions.properties", "netty-b.version=2"));
        try (JarFile merged = merge(a, b)) {
            assertThat(text(merged, "META-INF/services/x.Service").split("\n"))
                    .containsExactly("a.One", "a.Two", "# comment", "b.Three");
            assertThat(text(merged, "META-INF/io.netty.versions.properties"))
                    .isEqualTo("netty-a.version=1\nnetty-b.version=2\n");
        }
    }

    @Test
    void versionedEntriesCountOnlyFromMultiReleaseJarsAndTheMergedJarIsOne() throws IOException {
        Path mr = jar("mr.jar", true, Map.of("q/C.txt", "base", "META-INF/versions/11/q/C.txt", "eleven"));
        Path plain = jar("plain.jar", false, Map.of("r/D.txt", "base", "META-INF/versions/11/r/D.txt", "inert"));
        try (JarFile merged = merge(mr, plain)) {
            assertThat(merged.isMultiRelease()).isTrue();
            assertThat(text(merged, "q/C.txt")).isEqualTo("eleven"); // as the multi-release jar served it
            assertThat(text(merged, "r/D.txt")).isEqualTo("base"); // the plain jar never served its copy
            assertThat(merged.getJarEntry("META-INF/versions/11/r/D.txt")).isNull();
        }
    }

    @Test
    void manifestsSignaturesAndModuleDescriptorsAreLeftOut() throws IOException {
        Path a = jar("a.jar", true, Map.of("module-info.class", "m", "META-INF/versions/9/module-info.class", "m9",
                "META-INF/SIGNER.SF", "sig", "META-INF/SIGNER.RSA", "sig", "META-INF/INDEX.LIST", "index",
                "p/Kept.txt", "k"));
        try (JarFile merged = merge(a)) {
            assertThat(merged.stream().map(JarEntry::getName))
                    .containsExactlyInAnyOrder("META-INF/MANIFEST.MF", "p/Kept.txt");
            assertThat(merged.getManifest().getMainAttributes().getValue(Attributes.Name.MULTI_RELEASE)).isEqualTo("true");
        }
    }

    private JarFile merge(Path... jars) throws IOException {
        Path out = dir.resolve("merged.jar");
        ClassPathJar.merge(List.of(jars), out);
        return new JarFile(out.toFile(), true, JarFile.OPEN_READ, Runtime.version());
    }

    private Path jar(String name, boolean multiRelease, Map<String, String> entries) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (multiRelease) {
            m.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
        }
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, m)) {
            for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static String text(JarFile jar, String name) throws IOException {
        JarEntry entry = jar.getJarEntry(name);
        assertThat(entry).as(name).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
