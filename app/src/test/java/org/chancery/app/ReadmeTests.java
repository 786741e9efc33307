package org.chancery.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's "Where is …?" table and its links point at files that exist. In the table, {@code
 * domain/…/claim/ClaimRules.java} stands for the file under the module's sources, and a bare file name
 * after it for one in the same folder.
 */
class ReadmeTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\((?!https?:)([^)#]+)(#[^)]*)?\\)");
    private static final Pattern FILE = Pattern.compile("[\\w*.…/-]+\\.(java|md|sql|yml|ndjson|graphqls)");

    @Test
    void theCodeIsApacheLicensedAndTheFoundingSourcesTextIsSaidNotToBe() throws IOException {
        assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
        assertThat(Files.readString(ROOT.resolve("pom.xml"))).contains("<name>Apache-2.0</name>");
        assertThat(Files.readString(ROOT.resolve("NOTICE")))
                .contains("data/src/main/resources/dataset/founding.ndjson", "curators only", "does not apply");
    }

    @Test
    void everyPathInTheWhereIsTableExists() throws IOException {
        List<String> rows = tableRows();
        assertThat(rows).as("rows of the table").hasSizeGreaterThan(5);

        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            Path folder = null;
            Matcher code = CODE.matcher(row.substring(row.indexOf('|', 1)));
            while (code.find()) {
                String path = code.group(1);
                if (!FILE.matcher(path).matches()) {
                    continue;
                }
                List<Path> found = path.contains("/") ? resolve(path) : within(folder, path);
                if (found.isEmpty()) {
                    missing.add(path);
                } else {
                    folder = found.get(0).getParent();
                }
            }
        }
        assertThat(missing).as("paths in the README's table that name no file").isEmpty();
    }

    @Test
    void everyLinkToAFileOfTheProjectLeadsToOne() throws IOException {
        Matcher link = LINK.matcher(Files.readString(ROOT.resolve("README.md")));
        List<String> missing = new ArrayList<>();
        int links = 0;
        while (link.find()) {
            links++;
            if (!Files.exists(ROOT.resolve(link.group(1)))) {
                missing.add(link.group(1));
            }
        }
        assertThat(links).isPositive();
        assertThat(missing)
                .as("links in the README to files that are not there")
                .isEmpty();
    }

    private static List<String> tableRows() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        int heading = lines.indexOf("## Where is …?");
        assertThat(heading).as("the README's \"Where is …?\" heading").isNotNegative();
        return lines.subList(heading + 1, lines.size()).stream()
                .dropWhile(line -> !line.startsWith("|"))
                .takeWhile(line -> line.startsWith("|"))
                .skip(2)
                .toList();
    }

    /** {@code module/…/rest} under the module's sources, or a path (a glob in its last part) from the root. */
    private static List<Path> resolve(String path) {
        if (path.contains("/…/")) {
            String module = path.substring(0, path.indexOf('/'));
            String rest = path.substring(path.indexOf("/…/") + 3);
            return Stream.of("main", "test")
                    .map(set -> ROOT.resolve(module + "/src/" + set + "/java/org/chancery/" + module + "/" + rest))
                    .filter(Files::exists)
                    .toList();
        }
        Path file = ROOT.resolve(path);
        return within(file.getParent(), file.getFileName().toString());
    }

    private static List<Path> within(Path folder, String glob) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        var matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> matcher.matches(f.getFileName())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
