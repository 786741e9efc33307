package org.chancery.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("serve", "import FILE", "export FILE", "validate FILE");
        assertThat(run("import", "--help")).isZero();
        assertThat(out()).contains("Usage: java -jar chancery.jar import FILE");
    }

    @Test
    void unknownCommandIsRefusedWithTheUsage() {
        assertThat(run("frobnicate")).isEqualTo(64);
        assertThat(err()).contains("Unknown command 'frobnicate'", "Usage:");
    }

    @Test
    void importedFileExportsByteForByte() throws IOException {
        Path source = dir.resolve("in.ndjson");
        Files.copy(CommandLineTests.class.getResourceAsStream("/dataset/founding.ndjson"), source);
        Path exported = dir.resolve("out.ndjson.gz");

        assertThat(run("import", source.toString(), database())).isZero();
        assertThat(out()).contains("Imported", "new");
        assertThat(err()).contains("imported", "records/s", "100%");
        assertThat(run("export", exported.toString(), database())).isZero();

        byte[] unzipped = new GZIPInputStream(Files.newInputStream(exported)).readAllBytes();
        assertThat(unzipped).isEqualTo(Files.readAllBytes(source));
    }

    @Test
    void badLineIsReportedByNumberAndFieldAndNothingIsImported() throws IOException {
        Path file = dir.resolve("bad.ndjson");
        Files.writeString(
                file,
                "{\"type\":\"entity\",\"id\":\"E1\",\"kind\":\"POLITY\",\"name\":\"Arcadia\"}\n"
                        + "{\"type\":\"entity\",\"id\":\"E2\",\"kind\":\"POLITY\",\"name\":\"\"}\n");

        assertThat(run("import", file.toString(), database())).isEqualTo(1);
        assertThat(err()).contains("line 2: name:", "Nothing was written").doesNotContain("Exception", "at org.");

        Path exported = dir.resolve("out.ndjson");
        assertThat(run("export", exported.toString(), database())).isZero();
        assertThat(Files.readString(exported)).isEmpty();
    }

    @Test
    void missingFileIsNamed() {
        assertThat(run("validate", dir.resolve("nowhere.ndjson").toString(), database()))
                .isEqualTo(66);
        assertThat(err()).contains("Cannot read").contains("nowhere.ndjson");
    }

    private String database() {
        return "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0";
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new CommandLine(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
