/**
 * The script front end: the {@link dev.tauraro.script.Tauraro} embedding API and the javax.script
 * engine. Exports only {@code dev.tauraro.script}; the grammar, compiler, runtime and module
 * bindings are internal.
 *
 * <p>Parboiled, which the grammar is built with, is not a module and cannot become one: its two
 * jars ({@code parboiled-core} and {@code parboiled-java}) both hold the package
 * {@code org.parboiled}, and one module layer refuses a package split over two modules. So
 * Parboiled and ASM stay on the class path, and this module reads the class path's unnamed module
 * (the compiler is told with {@code --add-reads}; at run time {@code Parser} adds the edge itself).
 * The grammar package is open because Parboiled, from the class path, defines its generated parser
 * classes there through {@code PyGrammar.lookup()}.
 */
module dev.tauraro.script {
    requires transitive dev.tauraro.asyncio;
    requires dev.tauraro.multiprocessing;
    requires dev.tauraro.multiprocessing.hazelcast;
    requires dev.tauraro.httpx;
    requires dev.tauraro.websockets;
    requires transitive java.scripting;
    requires jdk.unsupported;
    requires java.logging; // cli/SystemTerminal quiets JLine's logger in one case
    requires java.management; // time.thread_time: the calling thread's CPU time (ThreadMXBean)
    requires reactor.netty.core;
    requires reactor.netty.http;
    requires io.netty.handler;
    requires org.apache.commons.compress; // bz2
    requires org.tukaani.xz; // lzma
    requires java.sql; // sqlite3: the JDBC interfaces the xerial driver implements
    requires org.xerial.sqlitejdbc; // sqlite3: SQLite (native, bundled) through the xerial driver

    exports dev.tauraro.script;
    opens dev.tauraro.script.syntax;

    provides javax.script.ScriptEngineFactory with dev.tauraro.script.TauraroScriptEngineFactory;
}
