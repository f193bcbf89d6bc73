package dev.tauraro.script.modules;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyModule;
import dev.tauraro.script.syntax.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code import concurrent.futures}: the script module {@code lib/concurrent/futures.py} (written
 * from the documentation, over the script {@code threading}), run under its dotted name and set as the
 * {@code futures} attribute of the {@code concurrent} package ({@code lib/concurrent.py}), so that
 * {@code import concurrent.futures} followed by {@code concurrent.futures.wait(...)} works.
 */
final class ConcurrentFutures {
    private ConcurrentFutures() {
    }

    static PyModule create(Interpreter interp) {
        String text;
        try (InputStream in = ConcurrentFutures.class.getResourceAsStream(
                "/dev/tauraro/script/lib/concurrent/futures.py")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PyModule m = interp.runModuleSource(new SourceFile("<frozen concurrent.futures>", text), "concurrent.futures");
        interp.importModule("concurrent").set("futures", m);
        return m;
    }
}
