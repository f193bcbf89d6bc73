package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyModule;

/**
 * The Python modules implemented in Java. Each one is created on first import (so start-up
 * loads none of them) and has one binding file.
 */
public final class Modules {
    private Modules() {
    }

    /** A new instance of the named module for {@code interp}, or null if it is not built in. */
    public static PyModule create(String name, Interpreter interp) {
        return switch (name) {
            case "asyncio" -> AsyncioModule.create(interp);
            case "asyncio.subprocess" -> (PyModule) interp.importModule("asyncio").get("subprocess");
            case "multiprocessing" -> MultiprocessingModule.create(interp);
            case "multiprocessing.context" -> MultiprocessingModule.contextModule(interp);
            case "_thread" -> ThreadModule.create(interp);
            case "threading" -> ThreadModule.threading(interp);
            case "sys" -> SysModule.create(interp);
            case "builtins" -> BuiltinsModule.create(interp);
            case "gc" -> GcModule.create(interp);
            case "_weakref" -> WeakrefModule.create(interp); // weakref is lib/weakref.py over it
            case "unicodedata" -> dev.tauraro.script.modules.text.UnicodedataModule.create(interp);
            case "time" -> TimeModule.create(interp);
            case "math" -> MathModule.create(interp);
            case "cmath" -> CmathModule.create(interp);
            case "itertools" -> dev.tauraro.script.modules.itertools.ItertoolsModule.create(interp);
            case "json" -> JsonModule.create(interp);
            case "random" -> RandomModule.create(interp);
            case "_traceback" -> TracebackModule.create(interp);
            case "atexit" -> AtexitModule.create(interp);
            case "_contextvars" -> ContextvarsModule.create(interp); // contextvars is lib/contextvars.py over it
            case "_importlib" -> ImportlibModule.create(interp);
            case "_subprocess" -> SubprocessModule.create(interp);
            case "_signal" -> SignalModule.create(interp);
            case "io", "_io" -> dev.tauraro.script.modules.files.IoModule.create(interp);
            // os and os.path are lib/os.py and lib/posixpath.py over the Java _os
            case "_os" -> dev.tauraro.script.modules.files.OsModule.create(interp);
            case "_ssl" -> SslModule.create(interp);
            // socket, select, selectors are lib/*.py over the Java _socket (java.nio channels)
            case "_socket" -> dev.tauraro.script.modules.net.SocketModule.create(interp);
            case "os.path" -> interp.importModule("posixpath");
            // websockets itself is script code (lib/websockets.py) over the Java _websockets
            case "_websockets" -> WebsocketsModule.create(interp);
            case "websockets.exceptions" -> WebsocketsModule.exceptions(interp);
            // httpx is lib/httpx.py over the _httpx binding of tauraro-httpx
            case "_httpx" -> HttpxModule.create(interp);
            // re is lib/re.py over the Java _re (pattern translation and matching loops)
            case "_re" -> dev.tauraro.script.modules.text.ReModule.create(interp);
            // codecs is lib/codecs.py over the Java _codecs (the codecs themselves are runtime/Codecs)
            case "_codecs" -> CodecsModule.create(interp);
            // collections is lib/collections.py over the Java _collections
            case "_collections" -> CollectionsModule.create(interp);
            // heapq and bisect are lib/heapq.py and lib/bisect.py over the Java _heapq and _bisect
            case "_heapq" -> HeapqModule.create(interp);
            // copy is lib/copy.py over the Java _copy (its list, tuple and dict copiers)
            case "_copy" -> CopyModule.create(interp);
            case "_bisect" -> BisectModule.create(interp);
            case "_typing" -> TypingModule.create(interp); // typing.py's protocol member walk
            // array is lib/array.py over the Java _array (its item access)
            case "_array" -> ArrayModule.create(interp);
            // ast is lib/ast.py over the Java _syntaxtree (the parser's own tree, as tuples)
            case "_syntaxtree" -> SyntaxTreeModule.create(interp);
            case "_struct" -> dev.tauraro.script.modules.data.StructModule.create(interp);
            case "binascii" -> dev.tauraro.script.modules.data.BinasciiModule.create(interp);
            case "_base64" -> dev.tauraro.script.modules.data.Base64Module.create(interp); // base64 is lib/base64.py over it
            case "_hashlib" -> dev.tauraro.script.modules.data.HashlibModule.create(interp);
            case "zlib" -> dev.tauraro.script.modules.data.ZlibModule.create(interp);
            // bz2 and lzma are lib/bz2.py and lib/lzma.py over these (codecs from commons-compress, XZ for Java)
            case "_bz2" -> dev.tauraro.script.modules.data.Bz2Module.create(interp);
            case "_lzma" -> dev.tauraro.script.modules.data.LzmaModule.create(interp);
            // decimal is lib/decimal.py over the Java _decimal (BigDecimal arithmetic)
            // sqlite3 is the package lib/sqlite3 over the Java _sqlite3 (SQLite through the xerial driver)
            case "_sqlite3" -> dev.tauraro.script.modules.sqlite.SqliteModule.create(interp);
            case "_decimal" -> dev.tauraro.script.modules.decimal.DecimalModule.create(interp);
            // queue is CPython's pure-Python queue.py over threading; _queue holds Empty and SimpleQueue
            case "queue", "_queue" -> fromSource(name, interp);
            // concurrent.futures is the package lib/concurrent/futures.py with its submodules beside it
            case "_concurrent_futures" -> ConcurrentFuturesErrors.create(interp);
            default -> fromSource(name, interp);
        };
    }

    /**
     * Modules written in the script language, shipped as resources under {@code lib/}. A dotted
     * name {@code a.b} is {@code lib/a/b.py}, a submodule of the package {@code lib/a.py}: as
     * CPython, the package is imported first and the submodule becomes its attribute.
     */
    static PyModule fromSource(String name, Interpreter interp) {
        String text = source(name);
        if (text == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        PyModule parent = dot < 0 ? null : interp.importModule(name.substring(0, dot));
        if (parent != null && interp.modules().get(name) != null) {
            return interp.modules().get(name); // the package's own body imported it
        }
        PyModule m = interp.runModuleSource(new dev.tauraro.script.syntax.SourceFile("<frozen " + name + ">", text), name);
        if (parent != null) {
            parent.set(name.substring(dot + 1), m);
        }
        return m;
    }

    /** The library's packages whose submodules are Java bindings rather than files under {@code lib/<name>/}. */
    private static final java.util.Set<String> JAVA_PACKAGES = java.util.Set.of("asyncio", "websockets", "httpx");

    /**
     * Whether the library module {@code name} is a package, as CPython's is: its submodules are files
     * under {@code lib/<name>/}, or Java bindings. What {@code __package__} and the message for a
     * missing submodule say.
     */
    public static boolean isPackage(String name) {
        return JAVA_PACKAGES.contains(name) || isLibraryName(name) && LibrarySources.isDirectory(name.replace('.', '/'));
    }

    /** The directory of a library package's sources on disk (bin/tauraro's cache), or null. */
    public static java.nio.file.Path packageDirectory(String name) {
        return isLibraryName(name) ? LibrarySources.onDisk(name.replace('.', '/')) : null;
    }

    /** The source of a library module written in the script language ({@code lib/a/b.py} for {@code a.b}), or null. */
    public static String source(String name) {
        if (!isLibraryName(name)) {
            return null;
        }
        return LibrarySources.read(name.replace('.', '/') + ".py");
    }

    /**
     * Whether {@code name} has the form of a library module's name: dot-separated parts of ASCII
     * letters (upper case too: {@code xml.etree.ElementTree}), digits and underscores, none empty nor
     * starting with a digit. A loop rather than a regular expression, whose compilation cost each
     * import a fraction of a millisecond at start-up.
     */
    public static boolean isLibraryName(String name) {
        boolean partStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                if (partStart) {
                    return false;
                }
                partStart = true;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
                    || !partStart && c >= '0' && c <= '9') {
                partStart = false;
            } else {
                return false;
            }
        }
        return !partStart;
    }
}
