package dev.tauraro.script.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.ast.Stmt;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsed-module cache: trees survive the trip to disk unchanged, and bad files are parsed again. */
class AstCacheTest {
    @TempDir
    Path dir;

    @AfterEach
    void noCache() {
        System.clearProperty("tauraro.cache.dir");
    }

    private static List<Path> libraryModules() throws IOException, URISyntaxException {
        Path lib = Path.of(AstCacheTest.class.getResource("/dev/tauraro/script/lib/").toURI());
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    @Test
    void everyLibraryModuleRoundTripsExactly() throws Exception {
        List<Path> modules = libraryModules();
        assertThat(modules).hasSizeGreaterThan(10);
        for (Path p : modules) {
            List<Stmt> ast = Parser.parseFile(new SourceFile(p.getFileName().toString(), Files.readString(p)));
            byte[] once = AstCache.encode(ast);
            List<Stmt> back = AstCache.decode(once);
            // The encoding writes every component, so equal bytes mean equal trees (PyBytes
            // constants hold arrays, which record equality would compare by identity).
            assertThat(AstCache.encode(back)).as(p.toString()).isEqualTo(once);
            assertThat(back).hasSameSizeAs(ast);
        }
    }

    @Test
    void aModuleIsParsedOnceThenReadFromTheCache() throws IOException {
        System.setProperty("tauraro.cache.dir", dir.toString());
        String text = "import sys\ndef f(x, *, y: int = 2):\n    return {x: b'\\x00', 'e': ..., 'n': None, 's': '\\udcff'}\n"
                + "print(f(1) + 10 ** 30)\n";
        SourceFile src = new SourceFile("<frozen mod>", text);
        List<Stmt> parsed = AstCache.parse(src, "mod");
        // a lone surrogate in a constant survives the file (UTF-8 would have made it '?')
        assertThat(AstCache.decode(AstCache.encode(parsed)).toString()).contains("\udcff");
        Path file = dir.resolve(AstCache.key("mod", text));
        assertThat(file).exists();
        // What is read back is the file's tree, not a new parse: replace it with another module's.
        Files.write(file, AstCache.encode(Parser.parseFile(new SourceFile("x", "y = 1\n"))));
        assertThat(AstCache.encode(AstCache.parse(src, "mod")))
                .isEqualTo(AstCache.encode(Parser.parseFile(new SourceFile("x", "y = 1\n"))));
        // A damaged file is parsed again and replaced.
        Files.writeString(file, "garbage");
        assertThat(AstCache.encode(AstCache.parse(src, "mod"))).isEqualTo(AstCache.encode(parsed));
        assertThat(AstCache.decode(Files.readAllBytes(file))).hasSameSizeAs(parsed);
    }

    @Test
    void functionBodiesAreDecodedOnDemandAndKnowWhetherTheyYield() throws IOException {
        String text = "def g():\n    \"doc\"\n    x = 1\n    yield x\n\n"
                + "def f():\n    def inner():\n        yield 1\n    return inner\n\n"
                + "class C:\n    async def m(self):\n        return lambda: (yield)\n";
        List<Stmt> parsed = Parser.parseFile(new SourceFile("m", text));
        byte[] bytes = AstCache.encode(parsed);
        List<Stmt> back = AstCache.decode(bytes);
        assertThat(back.toString()).isEqualTo(parsed.toString());
        CachedBody g = (CachedBody) ((Stmt.FunctionDef) back.get(0)).body();
        assertThat(g.yields()).isTrue();
        assertThat(g).hasSize(3);
        assertThat(g.get(2)).isInstanceOf(Stmt.ExprStmt.class);
        // the yields belong to the nested function and to the lambda, scopes of their own
        assertThat(((CachedBody) ((Stmt.FunctionDef) back.get(1)).body()).yields()).isFalse();
        Stmt.FunctionDef m = (Stmt.FunctionDef) ((Stmt.ClassDef) back.get(2)).body().get(0);
        assertThat(((CachedBody) m.body()).yields()).isFalse();
        // a body is decoded long after the file is read: a damaged byte anywhere fails the whole file at once
        bytes[bytes.length - 3] ^= 1;
        assertThatThrownBy(() -> AstCache.decode(bytes)).isInstanceOf(IOException.class);
    }

    @Test
    void anEditedModuleHasAnotherKeyAndStandardInputIsNotCachedButDashCCodeIs() throws IOException {
        assertThat(AstCache.key("m", "x = 1\n")).isNotEqualTo(AstCache.key("m", "x = 2\n"));
        System.setProperty("tauraro.cache.dir", dir.toString());
        AstCache.parse(new SourceFile("<stdin>", "print(1)\n"), "__main__");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        // -c code: `tauraro -c pass` run again reads its tree instead of building the parser
        AstCache.parse(new SourceFile("<string>", "print(2)\n"), "__main__");
        assertThat(dir.resolve(AstCache.key("__main__", "print(2)\n"))).exists();
    }

    @Test
    void withoutACacheDirectoryNothingIsWritten() throws IOException {
        try (InputStream in = AstCacheTest.class.getResourceAsStream("/dev/tauraro/script/lib/heapq.py")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(AstCache.parse(new SourceFile("<frozen heapq>", text), "heapq")).isNotEmpty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
