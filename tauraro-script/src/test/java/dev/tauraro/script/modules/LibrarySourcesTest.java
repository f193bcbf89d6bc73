package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibrarySourcesTest {
    @TempDir
    Path dir;

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("t.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void copiesTheLibraryFilesOnlyAndMarksTheCopyComplete() throws IOException {
        Path jar = jar(Map.of("dev/tauraro/script/lib/a.py", "x = 1\n", "dev/tauraro/script/lib/pkg/b.py", "é = 2\n",
                "dev/tauraro/script/Other.class", "not a module"));
        Path lib = LibrarySources.copyOut(jar, dir.resolve("cache/lib"));
        assertThat(lib.resolve("a.py")).hasContent("x = 1\n");
        assertThat(Files.readString(lib.resolve("pkg/b.py"))).isEqualTo("é = 2\n");
        assertThat(lib.resolve(".complete")).isRegularFile();
        try (var files = Files.walk(lib)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> lib.relativize(p).toString()))
                    .containsExactlyInAnyOrder("a.py", "pkg/b.py", ".complete");
        }
    }

    @Test
    void anEntryNamingAPathOutsideTheLibraryIsRefused() throws IOException {
        Path jar = jar(Map.of("dev/tauraro/script/lib/../../../../escape.py", "x = 1\n"));
        assertThatThrownBy(() -> LibrarySources.copyOut(jar, dir.resolve("cache/lib"))).isInstanceOf(IOException.class)
                .hasMessageContaining("outside the library");
        assertThat(dir.resolve("escape.py")).doesNotExist();
        assertThat(dir.resolve("cache/lib/.complete")).doesNotExist();
    }

    @Test
    void withoutACopyTheModulesComeFromTheClassPath() {
        // tests run from the classes folder, not a jar: the class path's resources serve
        assertThat(LibrarySources.read("textwrap.py")).contains("def dedent(");
        assertThat(LibrarySources.read("collections/abc.py")).isNotNull();
        assertThat(LibrarySources.read("no_such_module.py")).isNull();
    }
}
