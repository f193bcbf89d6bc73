package dev.tauraro.script.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's own {@code __getattr__} and {@code __dir__} (PEP 562), which need a second module file
 * beside the script: a conformance script cannot bring one. Expected output from CPython 3.11.
 */
class ModuleHooksTest {
    @Test
    void aModulesGetattrAndDirAnswerForIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lazy.py"), String.join("\n",
                "present = 'here'",
                "def __getattr__(name):",
                "    if name.startswith('no_'):",
                "        raise AttributeError(f'module {__name__!r} has no attribute {name!r}')",
                "    return 'computed ' + name",
                "def __dir__():",
                "    return ['zeta', 'alpha']",
                ""));
        Path main = dir.resolve("main.py");
        Files.writeString(main, String.join("\n",
                "import lazy",
                "print(lazy.present, lazy.anything, getattr(lazy, 'other'))",
                "print(hasattr(lazy, 'no_x'), getattr(lazy, 'no_y', 'default'), dir(lazy))",
                "from lazy import imported",
                "print(imported)",
                "try:",
                "    from lazy import no_such",
                "except ImportError as e:",
                "    print('ImportError', e.name if hasattr(e, 'name') else '')",
                ""));
        ConformanceTest.Result r = ConformanceTest.run(main);
        assertThat(r.err()).isEmpty();
        // what /usr/bin/python3 main.py printed
        assertThat(r.out()).isEqualTo("here computed anything computed other\n"
                + "False default ['alpha', 'zeta']\n"
                + "computed imported\n"
                + "ImportError lazy\n");
    }
}
