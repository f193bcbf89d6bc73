package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.script.syntax.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the {@code conformance/net} scripts (httpx and the seed's HTTP blocks) against
 * {@link HttpFixture} and compares their stdout with what CPython 3.11 with Debian's httpx printed
 * against the same server. Each script gets the server's URL as {@code sys.argv[1]}, a refused
 * URL as {@code sys.argv[2]}, the TLS server's URL as {@code sys.argv[3]} and its CA file as
 * {@code sys.argv[4]}, a proxy's URL as {@code sys.argv[5]}; in both outputs the server's URLs read
 * {@code {BASE}} and {@code {TLS}}.
 *
 * <p>Unlike {@link ConformanceTest}, the loop runs on real time: network waits cannot be skipped.
 */
@Timeout(300)
class NetConformanceTest {
    private static HttpFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new HttpFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static Path dir(String name) {
        try {
            return Path.of(NetConformanceTest.class.getResource("/conformance/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code conformance/net}: expected outputs from CPython 3.11 with Debian's httpx (0.23). */
    @TestFactory
    Stream<DynamicTest> httpScriptsPrintWhatCPythonPrints() throws IOException {
        return scripts("net");
    }

    /**
     * {@code conformance/net28}: features Debian's httpx lacks ({@code http2=True} needs the h2
     * package, {@code proxy=} is 0.28's); expected outputs from CPython 3.11 with httpx 0.28.1 and
     * h2 in a virtual environment (see that folder's README).
     */
    @TestFactory
    Stream<DynamicTest> scriptsForHttpx028PrintWhatItPrints() throws IOException {
        return scripts("net28");
    }

    private Stream<DynamicTest> scripts(String folder) throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(dir(folder))) {
            scripts = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return scripts.stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
            int code = Main.execute(new SourceFile(py.toString(), read(py)),
                    List.of(py.toString(), fixture.baseUrl(), fixture.refusedUrl(), fixture.tlsUrl(), fixture.caFile(),
                            fixture.proxyUrl()),
                    false, o,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            o.flush();
            String actual = out.toString(StandardCharsets.UTF_8).replace(fixture.baseUrl(), "{BASE}")
                    .replace(fixture.tlsUrl(), "{TLS}");
            Path expected = Path.of(py.toString().replaceAll("\\.py$", ".out"));
            assertThat(actual).as("stdout (stderr: %s)", err.toString(StandardCharsets.UTF_8))
                    .isEqualTo(read(expected));
            assertThat(code).isZero();
        }));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
