package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which names may be library modules: the loop agrees with the pattern it replaced. */
class ModulesTest {
    @Test
    void libraryNamesAreDottedAsciiIdentifiers() {
        // upper case too: xml.etree.ElementTree
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
        String alphabet = "ab_09.Z-/";
        Random random = new Random(12);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = name.toString();
            assertThat(Modules.isLibraryName(s)).as(s).isEqualTo(pattern.matcher(s).matches());
        }
        assertThat(Modules.isLibraryName("os.path")).isTrue();
        assertThat(Modules.isLibraryName("json")).isTrue();
        assertThat(Modules.isLibraryName("xml.etree.ElementTree")).isTrue();
        assertThat(Modules.isLibraryName("")).isFalse();
        assertThat(Modules.isLibraryName("a..b")).isFalse();
        assertThat(Modules.isLibraryName("../x")).isFalse();
    }
}
