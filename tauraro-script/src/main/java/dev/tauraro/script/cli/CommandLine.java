package dev.tauraro.script.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code tauraro} command line, read as python3 reads its own: options first (single letters,
 * which may be clustered as in {@code -uq}; {@code -c}, {@code -m}, {@code -W} and {@code -X}
 * take the rest of their cluster or the next argument), then what to run, then the script's
 * arguments.
 *
 * <p>{@code -c} and {@code -m} end the options, as does the first argument that is not an option
 * (the script file), {@code -} (standard input) or {@code --}.
 */
final class CommandLine {
    /** What the command runs. */
    enum Mode { COMMAND, MODULE, FILE, STDIN, PROMPT }

    /** A command line python3 would refuse; {@link #getMessage()} is its first line of complaint. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    Mode mode = Mode.PROMPT;
    /** The code of {@code -c}, the module of {@code -m} or the script file. */
    String target;
    /** {@code sys.argv}. */
    final List<String> argv = new ArrayList<>();
    int help;          // 1: -h; 2: --help-all, 3: --help-env, 4: --help-xoptions
    int version;       // how many -V
    boolean inspect;   // -i
    boolean quiet;     // -q
    boolean unbuffered; // -u
    boolean ignoreEnvironment; // -E
    boolean isolated;  // -I
    boolean noUserSite; // -s
    boolean noSite;    // -S
    boolean safePath;  // -P
    boolean dontWriteBytecode; // -B
    boolean skipFirstLine; // -x
    int optimize;      // -O
    int verbose;       // -v
    int debug;         // -d
    int bytesWarning;  // -b
    /** {@code --virtual-time}: asyncio.run on a virtual clock (tests). */
    boolean virtualTime;
    /** {@code sys.warnoptions}, in order. */
    final List<String> warnOptions = new ArrayList<>();
    /** {@code sys._xoptions}: {@code -X name=value} or {@code -X name} (then {@code true}). */
    final Map<String, Object> xOptions = new LinkedHashMap<>();
    /** {@code sys.flags.int_max_str_digits}: from {@link #readIntMaxStrDigits}, -1 when not given. */
    int intMaxStrDigits = -1;

    /** The environment variable giving the int/str digit limit (python3's PYTHONINTMAXSTRDIGITS). */
    static final String INT_MAX_STR_DIGITS_ENV = "TAURARO_INTMAXSTRDIGITS";

    /** The first line of the usage text (python3 names itself by its path there; we use the command's name). */
    static final String USAGE = "usage: tauraro [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /**
     * {@code -h}: python3's layout (option, colon, description; environment variables named where
     * one applies), describing what each option does here. Options kept only for compatibility say so.
     */
    static final String HELP = USAGE + """

            Options (and corresponding environment variables):
            -b     : count bytes warnings in sys.flags (accepted for compatibility)
            -B     : accepted for compatibility: no bytecode files are written
            -c cmd : run the program given as a string (ends the option list)
            -d     : accepted for compatibility (parser debugging)
            -E     : ignore TAURARO_* environment variables (such as TAURARO_PATH)
            -h     : show this help and exit (also -? or --help)
            -i     : open the interactive prompt after the script has run, even when
                     standard input is not a terminal
            -I     : isolated mode: implies -E, -P and -s
            -m mod : run a library or user module as __main__ (ends the option list)
            -O     : set sys.flags.optimize (asserts still run)
            -P     : don't put the script's directory (or the current one) on sys.path
            -q     : no version banner when the interactive prompt starts
            -s     : accepted for compatibility (no user site directory)
            -S     : accepted for compatibility (no site module)
            -u     : unbuffered standard output and error
            -v     : set sys.flags.verbose
            -V     : print the version and exit (also --version)
            -W arg : warning control, added to sys.warnoptions: action:message:category:module:lineno
            -x     : skip the first line of the source file
            -X opt : implementation option, in sys._xoptions; -X importtime reports
                     each import's time on standard error; -X int_max_str_digits=N
                     limits int/str conversions to N digits (0: no limit)
            --virtual-time : asyncio.run keeps a virtual clock (sleeps take no real time)
            --worker [--cluster host:port,...] [--host H] [--port P] [--slots N]
                   : run a cluster worker member for multiprocessing's "cluster" start
                     method (first argument only; --worker -h lists its options)
            Arguments:
            file   : program read from a script file
            -      : program read from standard input (the default; the interactive
                     prompt when it is a terminal)
            arg ...: arguments passed to the program in sys.argv[1:]
            Environment:
            TAURARO_PATH : directories (':'-separated) searched for modules after the
                     script's directory, before the bundled library (as PYTHONPATH)
            TAURARO_INTMAXSTRDIGITS : the limit on digits in int/str conversions
                     (as PYTHONINTMAXSTRDIGITS; -X int_max_str_digits=N wins)
            TAURARO_JAVA : the java binary bin/tauraro starts
            TAURARO_START_METHOD : "cluster" runs multiprocessing.Pool() on the
                     worker members at TAURARO_CLUSTER (host:port,...; default
                     127.0.0.1:5701), waiting at most TAURARO_CLUSTER_TIMEOUT seconds (10)
            """;

    private CommandLine() {
    }

    static CommandLine parse(String[] args) throws UsageError {
        CommandLine c = new CommandLine();
        int i = 0;
        options:
        while (i < args.length) {
            String a = args[i];
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            i++;
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                switch (a) {
                    case "--version" -> c.version++;
                    case "--help" -> c.help = 1;
                    case "--help-all" -> c.help = 2;
                    case "--help-env" -> c.help = 3;
                    case "--help-xoptions" -> c.help = 4;
                    case "--virtual-time" -> c.virtualTime = true;
                    case "--check-hash-based-pycs" -> {
                        if (i >= args.length) {
                            throw new UsageError("Argument expected for the --check-hash-based-pycs option");
                        }
                        i++;
                    }
                    default -> throw new UsageError("unknown option " + a);
                }
                continue;
            }
            for (int k = 1; k < a.length(); k++) {
                char o = a.charAt(k);
                switch (o) {
                    case 'c', 'm', 'W', 'X' -> {
                        String value;
                        if (k + 1 < a.length()) {
                            value = a.substring(k + 1);
                        } else if (i < args.length) {
                            value = args[i++];
                        } else {
                            throw new UsageError("Argument expected for the -" + o + " option");
                        }
                        if (o == 'W') {
                            c.warnOptions.add(value);
                        } else if (o == 'X') {
                            int eq = value.indexOf('=');
                            c.xOptions.put(eq < 0 ? value : value.substring(0, eq),
                                    eq < 0 ? (Object) Boolean.TRUE : value.substring(eq + 1));
                        } else {
                            c.mode = o == 'c' ? Mode.COMMAND : Mode.MODULE;
                            c.target = value;
                            c.argv.add(o == 'c' ? "-c" : value);
                            break options;
                        }
                        k = a.length();
                    }
                    case 'b' -> c.bytesWarning++;
                    case 'B' -> c.dontWriteBytecode = true;
                    case 'd' -> c.debug++;
                    case 'E' -> c.ignoreEnvironment = true;
                    case 'h', '?' -> c.help = Math.max(c.help, 1);
                    case 'i' -> c.inspect = true;
                    case 'I' -> {
                        c.isolated = true;
                        c.ignoreEnvironment = true;
                        c.noUserSite = true;
                        c.safePath = true;
                    }
                    case 'O' -> c.optimize++;
                    case 'P' -> c.safePath = true;
                    case 'q' -> c.quiet = true;
                    case 's' -> c.noUserSite = true;
                    case 'S' -> c.noSite = true;
                    case 'u' -> c.unbuffered = true;
                    case 'v' -> c.verbose++;
                    case 'V' -> c.version++;
                    case 'x' -> c.skipFirstLine = true;
                    default -> throw new UsageError("Unknown option: -" + o);
                }
            }
        }
        if (c.mode == Mode.PROMPT && i < args.length) {
            // the first argument that is not an option: a script file, or "-" for standard input
            c.target = args[i];
            c.mode = c.target.equals("-") ? Mode.STDIN : Mode.FILE;
            c.argv.add(c.target);
            i++;
        }
        for (; i < args.length; i++) {
            c.argv.add(args[i]);
        }
        if (c.argv.isEmpty()) {
            c.argv.add("");
        }
        return c;
    }

    /** {@code sys.flags}, in CPython 3.11's order of fields. */
    List<Object> flags() {
        return List.of(
                (long) debug, (long) (inspect ? 1 : 0), (long) (inspect ? 1 : 0), (long) optimize,
                (long) (dontWriteBytecode ? 1 : 0), (long) (noUserSite ? 1 : 0), (long) (noSite ? 1 : 0),
                (long) (ignoreEnvironment ? 1 : 0), (long) verbose, (long) bytesWarning, (long) (quiet ? 1 : 0),
                1L, (long) (isolated ? 1 : 0), xOptions.containsKey("dev"), 0L, 0L, safePath, (long) intMaxStrDigits);
    }

    /**
     * The limit on int/str conversion digits the command sets: {@code -X int_max_str_digits=N}, else
     * {@link #INT_MAX_STR_DIGITS_ENV} (unless -E), else -1 (the interpreter's default, 4300).
     *
     * @throws IllegalArgumentException with python3's complaint when the value is not 0 or at least 640
     */
    int readIntMaxStrDigits(Map<String, String> env) {
        if (xOptions.containsKey("int_max_str_digits")) {
            return digitLimit(xOptions.get("int_max_str_digits"), "-X int_max_str_digits");
        }
        String v = ignoreEnvironment ? null : env.get(INT_MAX_STR_DIGITS_ENV);
        return v == null || v.isEmpty() ? -1 : digitLimit(v, INT_MAX_STR_DIGITS_ENV);
    }

    private static int digitLimit(Object value, String source) {
        if (value instanceof String s && s.matches("[0-9]{1,10}")) {
            long n = Long.parseLong(s);
            if (dev.tauraro.script.runtime.IntDigits.valid(n)) {
                return (int) n;
            }
        }
        throw new IllegalArgumentException(source + ": invalid limit; must be >= "
                + dev.tauraro.script.runtime.IntDigits.THRESHOLD + " or 0 for unlimited.");
    }
}
