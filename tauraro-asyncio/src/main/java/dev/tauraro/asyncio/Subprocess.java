package dev.tauraro.asyncio;

import dev.tauraro.asyncio.SubprocessOptions.Redirect;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * A child process started by {@link Asyncio#createSubprocessExec} or
 * {@link Asyncio#createSubprocessShell}, with its piped standard streams.
 *
 * <p>Python equivalent: {@code asyncio.subprocess.Process}.
 * <pre>{@code
 * Asyncio.createSubprocessExec(List.of("ls", "-l"), SubprocessOptions.builder().stdout(Redirect.PIPE).build())
 *     .flatMap(p -> p.communicate(null))
 * }</pre>
 *
 * <h2>Pipes</h2>
 * {@link #stdin()} is a {@link PipeWriter}, {@link #stdout()} and {@link #stderr()} are
 * {@link StreamReader}s, each null unless that stream is {@link Redirect#PIPE}. Their data reaches
 * the loop that started the process, so readers wake up on that loop, as with sockets.
 * {@link #communicate(byte[])} writes the input, reads both outputs to their end at the same time
 * and waits for the exit, so a child that fills one pipe while the other is read cannot deadlock.
 *
 * <h2>Exit</h2>
 * {@link #returncode()} is null until the loop has seen the child exit; {@link #waitFor()} waits for
 * that. Cancelling a task waiting in {@code waitFor()} leaves the child running, as CPython does.
 *
 * <h2>Thread-safety</h2>
 * Use it from the thread of the loop that started it.
 *
 * <h2>Differences from CPython</h2>
 * Pipes are served by daemon threads (Java has no non-blocking pipe I/O). Java reports a child
 * killed by signal N as exit status 128+N; the return code is -N (as in CPython) when this object
 * sent that signal ({@link #terminate()}, {@link #kill()}, {@link #sendSignal(int)}), and 128+N
 * otherwise.
 */
public final class Subprocess {
    private final EventLoop loop;
    private final Process process;
    private final PipeWriter stdin;
    private final StreamReader stdout;
    private final StreamReader stderr;
    private Integer returncode;
    /** The last signal this object sent, for the return code (see the class javadoc). */
    private volatile int signalSent;
    private List<Future<Integer>> exitWaiters = new ArrayList<>();
    /** The exit and each pipe's end: while any is outstanding a virtual clock keeps real time. */
    private int outstanding = 1;
    private final StreamSockets.ClockHold hold;

    private Subprocess(EventLoop loop, Process process, SubprocessOptions o) {
        this.loop = loop;
        this.process = process;
        this.hold = new StreamSockets.ClockHold(loop);
        long pid = process.pid();
        this.stdin = o.stdin() == Redirect.PIPE ? new PipeWriter(loop, process.getOutputStream(), "subprocess-"
                + pid + "-stdin") : null;
        if (o.stdin() != Redirect.PIPE) {
            closeQuietly(process.getOutputStream());
        }
        this.stdout = o.stdout() == Redirect.PIPE ? pump(process.getInputStream(), o.limit(), pid + "-stdout") : null;
        this.stderr = o.stderr() == Redirect.PIPE ? pump(process.getErrorStream(), o.limit(), pid + "-stderr") : null;
        process.onExit().whenComplete((p, e) -> Bridge.post(loop, this::exited));
    }

    private StreamReader pump(java.io.InputStream in, int limit, String name) {
        StreamReader r = new StreamReader(limit);
        outstanding++;
        new PipePump(loop, in, r, this::settled).start("subprocess-" + name);
        return r;
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // the child's end of nothing
        }
    }

    /** Starts {@code command} on the running loop. */
    static Mono<Subprocess> start(List<String> command, SubprocessOptions o) {
        return Mono.fromCallable(() -> {
            EventLoop loop = EventLoop.running();
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.redirectInput(switch (o.stdin()) {
                case PIPE -> ProcessBuilder.Redirect.PIPE;
                case DEVNULL -> ProcessBuilder.Redirect.from(new File("/dev/null"));
                default -> ProcessBuilder.Redirect.INHERIT;
            });
            pb.redirectOutput(output(o.stdout()));
            if (o.stderr() == Redirect.STDOUT) {
                pb.redirectErrorStream(true);
            } else {
                pb.redirectError(output(o.stderr()));
            }
            if (o.cwd() != null) {
                pb.directory(o.cwd().toFile());
            }
            if (o.env() != null) {
                pb.environment().clear();
                pb.environment().putAll(o.env());
            }
            return new Subprocess(loop, pb.start(), o);
        });
    }

    private static final java.util.regex.Pattern START_ERRNO =
            java.util.regex.Pattern.compile("error(?:=|: )(\\d+)");

    /**
     * The errno in a JDK's failure to start a program (2 for a missing program, 13 when it may not
     * be run), or 0 when it names none. JDKs word it differently: {@code error=2, No such file or
     * directory} up to JDK 21, {@code Exec failed, error: 2 (No such file or directory)} since.
     */
    public static int startErrno(java.io.IOException e) {
        java.util.regex.Matcher m = START_ERRNO.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static ProcessBuilder.Redirect output(Redirect r) {
        return switch (r) {
            case PIPE -> ProcessBuilder.Redirect.PIPE;
            case DEVNULL -> ProcessBuilder.Redirect.DISCARD;
            default -> ProcessBuilder.Redirect.INHERIT;
        };
    }

    private void exited() {
        int code = process.exitValue();
        int sig = signalSent;
        returncode = sig != 0 && code == 128 + sig ? -sig : code;
        List<Future<Integer>> ws = exitWaiters;
        exitWaiters = null;
        for (Future<Integer> w : ws) {
            if (!w.done()) {
                w.setResult(returncode);
            }
        }
        settled();
    }

    private void settled() {
        if (--outstanding == 0) {
            hold.release();
        }
    }

    /** The child's process id. Python: {@code pid}. */
    public long pid() {
        return process.pid();
    }

    /** The exit status once the loop has seen the child exit, else null. Python: {@code returncode}. */
    public Integer returncode() {
        return returncode;
    }

    /** The child's standard input, or null unless it is PIPE. Python: {@code stdin}. */
    public PipeWriter stdin() {
        return stdin;
    }

    /** The child's standard output, or null unless it is PIPE. Python: {@code stdout}. */
    public StreamReader stdout() {
        return stdout;
    }

    /** The child's standard error, or null unless it is PIPE. Python: {@code stderr}. */
    public StreamReader stderr() {
        return stderr;
    }

    /**
     * Waits for the child to exit and yields its return code. Python: {@code await proc.wait()}.
     * Cancelling the waiting task leaves the child running.
     */
    public Mono<Integer> waitFor() {
        return Mono.defer(() -> {
            if (returncode != null) {
                return Mono.just(returncode);
            }
            Future<Integer> w = loop.createFuture();
            exitWaiters.add(w);
            return w.owned();
        });
    }

    /** What {@link #communicate} yields: each output read to its end, or null if it was not PIPE. */
    public record Output(byte[] stdout, byte[] stderr) {
    }

    /**
     * Writes {@code input} (if not null) to stdin and closes it, reads stdout and stderr to their
     * end at the same time, then waits for the exit. A child that stops reading its input early
     * (a broken pipe) is not an error, as in CPython. Python: {@code await proc.communicate(input)}.
     */
    public Mono<Output> communicate(byte[] input) {
        return Mono.defer(() -> {
            Mono<Boolean> feed = Mono.just(Boolean.TRUE);
            if (stdin != null) {
                feed = Mono.defer(() -> {
                    if (input != null) {
                        stdin.write(input);
                    }
                    return stdin.drain();
                }).onErrorResume(e -> e instanceof BrokenPipeError || e instanceof ConnectionResetError,
                        e -> Mono.empty())
                        .then(Mono.fromRunnable(stdin::close)).thenReturn(Boolean.TRUE);
            }
            Mono<byte[]> out = stdout == null ? Mono.just(new byte[0]) : stdout.read();
            Mono<byte[]> err = stderr == null ? Mono.just(new byte[0]) : stderr.read();
            Task<Boolean> feeding = loop.createTask(feed);
            Task<byte[]> reading = loop.createTask(out);
            Task<byte[]> readingErr = loop.createTask(err);
            return Asyncio.<Object>gather(feeding, reading, readingErr).flatMap(all -> waitFor().thenReturn(
                    new Output(stdout == null ? null : (byte[]) all.get(1), stderr == null ? null : (byte[]) all.get(2))));
        });
    }

    /**
     * Sends signal {@code sig} (Linux numbers: 15 SIGTERM, 9 SIGKILL, ...) unless the child has
     * exited. Python: {@code send_signal(sig)}.
     */
    public void sendSignal(int sig) {
        if (returncode != null || !process.isAlive()) {
            return;
        }
        signalSent = sig;
        if (sig == 15) {
            process.destroy();
        } else if (sig == 9) {
            process.destroyForcibly();
        } else {
            try {
                new ProcessBuilder("kill", "-" + sig, Long.toString(process.pid())).start().waitFor();
            } catch (IOException e) {
                throw new IllegalStateException("cannot send signal " + sig + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SIGTERM. Python: {@code terminate()}. */
    public void terminate() {
        sendSignal(15);
    }

    /** SIGKILL. Python: {@code kill()}. */
    public void kill() {
        sendSignal(9);
    }

    @Override
    public String toString() {
        return "<Process " + process.pid() + ">";
    }
}
