package org.chancery.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.chancery.domain.source.SourceText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes a realistic registry of {@code claims} claims in the dataset format, the same bytes for the same
 * seed: a few hundred polities, thousands of people, positions, organisations, agreements, events and
 * sources, claims of many predicates with one to three citations quoting their sources, partial and
 * bounded dates, deprecated and preferred claims. Two benchmark entities have as many claims at every
 * size from 1,100 claims up: {@code E1} 100 and {@code E2} 1,000, so that a query's answer keeps its
 * size.
 *
 * <p>Usage: {@code DatasetGenerator CLAIMS FILE [SEED]}; a FILE ending in {@code .gz} is compressed.
 */
public final class DatasetGenerator {

    /** Entities by kind, as ranges of ids. */
    private record Range(long first, long count) {
        long pick(SplittableRandom random) {
            return first + random.nextLong(count);
        }
    }

    private static final String[] VERBS = {"met", "recognised", "received", "wrote to", "spoke with", "visited"};
    private static final String[] MODALITIES = {"STATED", "ATTRIBUTED", "ALLEGED", "SPECULATIVE", "DISPUTED", "DENIED"};
    private static final int LINES_PER_SOURCE = 12;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final long claims;
    private final SplittableRandom random;
    private final JsonFactory json = new JsonFactory();
    private long nextEntity = 1;
    private Range polities;
    private Range people;
    private Range positions;
    private Range organisations;
    private Range agreements;
    private Range events;
    private Range sources;

    DatasetGenerator(long claims, long seed) {
        this.claims = claims;
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: DatasetGenerator CLAIMS FILE [SEED]");
            System.exit(64);
        }
        long claims = Long.parseLong(args[0].replace("_", ""));
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2022_05_06L;
        try (OutputStream out = open(file)) {
            new DatasetGenerator(claims, seed).write(out);
        }
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    void write(OutputStream target) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
        for (String line : predicates()) {
            out.write(line);
            out.write('\n');
        }
        entity(out, "POLITY", "Benchmark polity with 100 claims");
        entity(out, "POLITY", "Benchmark polity with 1000 claims");
        polities = entities(out, "POLITY", "Polity", 300);
        people = entities(out, "PERSON", "Person", Math.max(1_000, claims / 20));
        positions = entities(out, "POSITION", "Position", Math.max(100, claims / 100));
        organisations = entities(out, "ORGANISATION", "Organisation", Math.max(50, claims / 200));
        agreements = entities(out, "AGREEMENT", "Agreement", Math.max(50, claims / 200));
        events = entities(out, "EVENT", "Event", Math.max(50, claims / 200));
        long sourceCount = Math.max(50, claims / 20);
        sources = new Range(1, sourceCount);
        for (long s = 1; s <= sourceCount; s++) {
            source(out, s);
        }
        for (long c = 1; c <= claims; c++) {
            claim(out, c);
        }
        out.flush();
    }

    /** The founding dataset's vocabulary, which every generated claim uses. */
    private static List<String> predicates() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                        DatasetGenerator.class.getResourceAsStream("/dataset/founding.ndjson"), "founding dataset");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("{\"type\":\"predicate\"")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private Range entities(Writer out, String kind, String name, long count) throws IOException {
        Range range = new Range(nextEntity, count);
        for (long i = 0; i < count; i++) {
            entity(out, kind, name + " " + (i + 1));
        }
        return range;
    }

    private void entity(Writer out, String kind, String name) throws IOException {
        long id = nextEntity++;
        line(out, g -> {
            g.writeStringProperty("type", "entity");
            g.writeStringProperty("id", "E" + id);
            g.writeStringProperty("kind", kind);
            g.writeStringProperty("name", name);
            if (id % 3 == 0) {
                g.writeName("aliases");
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringProperty("name", name.toUpperCase(Locale.ROOT) + " (" + id + ")");
                g.writeStringProperty("language", "en");
                g.writeEndObject();
                g.writeEndArray();
            }
            if (id % 7 == 0) {
                g.writeStringProperty("description", "A generated " + kind.toLowerCase(Locale.ROOT) + ".");
            }
        });
    }

    /** The text of source {@code s}: lines that its citations quote. */
    private static String text(long s) {
        StringBuilder text = new StringBuilder("Report number " + s + ".\n\n");
        for (int line = 1; line <= LINES_PER_SOURCE; line++) {
            text.append(sentence(s, line)).append("\n\n");
        }
        return text.toString();
    }

    private static String sentence(long s, int line) {
        return "In report %d, line %d: the envoy %s the delegation on day %d."
                .formatted(s, line, VERBS[(int) ((s + line) % VERBS.length)], (s * 31 + line) % 365 + 1);
    }

    private void source(Writer out, long s) throws IOException {
        String text = text(s);
        long publisher = organisations.pick(random);
        line(out, g -> {
            g.writeStringProperty("type", "source");
            g.writeStringProperty("id", "S" + s);
            g.writeStringProperty("kind", s % 5 == 0 ? "WIRE_REPORT" : "NEWS_ARTICLE");
            g.writeStringProperty("title", "Report number " + s);
            g.writeStringProperty("url", "https://news.example/reports/" + s);
            g.writeStringProperty("publisher", "E" + publisher);
            g.writeStringProperty("publishedAt", "2022-%02d-%02dT12:00:00+02:00".formatted(1 + s % 12, 1 + s % 28));
            g.writeStringProperty("language", "en");
            g.writeStringProperty("text", text);
            g.writeStringProperty("sha256", SourceText.sha256(text));
        });
    }

    private void claim(Writer out, long c) throws IOException {
        String predicate;
        long subject;
        String object;
        if (c <= 100) {
            predicate = "recognizes";
            subject = 1;
            object = entityValue(polities.pick(random));
        } else if (c <= 1_100) {
            predicate = "diplomatic_relations_with";
            subject = 2;
            object = entityValue(polities.pick(random));
        } else {
            switch ((int) (c % 8)) {
                case 0 -> {
                    predicate = "recognizes";
                    subject = polities.pick(random);
                    object = entityValue(other(polities, subject));
                }
                case 1 -> {
                    predicate = "diplomatic_relations_with";
                    subject = polities.pick(random);
                    object = entityValue(other(polities, subject));
                }
                case 2 -> {
                    predicate = "holds_position";
                    subject = people.pick(random);
                    object = entityValue(positions.pick(random));
                }
                case 3 -> {
                    predicate = "envoy_to";
                    subject = people.pick(random);
                    object = entityValue(polities.pick(random));
                }
                case 4 -> {
                    predicate = "party_to";
                    subject = polities.pick(random);
                    object = entityValue(agreements.pick(random));
                }
                case 5 -> {
                    predicate = "spoke_with";
                    subject = people.pick(random);
                    object = entityValue(other(people, subject));
                }
                case 6 -> {
                    predicate = "condemns";
                    subject = polities.pick(random);
                    object = entityValue(events.pick(random));
                }
                default -> {
                    predicate = "inception";
                    subject = organisations.pick(random);
                    object = "{\"date\":\"" + date() + "\"}";
                }
            }
        }
        String validFrom = random.nextInt(10) < 8 ? date() : null;
        String validUntil = validFrom != null && random.nextInt(4) == 0 ? later(validFrom) : null;
        String rank = c % 20 == 0 ? "DEPRECATED" : c % 20 == 1 ? "PREFERRED" : "NORMAL";
        int citations = 1 + random.nextInt(3);
        List<long[]> quotes = new ArrayList<>();
        for (int i = 0; i < citations; i++) {
            quotes.add(new long[] {sources.pick(random), 1 + random.nextInt(LINES_PER_SOURCE)});
        }
        long onBehalfOf = polities.pick(random);
        String finalPredicate = predicate;
        long finalSubject = subject;
        String finalObject = object;
        line(out, g -> {
            g.writeStringProperty("type", "claim");
            g.writeStringProperty("id", "C" + c);
            g.writeStringProperty("subject", "E" + finalSubject);
            g.writeStringProperty("predicate", finalPredicate);
            g.writeName("object");
            g.writeRawValue(finalObject);
            if (validFrom != null) {
                g.writeStringProperty("validFrom", validFrom);
            }
            if (validUntil != null) {
                g.writeStringProperty("validUntil", validUntil);
            }
            if (finalPredicate.equals("envoy_to")) {
                g.writeName("qualifiers");
                g.writeRawValue("[{\"predicate\":\"role\",\"value\":{\"text\":\"Ambassador\"}},"
                        + "{\"predicate\":\"on_behalf_of\",\"value\":{\"entity\":\"E" + onBehalfOf + "\"}}]");
            }
            g.writeStringProperty("rank", rank);
            if (rank.equals("DEPRECATED")) {
                g.writeStringProperty("deprecationReason", "A later report contradicts it.");
            }
            g.writeName("citations");
            g.writeStartArray();
            for (long[] quote : quotes) {
                g.writeStartObject();
                g.writeStringProperty("source", "S" + quote[0]);
                g.writeStringProperty("quote", sentence(quote[0], (int) quote[1]));
                g.writeStringProperty("locator", "line " + quote[1]);
                String modality = MODALITIES[(int) ((c + quote[1]) % MODALITIES.length)];
                if (!modality.equals("STATED")) {
                    g.writeName("attribution");
                    g.writeRawValue("[{\"text\":\"an official\"}]");
                }
                g.writeStringProperty("modality", modality);
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private long other(Range range, long not) {
        long picked = range.pick(random);
        return picked == not ? (picked == range.first() ? picked + 1 : picked - 1) : picked;
    }

    private static String entityValue(long id) {
        return "{\"entity\":\"E" + id + "\"}";
    }

    /** A date of every precision the format has: a day, a month, a year, or a bound. */
    private String date() {
        int year = 1990 + random.nextInt(33);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        return switch (random.nextInt(5)) {
            case 0 -> "%d".formatted(year);
            case 1 -> "%d-%02d".formatted(year, month);
            case 2 -> "[..%d-%02d-%02d]".formatted(year, month, day);
            default -> "%d-%02d-%02d".formatted(year, month, day);
        };
    }

    /** A date after {@code from}: some later year, or an open-ended bound. */
    private String later(String from) {
        Matcher year = YEAR.matcher(from);
        int after = year.find() ? Integer.parseInt(year.group()) + 1 : 2023;
        return random.nextBoolean() ? String.valueOf(after + random.nextInt(5)) : "[%d..]".formatted(after);
    }

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator generator) throws IOException;
    }

    private void line(Writer out, Fields fields) throws IOException {
        try (JsonGenerator g = json.createGenerator(ObjectWriteContext.empty(), new NonClosing(out))) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.write('\n');
    }

    /** The writer, which closing one line's generator leaves open. */
    private static final class NonClosing extends FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
