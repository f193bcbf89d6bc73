package dev.tauraro.script.modules.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyBytes;
import dev.tauraro.script.runtime.PyNone;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file layers at the places scripts rarely reach: chunk boundaries and the read-ahead under writes. */
class FilesTest {
    private final PrintStream ps = new PrintStream(PrintStream.nullOutputStream());
    private final IoTypes types = IoTypes.of(new Interpreter(ps, ps, List.of("x.py"), true));

    @TempDir
    Path dir;

    private TextFile text(Path p, String mode, String newline) {
        return TextFile.wrap(types, FileIO.open(types, p.toString(), mode, true), mode, "utf-8", null,
                newline == null ? PyNone.NONE : newline);
    }

    /** A file whose byte 65535 (the last of the first chunk) starts a character or a line ending. */
    private Path fileSplitAtChunk(String filler, String across, String after) throws IOException {
        byte[] head = new byte[65535 - filler.length()];
        Arrays.fill(head, (byte) 'a');
        Path p = dir.resolve("f.txt");
        Files.write(p, (new String(head, StandardCharsets.US_ASCII) + filler + across + after)
                .getBytes(StandardCharsets.UTF_8));
        return p;
    }

    @Test
    void aCharacterSplitBetweenChunksIsDecodedWhole() throws IOException {
        Path p = fileSplitAtChunk("", "\u20ac", "z"); // € is 3 bytes: 1 in the first chunk, 2 in the next
        TextFile f = text(p, "r", null);
        assertThat(f.read(65535)).hasSize(65535);
        assertThat(f.read(1)).isEqualTo("\u20ac");
        assertThat(f.tell()).isEqualTo(65538);
        assertThat(f.read(-1)).isEqualTo("z");
    }

    @Test
    void aCrLfSplitBetweenChunksIsOneNewline() throws IOException {
        Path p = fileSplitAtChunk("", "\r\n", "next\n");
        TextFile f = text(p, "r", null);
        assertThat((String) f.readline(-1)).hasSize(65536).endsWith("a\n");
        assertThat(f.tell()).isEqualTo(65537);
        assertThat(f.readline(-1)).isEqualTo("next\n");
        assertThat(f.readline(-1)).isEqualTo("");
    }

    @Test
    void writingAfterReadingWritesWhereTheReadingStopped() throws IOException {
        Path p = dir.resolve("g.txt");
        Files.writeString(p, "line1\nline2\nline3\n");
        TextFile t = text(p, "r+", null);
        assertThat(t.readline(-1)).isEqualTo("line1\n"); // the whole file is now decoded ahead
        t.write("LINE2");
        assertThat(t.tell()).isEqualTo(11);
        t.doClose();
        assertThat(Files.readString(p)).isEqualTo("line1\nLINE2\nline3\n");

        BufferedFile b = new BufferedFile(types, FileIO.open(types, p.toString(), "rb+", true));
        assertThat(((PyBytes) b.readline(-1)).bytes()).isEqualTo("line1\n".getBytes(StandardCharsets.US_ASCII));
        b.write("xx".getBytes(StandardCharsets.US_ASCII));
        assertThat(b.tell()).isEqualTo(8);
        assertThat(b.read(-1)).isEqualTo("NE2\nline3\n".getBytes(StandardCharsets.US_ASCII));
        b.doClose();
        assertThat(Files.readString(p)).isEqualTo("line1\nxxNE2\nline3\n");
    }

    @Test
    void closingAFileFreesItsDescriptorNumberForTheNextOpen() throws IOException {
        Path p = dir.resolve("h.txt");
        Files.writeString(p, "h");
        FileIO first = FileIO.open(types, p.toString(), "r", true);
        int n = first.fd;
        first.doClose();
        first.doClose(); // closing twice is allowed and must not close the descriptor's next owner
        FileIO second = FileIO.open(types, p.toString(), "r", true);
        FileIO third = FileIO.open(types, p.toString(), "r", true);
        first.doClose();
        assertThat(second.fd).isEqualTo(n);
        assertThat(second.readAll()).isEqualTo(new byte[] {'h'});
        assertThat(third.fd).isNotEqualTo(n);
    }

    @Test
    void aPipeIsReadLineByLineAndHasNoPosition() {
        java.io.InputStream pipe = new java.io.ByteArrayInputStream("\u00e9t\u00e9\r\nb\n".getBytes(StandardCharsets.UTF_8));
        int fd = types.os.add(Fd.input(pipe));
        TextFile t = TextFile.wrap(types, FileIO.open(types, (long) fd, "rb", false), "r", "utf-8", null, PyNone.NONE);
        assertThat(t.readline(-1)).isEqualTo("\u00e9t\u00e9\n");
        assertThatThrownBy(t::tell).isInstanceOf(dev.tauraro.script.runtime.PyException.class)
                .hasMessageContaining("underlying stream is not seekable");
        assertThat(t.read(-1)).isEqualTo("b\n");
    }

    @Test
    void javaFailuresMapToTheirErrno() {
        assertThat(OsErrors.errno(new NoSuchFileException("x"))).isEqualTo(OsErrors.ENOENT);
        assertThat(OsErrors.errno(new java.nio.file.FileAlreadyExistsException("x"))).isEqualTo(OsErrors.EEXIST);
        assertThat(OsErrors.errno(new java.nio.file.DirectoryNotEmptyException("x"))).isEqualTo(OsErrors.ENOTEMPTY);
        assertThat(OsErrors.errno(new java.nio.file.FileSystemException("x", null, "Not a directory")))
                .isEqualTo(OsErrors.ENOTDIR);
        assertThat(OsErrors.errno(new IOException("something else"))).isZero();
    }
}
