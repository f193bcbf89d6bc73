package dev.tauraro.multiprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.asyncio.Asyncio;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/**
 * The README's Java snippet for this module, compiled and run: the text between
 * {@code // README:} and {@code // END} is what the README quotes. The expected output is what
 * the seed's Python example prints under CPython 3.11.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReadmeExamplesTest {

    // README: cpuIntensive
    static final class Example {
        static long cpuIntensive(int n) {
            long result = 0;
            for (long i = 0; i < n; i++) {
                result += i * i;
            }
            return result;
        }
    }
    // END

    @Test
    void thePoolExampleMapsInParallelAndHandsWorkToAsyncioCode() {
        String out = printed(() -> {
            // README: pool
            try (Pool pool = new Pool()) {                     // with multiprocessing.Pool() as pool:
                List<Long> results = pool.map(Example::cpuIntensive, List.of(1_000_000, 2_000_000, 3_000_000));
                System.out.println(results);
                // asyncio code awaits pool work without blocking its loop:
                // await loop.run_in_executor(pool, cpu_intensive, 10)
                Mono<Long> main = Asyncio.runInExecutor(pool, () -> Example.cpuIntensive(10));
                System.out.println(Asyncio.run(main));
            }
            // END
        });
        assertThat(out).isEqualTo("[333332833333500000, 2666664666667000000, 8999995500000500000]\n285\n");
    }

    private static String printed(Runnable body) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
