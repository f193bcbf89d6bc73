package dev.tauraro.asyncio;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.asyncio.SubprocessOptions.Redirect;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/** Subprocesses with pipes: outputs, input, exit codes, signals, megabytes through communicate. */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SubprocessTest {
    private static final SubprocessOptions PIPES = SubprocessOptions.builder().stdin(Redirect.PIPE)
            .stdout(Redirect.PIPE).stderr(Redirect.PIPE).build();

    @Test
    void communicateReadsBothOutputsAndTheExitCode() {
        Subprocess.Output out = Asyncio.run(Mono.defer(() -> Asyncio.createSubprocessShell(
                "echo out; echo err >&2; exit 3", PIPES).flatMap(p -> p.communicate(null)
                .doOnNext(o -> assertThat(p.returncode()).isEqualTo(3)))));
        assertThat(new String(out.stdout(), US_ASCII)).isEqualTo("out\n");
        assertThat(new String(out.stderr(), US_ASCII)).isEqualTo("err\n");
    }

    /**
     * Megabytes in and out at once: cat copies 4 MiB of input to its output while we still write;
     * both pipes fill up unless input and output are served concurrently.
     */
    @Test
    void communicateMovesMegabytesBothWaysWithoutDeadlock() {
        byte[] input = new byte[4 << 20];
        for (int i = 0; i < input.length; i++) {
            input[i] = (byte) (i * 31);
        }
        Subprocess.Output out = Asyncio.run(Mono.defer(() -> Asyncio.createSubprocessExec("cat", List.of(), PIPES)
                .flatMap(p -> p.communicate(input))));
        assertThat(out.stdout()).isEqualTo(input);
        assertThat(out.stderr()).isEmpty();
    }

    @Test
    void stderrIntoStdoutAndDevnull() {
        String got = Asyncio.run(Mono.defer(() -> Asyncio.createSubprocessShell("echo a; echo b >&2",
                SubprocessOptions.builder().stdout(Redirect.PIPE).stderr(Redirect.STDOUT).stdin(Redirect.DEVNULL)
                        .build()).flatMap(p -> p.communicate(null).map(o -> new String(o.stdout(), US_ASCII)
                        + (o.stderr() == null) + (p.stdin() == null)))));
        assertThat(got).isEqualTo("a\nb\ntruetrue");
    }

    @Test
    void linesCanBeReadAsTheyComeAndWaitGivesTheCode() {
        List<String> got = Asyncio.run(Mono.defer(() -> Asyncio.createSubprocessExec("/bin/sh",
                List.of("-c", "read x; echo got $x; exit 7"), PIPES).flatMap(p -> {
                    p.stdin().write("hello\n".getBytes(US_ASCII));
                    return p.stdin().drain().then(p.stdout().readline())
                            .map(l -> new String(l, US_ASCII))
                            .zipWith(p.waitFor(), (l, c) -> List.of(l, "code " + c, "pid " + (p.pid() > 0)));
                })));
        assertThat(got).containsExactly("got hello\n", "code 7", "pid true");
    }

    @Test
    void killAndTerminateGiveNegativeSignalNumbersAsInCPython() {
        List<Integer> codes = Asyncio.run(Mono.defer(() -> Asyncio.createSubprocessExec("sleep", List.of("60"),
                SubprocessOptions.DEFAULTS).flatMap(p -> {
                    p.kill();
                    return p.waitFor();
                }).zipWith(Asyncio.createSubprocessExec("sleep", List.of("60"), SubprocessOptions.DEFAULTS)
                        .flatMap(p -> {
                            p.terminate();
                            return p.waitFor();
                        }), List::of)));
        assertThat(codes).containsExactly(-9, -15);
    }

    @Test
    void cancellingAWaitLeavesTheChildRunning() {
        String got = Asyncio.run(Mono.defer(() -> Asyncio.createSubprocessExec("sleep", List.of("60"),
                SubprocessOptions.DEFAULTS).flatMap(p -> {
                    Task<Integer> waiting = Asyncio.createTask(p.waitFor());
                    return Asyncio.sleep(0).then(Mono.fromRunnable(waiting::cancel)).then(Asyncio.sleep(0))
                            .then(Mono.fromSupplier(() -> "cancelled " + waiting.cancelled() + " code "
                                    + p.returncode()))
                            .flatMap(s -> {
                                p.kill();
                                return p.waitFor().map(c -> s + " then " + c);
                            });
                })));
        assertThat(got).isEqualTo("cancelled true code null then -9");
    }

    @Test
    void aMissingProgramFailsToStart() {
        assertThatThrownBy(() -> Asyncio.run(Mono.defer(() -> Asyncio.createSubprocessExec(
                "/nonexistent/program", List.of(), SubprocessOptions.DEFAULTS))))
                .hasRootCauseInstanceOf(IOException.class)
                .satisfies(e -> assertThat(Subprocess.startErrno((IOException) rootCause(e))).isEqualTo(2));
    }

    @Test
    void aDrainWaitingWhenTheChildExitsFailsWithBrokenPipe() {
        // 1 MiB queued at once: over the high-water mark, so the drain waits for the pump, whose
        // write to the exited child fails.
        String got = Asyncio.run(Mono.defer(() -> Asyncio.createSubprocessExec("true", List.of(), PIPES)
                .flatMap(p -> p.waitFor().then(Mono.defer(() -> {
                    p.stdin().write(new byte[1 << 20]);
                    return p.stdin().drain().thenReturn("no error")
                            .onErrorResume(e -> Mono.just(e.getClass().getSimpleName() + " " + e.getMessage()));
                })))));
        assertThat(got).isEqualTo("BrokenPipeError [Errno 32] Broken pipe");
    }

    @Test
    void aDrainAfterThePipeBrokeFailsWithConnectionLostAsInCPython() {
        // CPython writes at once, so its drain() after a write to an exited child finds the pipe
        // lost and raises ConnectionResetError('Connection lost'); here the loss is awaited first.
        String got = Asyncio.run(Mono.defer(() -> Asyncio.createSubprocessExec("true", List.of(), PIPES)
                .flatMap(p -> p.waitFor().then(Mono.defer(() -> {
                    p.stdin().write(new byte[16]);
                    return p.stdin().waitClosed().onErrorResume(e -> Mono.empty())
                            .then(Mono.defer(() -> {
                                p.stdin().write(new byte[16]);
                                return p.stdin().drain();
                            }))
                            .thenReturn("no error")
                            .onErrorResume(e -> Mono.just(e.getClass().getSimpleName() + " " + e.getMessage()));
                })))));
        assertThat(got).isEqualTo("ConnectionResetError Connection lost");
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
