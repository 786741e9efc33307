package org.chancery.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/settings.md} names every {@code chancery.*} property the modules declare (as the property
 * metadata in their jars lists them), and no property that does not exist.
 */
class SettingsReferenceTests {

    private static final Path REFERENCE =
            Path.of("..", "docs", "settings.md").toAbsolutePath().normalize();
    private static final Pattern NAMED = Pattern.compile("`(chancery\\.[a-z0-9.-]+)`");

    @Test
    void everyPropertyHasALineAndEveryLineAProperty() throws IOException {
        Set<String> declared = declared();
        Set<String> documented = new TreeSet<>();
        Matcher named = NAMED.matcher(Files.readString(REFERENCE));
        while (named.find()) {
            documented.add(named.group(1));
        }

        assertThat(declared).as("the chancery.* properties the metadata lists").hasSizeGreaterThan(20);
        assertThat(declared).as("properties missing from docs/settings.md").isSubsetOf(documented);
        assertThat(documented)
                .as("properties in docs/settings.md that do not exist")
                .isSubsetOf(declared);
    }

    private static Set<String> declared() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Set<String> names = new TreeSet<>();
        for (URL metadata : Collections.list(SettingsReferenceTests.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = metadata.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asString();
                    if (name.startsWith("chancery.")) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }
}
