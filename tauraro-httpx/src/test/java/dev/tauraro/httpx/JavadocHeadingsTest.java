package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The issue asks every public type's javadoc for a "Python equivalent" and a "Differences from
 * httpx" paragraph: checked in the sources, so a new public type without them fails the build.
 * (Top-level types; the nested builders are documented by their enclosing type.)
 */
class JavadocHeadingsTest {
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+\\s*)*public\\s+(?:final\\s+|abstract\\s+)*(?:class|interface|record|enum)\\s+(\\w+)",
            Pattern.DOTALL);

    @Test
    void everyPublicTypeNamesItsPythonEquivalentAndItsDifferences() throws IOException {
        Path sources = Path.of("src/main/java/dev/tauraro/httpx");
        List<String> missing = new ArrayList<>();
        int types = 0;
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(f);
                boolean isPublic = Pattern.compile("(?m)^public\\s").matcher(text).find();
                if (!isPublic) {
                    continue;
                }
                Matcher m = PUBLIC_TYPE.matcher(text);
                if (!m.find()) {
                    missing.add(f.getFileName() + ": no javadoc before its public type");
                    continue;
                }
                types++;
                String doc = m.group(1);
                if (!doc.contains("Python equivalent")) {
                    missing.add(m.group(2) + ": no \"Python equivalent\"");
                }
                if (!doc.contains("Differences from httpx")) {
                    missing.add(m.group(2) + ": no \"Differences from httpx\"");
                }
            }
        }
        assertThat(types).isGreaterThan(40);
        assertThat(missing).isEmpty();
    }
}
