package dev.tauraro.script.modules.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatFieldsTest {
    private static final LinkOption[] FOLLOW = {};
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    /** The build opens sun.nio.fs to the tests as bin/tauraro does to scripts, so the direct read is what runs. */
    @Test
    void readsTheJdksAttributesDirectlyWhenTheirPackageIsOpen() {
        assertThat(StatFields.direct()).isTrue();
    }

    /**
     * Every field the direct read gives is what the unix: view's map gives for the same file: a
     * regular file with the setuid bit (st_mode's bits above the permissions), its hard link (st_nlink
     * 2, the same st_ino), a directory, a symbolic link and its target, and a character device (st_rdev).
     */
    @Test
    void directReadAgreesWithTheAttributeView(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), "twelve bytes");
        Files.setAttribute(file, "unix:mode", 04754); // setuid: a bit the typed PosixFileAttributes lacks
        Files.createLink(dir.resolve("hard"), file);
        Path link = Files.createSymbolicLink(dir.resolve("ln"), file);
        for (Path p : List.of(file, dir.resolve("hard"), dir, link, Path.of("/dev/null"))) {
            for (LinkOption[] options : List.of(FOLLOW, NO_FOLLOW)) {
                assertThat(StatFields.of(p, options)).as(p + " " + options.length)
                        .isEqualTo(StatFields.viaView(p, options));
            }
        }
        StatFields f = StatFields.of(file, FOLLOW);
        assertThat(f.mode()).isEqualTo(0104754);
        assertThat(f.nlink()).isEqualTo(2);
        assertThat(f.size()).isEqualTo(12);
        assertThat(StatFields.of(link, NO_FOLLOW).mode() & 0170000).isEqualTo(0120000);
        assertThat(StatFields.of(Path.of("/dev/null"), FOLLOW).rdev()).isNotZero();
    }

    /** An owner above 2^31 (NFS's 4294967294, "nobody" on some systems) is that number, not a negative one. */
    @Test
    void ownersAboveTwoToTheThirtyFirstAreUnsigned(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.txt"), "x");
        Assumptions.assumeTrue((int) Files.getAttribute(file, "unix:uid") == 0, "chown needs root");
        Files.setAttribute(file, "unix:uid", (int) 4294967294L);
        Files.setAttribute(file, "unix:gid", (int) 3000000000L);
        for (StatFields f : List.of(StatFields.of(file, FOLLOW), StatFields.viaView(file, FOLLOW))) {
            assertThat(f.uid()).isEqualTo(4294967294L);
            assertThat(f.gid()).isEqualTo(3000000000L);
        }
    }
}
