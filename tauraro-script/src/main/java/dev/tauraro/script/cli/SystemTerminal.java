package dev.tauraro.script.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jline.nativ.CLibrary;
import org.jline.nativ.OSInfo;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.TermiosMapping;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlocking;
import org.jline.utils.NonBlockingInputStream;

/**
 * The process's terminal for the prompt, opened without the work JLine's {@link TerminalBuilder}
 * does for a general caller, which was most of the time before the first {@code >>>}.
 *
 * <p>Measured with the class-loading log of one start in a tmux pane (Temurin 25, 2026-12-05),
 * the builder spent: about 90 ms finding its terminal provider, a resource lookup that opens the
 * class path's jars in order (Hazelcast's among them); 30 ms extracting JLine's native library to
 * a new temporary file, as it does at every start; 100 ms running {@code infocmp} for a terminal
 * type not among JLine's built-in descriptions ({@code tmux-256color}, {@code screen.xterm-256color},
 * {@code alacritty}...); and 90 ms registering its signal handlers, which it reaches by reflection
 * through a dynamic proxy class generated at every start. Here the JNI provider is made directly,
 * signals are registered through {@code sun.misc.Signal} (as the signal module does), and where a
 * cache directory is set ({@code tauraro.cache.dir}, emptied by {@code bin/tauraro} whenever the
 * jar changes) the native library is extracted once and a terminal description is kept, as long
 * as its compiled terminfo entry is not newer.
 *
 * <p>Anything this path cannot do (no native library for the platform, a standard stream that is
 * not the terminal) falls back on the builder, which also knows how to give a dumb terminal.
 */
final class SystemTerminal {
    /** JLine's own check on a terminal type before running infocmp; also keeps the type a plain file name. */
    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9_.+][A-Za-z0-9_.+\\-]*");

    private SystemTerminal() {
    }

    /** {@link #prepare}'s thread, when the command started one. */
    private static Thread preparing;

    /**
     * Starts the part of opening the terminal that does not depend on the interpreter on a thread
     * of its own, while the caller creates the interpreter (2 cores: the two overlap). What it
     * does (loading JLine's native library, whose loader looks up the JDK's logger finder, a
     * service lookup that reads every jar on the class path) touches no signal handler, so the
     * order in which SIGINT's handlers are installed stays the caller's.
     */
    static void prepareInBackground() {
        Thread t = new Thread(new Preparing(), "terminal-set-up");
        t.setDaemon(true);
        preparing = t;
        t.start();
    }

    /**
     * {@link #prepare} as the set-up thread's task: a class rather than a method reference, so that
     * the archive's training loads it ({@link #SYSTEM_TERMINAL_CLASSES}); a lambda's class that the
     * training never made is generated at every start, on the main thread, before the interpreter.
     */
    private static final class Preparing implements Runnable {
        @Override
        public void run() {
            prepare();
        }
    }

    /** Whether {@link #prepare} has loaded JLine's native library, which {@link LineMode} then asks. */
    private static volatile boolean nativeReady;

    /** Loads JLine's native library (from the cache when there is one); any failure is left for {@link #open} to meet. */
    static void prepare() {
        try {
            Path cache = cacheDirectory();
            if (cache != null) {
                nativeLibrary(cache.resolve("jline-native"));
            }
            new Provider().isSystemStream(SystemStream.Input);
            CLibrary.isatty(0); // throws when the library did not load (the provider's own check answers false)
            nativeReady = true;
        } catch (RuntimeException | LinkageError e) {
            // open() tries again and falls back on the builder
        }
    }

    /**
     * The process's terminal in its line mode, before the editor takes it over ({@link EarlyLines}),
     * asked through JLine's native library once {@link #prepare} has loaded it. Whether input waits
     * is polled often and never waits for that (until then it tells nothing; the editor's terminal
     * is made after it, so the early lines' last look before the editor takes over always asks);
     * the width waits for it.
     */
    static final class LineMode implements EarlyLines.Driver {
        /**
         * poll(2) on descriptor 0: in line mode a Ctrl-D at a line's start makes it readable
         * (its read returns nothing) while FIONREAD counts no byte of it.
         */
        @Override
        public boolean inputWaits() {
            try {
                return nativeReady && CLibrary.pollForInput(0, 0) > 0;
            } catch (LinkageError e) {
                nativeReady = false; // a native library without poll: the Ctrl-D waits for the editor, as before
                return false;
            }
        }

        @Override
        public int columns() {
            awaitPrepared();
            return nativeReady ? CLibrary.getTerminalWidth(0) : 0;
        }
    }

    /**
     * Classes the prompt's start loads to open the system terminal that an archive's training run,
     * which has no terminal, never loads (seen with {@code -Xlog:class+load} at a prompt's start:
     * 24 of them came from the jar, read and verified at every start, the rest of the prompt's
     * classes from the archive; also the classes of this file that only the system terminal uses).
     */
    private static final List<String> SYSTEM_TERMINAL_CLASSES = List.of(
            "org.jline.terminal.TerminalBuilder", "org.jline.terminal.impl.TermiosMapping",
            "org.jline.terminal.impl.TermiosMapping$PlatformMappingHolder", "org.jline.terminal.impl.LinuxTermiosMapping",
            "org.jline.terminal.impl.OsXTermiosMapping", "org.jline.terminal.impl.SolarisTermiosMapping",
            "org.jline.terminal.impl.FreeBsdTermiosMapping", "org.jline.terminal.impl.AixTermiosMapping",
            "org.jline.terminal.impl.TermiosData", "org.jline.terminal.impl.AbstractUnixSysTerminal",
            "org.jline.terminal.impl.jni.JniUnixSysTerminal", "org.jline.terminal.impl.SignalInterceptingInputStream",
            "org.jline.utils.NonCloseableInputStream", "org.jline.utils.NonCloseableOutputStream",
            "org.jline.utils.FastBufferedOutputStream", "org.jline.nativ.CLibrary$Termios",
            "org.jline.nativ.CLibrary$WinSize", "org.jline.utils.PumpThread", "org.jline.utils.PumpThread$ResultHandler",
            "org.jline.utils.PumpThread$TimedIoReader", "org.jline.utils.ShutdownHooks", "org.jline.utils.ShutdownHooks$1",
            "org.jline.utils.ShutdownHooks$Task", "java.util.EnumMap$EntrySet", "java.util.EnumMap$EnumMapIterator",
            "java.util.EnumMap$EntryIterator", "java.util.EnumMap$EntryIterator$Entry",
            "java.util.concurrent.atomic.AtomicReference", "java.nio.file.attribute.FileTime$1",
            "java.util.function.IntUnaryOperator", "java.lang.Thread$ThreadNumbering",
            "dev.tauraro.script.cli.SystemTerminal$Preparing", "dev.tauraro.script.cli.EarlyPrompt",
            "dev.tauraro.script.cli.SystemTerminal$Provider$Forwarding", "dev.tauraro.script.cli.SystemTerminal$LineMode");

    /**
     * Loads {@link #SYSTEM_TERMINAL_CLASSES} (not initialised) for an archive's training run; a class
     * missing is skipped. Also runs the system terminal's JLine code that makes lambdas (the
     * terminal modes' conversion, at each switch to raw mode; the input's pump thread): a lambda
     * whose call site the training never ran is generated at each start, in the prompt's way.
     */
    static void loadForArchive() {
        for (String name : SYSTEM_TERMINAL_CLASSES) {
            try {
                Class.forName(name, false, SystemTerminal.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // another JLine or JDK: that class is loaded at the prompt's start, as before
            }
        }
        try {
            TermiosMapping.forCurrentPlatform().toTermios(new Attributes());
            try (NonBlockingInputStream in = NonBlocking.nonBlocking("training", new ByteArrayInputStream(new byte[] {'x'}))) {
                in.read(100L);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // training only: those lambdas are generated at the prompt's start, as before
        }
    }

    /** The terminal of standard input and output (or error), for the prompt. */
    static Terminal open() throws IOException {
        if (preparing == null) {
            prepare();
        } else {
            awaitPrepared();
        }
        Terminal opened = null;
        try {
            opened = direct(cacheDirectory());
        } catch (IOException | RuntimeException | LinkageError e) {
            // below: the builder, which tries the same provider its own way and then the others
        }
        return opened != null ? opened : viaBuilder();
    }

    /** Waits for {@link #prepareInBackground}'s thread, if one was started. */
    private static void awaitPrepared() {
        Thread t = preparing;
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The JNI terminal, or null when the process's streams are not the terminal. */
    private static Terminal direct(Path cache) throws IOException {
        JniTerminalProvider provider = new Provider();
        if (!provider.isSystemStream(SystemStream.Input)) {
            return null;
        }
        SystemStream output = provider.isSystemStream(SystemStream.Output) ? SystemStream.Output
                : provider.isSystemStream(SystemStream.Error) ? SystemStream.Error : null;
        if (output == null) {
            return null;
        }
        TerminalBuilder settings = TerminalBuilder.builder();
        String type = settings.computeType();
        boolean named = type != null && TYPE.matcher(type).matches();
        FileTime entry = named ? compiledEntryTime(type) : null;
        Path description = cache == null || entry == null ? null : cache.resolve("terminfo").resolve(type);
        boolean cached = description != null && loadDescription(type, description, entry);
        Charset encoding = settings.computeEncoding();
        Terminal t;
        try (Quiet q = named && entry == null && InfoCmp.getDefaultInfoCmp(type) == null ? new Quiet() : null) {
            t = provider.sysTerminal("tauraro", type, false, encoding, settings.computeStdinEncoding(),
                    settings.computeStdoutEncoding(), true, Terminal.SignalHandler.SIG_DFL, false, output);
        }
        if (description != null && !cached) {
            keepDescription(type, description);
        }
        return t;
    }

    /**
     * JLine's logger silenced while a terminal of a type nothing describes is made ({@code TERM}
     * with no terminfo entry and none of JLine's built-in descriptions): JLine runs infocmp, which
     * fails, and logs a warning with two Java stack traces before treating the terminal as ANSI, as
     * it would anyway. python3 says nothing for such a terminal either. JLine logs through
     * {@code System.Logger}, whose default backend is java.util.logging.
     */
    private static final class Quiet implements AutoCloseable {
        private final java.util.logging.Logger jline = java.util.logging.Logger.getLogger("org.jline");
        private final java.util.logging.Level level = jline.getLevel();

        Quiet() {
            jline.setLevel(java.util.logging.Level.OFF);
        }

        @Override
        public void close() {
            jline.setLevel(level);
        }
    }

    /**
     * The builder's way, through JNI only: with "exec" in the list JLine also asked whether
     * standard output is a terminal by running {@code test -t 1}, a process start before the first
     * prompt. The exec provider (stty) stays the fallback where JLine's native library cannot
     * load, which JLine answers with a dumb terminal. No grapheme-cluster probe: it queries the
     * terminal and waits for answers (up to 0.2 s on a terminal that does not answer), before the
     * first prompt; python3 does not either.
     */
    private static Terminal viaBuilder() throws IOException {
        Terminal t = TerminalBuilder.builder().system(true).graphemeCluster(false).providers("jni").exec(false).build();
        boolean dumb = Terminal.TYPE_DUMB.equals(t.getType()) || Terminal.TYPE_DUMB_COLOR.equals(t.getType());
        if (!dumb || "dumb".equals(System.getenv("TERM"))) {
            return t;
        }
        t.close();
        return TerminalBuilder.builder().system(true).graphemeCluster(false).providers("exec").build();
    }

    private static Path cacheDirectory() {
        String dir = System.getProperty("tauraro.cache.dir");
        return dir == null || dir.isEmpty() ? null : Path.of(dir);
    }

    /**
     * Points JLine's loader at a copy of its native library in {@code dir}, extracting it there the
     * first time ({@link #replace}). The copy sits in a folder named by the JVM's platform
     * properties rather than JLine's ({@link OSInfo}, asked only to extract): JLine's name for it
     * reads the whole of
     * {@code /proc/self/maps} to tell musl from glibc, tens of milliseconds in a JVM at each call.
     * JLine's loader tries {@code library.jline.path} itself before extracting its own copy.
     */
    static void nativeLibrary(Path dir) {
        if (System.getProperty("library.jline.path") != null) {
            return; // the user's choice
        }
        String name = System.mapLibraryName("jlinenative").replace(".dylib", ".jnilib");
        Path folder = dir.resolve((System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9_.-]", "_"));
        Path lib = folder.resolve(name);
        try {
            if (!Files.isRegularFile(lib)) {
                String resource = "/org/jline/nativ/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
                try (InputStream in = OSInfo.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return; // no library for this platform: JLine's loader says so its own way
                    }
                    replace(lib, in);
                }
            }
            System.setProperty("library.jline.path", folder.toString());
        } catch (IOException | RuntimeException e) {
            // a read-only or full cache: JLine extracts to a temporary file as before
        }
    }

    /**
     * The modification time of {@code type}'s compiled terminfo entry, searched as ncurses does
     * ({@code $TERMINFO}, {@code ~/.terminfo}, {@code $TERMINFO_DIRS}, the system directories;
     * a letter or hexadecimal subdirectory); null when there is none, and then no description is
     * kept: infocmp runs (or fails) at each start, as without a cache.
     */
    static FileTime compiledEntryTime(String type) {
        List<String> dirs = new ArrayList<>();
        String env = System.getenv("TERMINFO");
        if (env != null && !env.isEmpty()) {
            dirs.add(env);
        }
        dirs.add(System.getProperty("user.home") + "/.terminfo");
        String list = System.getenv("TERMINFO_DIRS");
        if (list != null) {
            for (String d : list.split(":")) {
                dirs.add(d.isEmpty() ? "/usr/share/terminfo" : d);
            }
        }
        dirs.addAll(List.of("/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo"));
        String letter = type.substring(0, 1);
        String hex = Integer.toHexString(type.charAt(0));
        for (String d : dirs) {
            for (String sub : new String[] {letter, hex}) {
                Path entry = Path.of(d, sub, type);
                try {
                    return Files.getLastModifiedTime(entry);
                } catch (IOException | RuntimeException missing) {
                    // next place
                }
            }
        }
        return null;
    }

    /** Gives JLine the kept description of {@code type} when it is not older than the entry; whether it did. */
    private static boolean loadDescription(String type, Path description, FileTime entry) {
        try {
            if (Files.getLastModifiedTime(description).compareTo(entry) < 0) {
                return false;
            }
            InfoCmp.setLoadedInfoCmp(type, Files.readString(description, StandardCharsets.UTF_8));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Keeps the description JLine loaded for {@code type} (from infocmp), for the next start. */
    private static void keepDescription(String type, Path description) {
        String caps = InfoCmp.getLoadedInfoCmp(type);
        if (caps == null || caps.isEmpty()) {
            return;
        }
        try {
            replace(description, new java.io.ByteArrayInputStream(caps.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            // not kept: infocmp runs again next time
        }
    }

    /**
     * Writes {@code file} from {@code in} under a temporary name, then renames it: a concurrent
     * start never reads half a file.
     */
    private static void replace(Path file, InputStream in) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * JLine's JNI provider with signal handlers installed through {@code sun.misc.Signal}. JLine's
     * own registration reaches that class by reflection and implements its handler interface with a
     * dynamic proxy, whose class is generated at every start (about 90 ms before the prompt).
     * A signal the JVM reserves or the platform lacks (QUIT, INFO on Linux) is not registered, as
     * with JLine's registration.
     */
    private static final class Provider extends JniTerminalProvider {
        @Override
        public Object registerSignal(String name, Runnable handler) {
            return install(name, new Forwarding(handler));
        }

        /** A signal handed to JLine's handler (a class, for the archive: see {@link Preparing}). */
        private static final class Forwarding implements sun.misc.SignalHandler {
            private final Runnable handler;

            Forwarding(Runnable handler) {
                this.handler = handler;
            }

            @Override
            public void handle(sun.misc.Signal signal) {
                handler.run();
            }
        }

        @Override
        public Object registerDefaultSignal(String name) {
            return install(name, sun.misc.SignalHandler.SIG_DFL);
        }

        @Override
        public void unregisterSignal(String name, Object previous) {
            if (previous instanceof sun.misc.SignalHandler h) {
                install(name, h);
            }
        }

        private static Object install(String name, sun.misc.SignalHandler handler) {
            try {
                return sun.misc.Signal.handle(new sun.misc.Signal(name), handler);
            } catch (IllegalArgumentException unavailable) {
                return null;
            }
        }
    }
}
