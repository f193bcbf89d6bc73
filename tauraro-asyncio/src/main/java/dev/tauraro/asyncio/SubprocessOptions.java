package dev.tauraro.asyncio;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link Asyncio#createSubprocessExec} and {@link Asyncio#createSubprocessShell} connect the
 * child's standard streams, and where it runs; immutable, made with {@link #builder()}.
 *
 * <pre>{@code
 * SubprocessOptions o = SubprocessOptions.builder().stdout(Redirect.PIPE).stderr(Redirect.STDOUT).build();
 * }</pre>
 *
 * @param stdin the child's standard input: {@link Redirect#PIPE}, {@link Redirect#DEVNULL} or
 *     {@link Redirect#INHERIT} (Python's {@code None}, the default)
 * @param stdout its standard output: PIPE, DEVNULL or INHERIT
 * @param stderr its standard error: PIPE, DEVNULL, INHERIT or {@link Redirect#STDOUT} (into stdout)
 * @param cwd the working directory, or null for this process's
 * @param env the whole environment, or null to inherit this process's
 * @param limit the limit of the output readers (Python: {@code limit}, 64 KiB)
 */
public record SubprocessOptions(Redirect stdin, Redirect stdout, Redirect stderr, Path cwd,
                                Map<String, String> env, int limit) {
    /** Everything inherited: Python's defaults. */
    public static final SubprocessOptions DEFAULTS = builder().build();

    /** Where a standard stream of the child goes. Python: {@code asyncio.subprocess.PIPE}, ... */
    public enum Redirect {
        /** A pipe to this process: a {@link PipeWriter} for stdin, a {@link StreamReader} for output. */
        PIPE,
        /** {@code /dev/null}. */
        DEVNULL,
        /** Standard error into the same pipe or file as standard output. */
        STDOUT,
        /** This process's own stream. */
        INHERIT
    }

    /** Checks the combination, as CPython's subprocess does. */
    public SubprocessOptions {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        if (stdin == Redirect.STDOUT || stdout == Redirect.STDOUT) {
            throw new IllegalArgumentException("STDOUT can only be used for stderr");
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("Limit cannot be <= 0");
        }
        env = env == null ? null : Map.copyOf(env);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SubprocessOptions}. */
    public static final class Builder {
        private Redirect stdin = Redirect.INHERIT;
        private Redirect stdout = Redirect.INHERIT;
        private Redirect stderr = Redirect.INHERIT;
        private Path cwd;
        private Map<String, String> env;
        private int limit = StreamReader.DEFAULT_LIMIT;

        private Builder() {
        }

        public Builder stdin(Redirect r) {
            this.stdin = r;
            return this;
        }

        public Builder stdout(Redirect r) {
            this.stdout = r;
            return this;
        }

        public Builder stderr(Redirect r) {
            this.stderr = r;
            return this;
        }

        public Builder cwd(Path cwd) {
            this.cwd = cwd;
            return this;
        }

        public Builder env(Map<String, String> env) {
            this.env = env;
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public SubprocessOptions build() {
            return new SubprocessOptions(stdin, stdout, stderr, cwd, env, limit);
        }
    }
}
