package org.chancery.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTests {

    @TempDir
    Path dir;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpListsEveryCommandAndItsExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("serve", "import", "export", "validate", "Exit codes:", "64", "docs/settings.md");
        assertThat(run("import", "--help")).isZero();
        assertThat(out()).contains("Usage: java -jar chancery.jar import", "FILE", "Exit codes:", "75");
        assertThat(run("help", "validate")).isZero();
        assertThat(out()).contains("Usage: java -jar chancery.jar validate");
    }

    @Test
    void versionIsTheBuildsAndStartsNothing() {
        assertThat(run("--version")).isZero();
        assertThat(out()).matches("Chancery \\d+\\.\\d+\\.\\d+\\S*\\R");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void unknownCommandIsRefusedWithTheUsage() {
        assertThat(run("frobnicate")).isEqualTo(64);
        assertThat(err()).contains("Unknown command or argument: 'frobnicate'", "Usage:");
    }

    @Test
    void unknownOptionsAreRefusedBeforeAnythingStarts() {
        for (String option : new String[] {"--versio", "-x", "--port=8080", "--server.port"}) {
            assertThat(run(option)).as(option).isEqualTo(64);
            assertThat(err()).as(option).contains("Unknown option: '" + option + "'", "Usage:");
        }
        assertThat(run("validate", "a.ndjson", "b.ndjson")).isEqualTo(64);
        assertThat(err()).contains("'b.ndjson'");
        assertThat(run("import")).isEqualTo(64);
        assertThat(err()).contains("FILE");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void validateSaysWhatTheFileHolds() throws IOException {
        Path source = dir.resolve("in.ndjson");
        Files.copy(CommandsTests.class.getResourceAsStream("/dataset/founding.ndjson"), source);

        assertThat(run("validate", source.toString(), database())).isZero();
        assertThat(out())
                .containsPattern(
                        "Checked .*in.ndjson: valid, \\d+ records: \\d+ predicates, \\d+ entities, 1 source, \\d+ claims")
                .contains("Nothing was written");
    }

    @Test
    void importedFileExportsByteForByte() throws IOException {
        Path source = dir.resolve("in.ndjson");
        Files.copy(CommandsTests.class.getResourceAsStream("/dataset/founding.ndjson"), source);
        Path exported = dir.resolve("out.ndjson.gz");

        assertThat(run("import", source.toString(), database())).isZero();
        assertThat(out()).contains("Imported", "1 source", "new, 0 changed, 0 unchanged");
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
        assertThat(dir.resolve("db.mv.db"))
                .as("no database opened for a file that cannot be read")
                .doesNotExist();
    }

    private String database() {
        return "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0";
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Commands.run(
                new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true),
                args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
