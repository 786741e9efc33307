package org.chancery.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * Times the importer ({@code chancery.jar import}) against {@link ImportBaseline} on the same file and
 * database. Each round loads the file once with each, in a shuffled order, every load a JVM of its own
 * with {@code -Xmx256m} into a fresh empty database; the first rounds are a discarded warm-up. After
 * each round the two databases must hold the same rows, or the benchmark stops. It reports wall time,
 * CPU time (user + system) and peak RSS of each load, as measured by {@code /usr/bin/time}, and the
 * ratio importer/baseline of records per second in each round, with its median, min and max.
 *
 * <p>Usage: {@code ImportBenchmark FILE h2|postgres [--rounds 3] [--warmup 1] [--timeout 1800]
 * [--jar app/target/chancery.jar] [--work DIR] [--postgres jdbc:postgresql://127.0.0.1:5432/]}, run
 * with the bench module's classpath, which the baseline's JVM is given too.
 */
public final class ImportBenchmark {

    private static final String HEAP = "-Xmx256m";
    private static final Pattern RATE = Pattern.compile("([\\d,.\\u00a0']+) records/s");

    /** What {@code /usr/bin/time} and the load itself say of one run. */
    record Run(double wallSeconds, double cpuSeconds, long peakRssKb, double reportedRate) {}

    private enum Contender {
        IMPORTER,
        BASELINE
    }

    private final Path file;
    private final Database database;
    private final Path jar;
    private final Path work;
    private final long timeoutSeconds;
    private final long records;

    ImportBenchmark(Path file, Database database, Path jar, Path work, long timeoutSeconds) throws IOException {
        this.file = file.toAbsolutePath();
        this.database = database;
        this.jar = jar.toAbsolutePath();
        this.work = work;
        this.timeoutSeconds = timeoutSeconds;
        try (Stream<String> lines = Files.lines(file)) {
            this.records = lines.filter(l -> !l.isBlank()).count();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !List.of("h2", "postgres").contains(args[1])) {
            System.err.println("Usage: ImportBenchmark FILE h2|postgres [--rounds 3] [--warmup 1] [--timeout 1800]"
                    + " [--jar app/target/chancery.jar] [--work DIR] [--postgres jdbc:postgresql://127.0.0.1:5432/]");
            System.exit(64);
        }
        Map<String, String> options = new TreeMap<>();
        for (int i = 2; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path work = Path.of(options.getOrDefault(
                "--work", Files.createTempDirectory("import-bench").toString()));
        Files.createDirectories(work);
        Database database = args[1].equals("h2")
                ? new H2(work)
                : new Postgres(options.getOrDefault("--postgres", "jdbc:postgresql://127.0.0.1:5432/"));
        ImportBenchmark benchmark = new ImportBenchmark(
                Path.of(args[0]),
                database,
                Path.of(options.getOrDefault("--jar", "app/target/chancery.jar")),
                work,
                Long.parseLong(options.getOrDefault("--timeout", "1800")));
        benchmark.run(
                Integer.parseInt(options.getOrDefault("--warmup", "1")),
                Integer.parseInt(options.getOrDefault("--rounds", "3")));
    }

    void run(int warmups, int rounds) throws Exception {
        System.out.printf(
                "%s: %,d records on %s, %d warm-up round(s) and %d timed, %s each load%n",
                file.getFileName(), records, database.name(), warmups, rounds, HEAP);
        Random shuffle = new Random(records);
        List<Map<Contender, Run>> timed = new ArrayList<>();
        for (int round = 1 - warmups; round <= rounds; round++) {
            List<Contender> order = new ArrayList<>(List.of(Contender.values()));
            Collections.shuffle(order, shuffle);
            Map<Contender, Run> runs = new LinkedHashMap<>();
            Map<Contender, Map<String, String>> contents = new LinkedHashMap<>();
            for (Contender contender : order) {
                String name =
                        "r%d-%s".formatted(round + warmups, contender.name().toLowerCase(Locale.ROOT));
                database.create(name);
                try {
                    runs.put(contender, load(contender, name));
                    contents.put(contender, contents(name));
                } finally {
                    database.drop(name);
                }
            }
            requireSameRows(contents);
            System.out.println(describe(round <= 0 ? "warm-up" : "round " + round, runs));
            if (round > 0) {
                timed.add(runs);
            }
        }
        summarise(timed);
    }

    /** Runs one load in a JVM of its own, under {@code /usr/bin/time}, and waits for it to end. */
    private Run load(Contender contender, String name) throws IOException, InterruptedException {
        Path times = work.resolve(name + ".time");
        Path log = work.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString(), java, HEAP));
        if (contender == Contender.IMPORTER) {
            command.addAll(List.of("-jar", jar.toString(), "import", file.toString()));
            command.addAll(database.settings(name));
        } else {
            command.addAll(List.of(
                    "-cp",
                    classPath(),
                    ImportBaseline.class.getName(),
                    file.toString(),
                    database.url(name),
                    database.user()));
        }
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new IllegalStateException(
                    "%s took more than %d s and was stopped; see %s".formatted(contender, timeoutSeconds, log));
        }
        List<String> output = Files.readAllLines(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("%s failed with status %d:%n%s"
                    .formatted(
                            contender,
                            process.exitValue(),
                            String.join("\n", output.subList(Math.max(0, output.size() - 20), output.size()))));
        }
        String[] measured = Files.readString(times).strip().split("\\s+");
        return new Run(
                Double.parseDouble(measured[0]),
                Double.parseDouble(measured[1]) + Double.parseDouble(measured[2]),
                Long.parseLong(measured[3]),
                reportedRate(output));
    }

    /** This JVM's class path, with absolute paths: the loads run in the work directory. */
    private static String classPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The rate the load reported on its last progress line: records/s after its JVM and schema were up. */
    private static double reportedRate(List<String> output) {
        double rate = Double.NaN;
        for (String line : output) {
            Matcher m = RATE.matcher(line);
            if (m.find()) {
                rate = Double.parseDouble(m.group(1).replaceAll("\\D", ""));
            }
        }
        return rate;
    }

    /**
     * Each table's row count and a digest of its rows that ignores their order and the record times,
     * which are the database clock's.
     */
    private Map<String, String> contents(String name) throws SQLException, NoSuchAlgorithmException {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = database.connect(name)) {
            connection.setAutoCommit(false);
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet t = meta.getTables(null, database.schema(), "%", new String[] {"TABLE"})) {
                while (t.next()) {
                    names.add(t.getString("TABLE_NAME"));
                }
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String table : names) {
                boolean history = table.equalsIgnoreCase("flyway_schema_history");
                long count = 0;
                long digest = 0;
                try (Statement select = connection.createStatement()) {
                    select.setFetchSize(1000);
                    try (ResultSet rows =
                            select.executeQuery((history ? "SELECT 1 FROM \"" : "SELECT * FROM \"") + table + "\"")) {
                        List<Integer> columns = new ArrayList<>();
                        for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                            // the record times are the database clock's
                            if (!rows.getMetaData()
                                    .getColumnName(c)
                                    .toLowerCase(Locale.ROOT)
                                    .startsWith("recorded_")) {
                                columns.add(c);
                            }
                        }
                        while (rows.next()) {
                            count++;
                            if (history) {
                                continue;
                            }
                            for (int c : columns) {
                                sha.update(String.valueOf(rows.getString(c)).getBytes(StandardCharsets.UTF_8));
                                sha.update((byte) 0);
                            }
                            byte[] row = sha.digest();
                            for (int b = 0; b < 8; b++) {
                                digest += (long) (row[b] & 0xff) << (8 * b);
                            }
                        }
                    }
                }
                tables.put(table.toLowerCase(Locale.ROOT), "%,d rows %016x".formatted(count, digest));
            }
            connection.rollback();
        }
        return tables;
    }

    private static void requireSameRows(Map<Contender, Map<String, String>> contents) {
        Map<String, String> importer = contents.get(Contender.IMPORTER);
        Map<String, String> baseline = contents.get(Contender.BASELINE);
        if (!importer.equals(baseline)) {
            StringBuilder differences = new StringBuilder();
            for (String table : importer.keySet()) {
                if (!importer.get(table).equals(baseline.get(table))) {
                    differences.append("%n  %s: importer %s, baseline %s"
                            .formatted(table, importer.get(table), baseline.get(table)));
                }
            }
            baseline.keySet().stream()
                    .filter(t -> !importer.containsKey(t))
                    .forEach(t -> differences.append("%n  %s: only in the baseline".formatted(t)));
            throw new IllegalStateException("The importer and the baseline wrote different rows:" + differences);
        }
        System.out.println("  same rows in every table: "
                + importer.entrySet().stream()
                        .filter(t -> !t.getValue().startsWith("0 rows"))
                        .map(t -> t.getKey() + " "
                                + t.getValue().substring(0, t.getValue().indexOf(" rows")))
                        .collect(Collectors.joining(", ")));
    }

    private String describe(String label, Map<Contender, Run> runs) {
        StringBuilder line = new StringBuilder(label).append(':');
        runs.forEach((contender, run) -> line.append(" %s %.1f s wall, %.1f s CPU, %d MB peak RSS, %,.0f records/s;"
                .formatted(
                        contender.name().toLowerCase(Locale.ROOT),
                        run.wallSeconds(),
                        run.cpuSeconds(),
                        run.peakRssKb() / 1024,
                        records / run.wallSeconds())));
        return line.append(" ratio %.2f (wall), %.2f (CPU)"
                        .formatted(ratio(runs, Run::wallSeconds), ratio(runs, Run::cpuSeconds)))
                .toString();
    }

    /** Importer's records per second over the baseline's, from the time each took. */
    private static double ratio(Map<Contender, Run> runs, ToDoubleFunction<Run> seconds) {
        return seconds.applyAsDouble(runs.get(Contender.BASELINE))
                / seconds.applyAsDouble(runs.get(Contender.IMPORTER));
    }

    private void summarise(List<Map<Contender, Run>> rounds) {
        if (rounds.isEmpty()) {
            return;
        }
        double importerRate = Ratios.median(rounds.stream()
                .map(r -> records / r.get(Contender.IMPORTER).wallSeconds())
                .toList());
        double baselineRate = Ratios.median(rounds.stream()
                .map(r -> records / r.get(Contender.BASELINE).wallSeconds())
                .toList());
        String wall = Ratios.spread(
                rounds.stream().map(r -> ratio(r, Run::wallSeconds)).toList());
        String cpu = Ratios.spread(
                rounds.stream().map(r -> ratio(r, Run::cpuSeconds)).toList());
        String reported = Ratios.spread(rounds.stream()
                .map(r -> r.get(Contender.IMPORTER).reportedRate()
                        / r.get(Contender.BASELINE).reportedRate())
                .toList());
        long importerRss = rounds.stream()
                .mapToLong(r -> r.get(Contender.IMPORTER).peakRssKb())
                .max()
                .orElseThrow();
        long baselineRss = rounds.stream()
                .mapToLong(r -> r.get(Contender.BASELINE).peakRssKb())
                .max()
                .orElseThrow();
        System.out.printf(
                "importer/baseline, records/s: %s by wall time, %s by CPU time, %s as the loads report"
                        + " (after start-up)%n",
                wall, cpu, reported);
        System.out.println(
                "| records | database | importer records/s | baseline records/s | ratio by wall time | ratio by CPU time"
                        + " | ratio after start-up | peak RSS importer | peak RSS baseline |");
        System.out.printf(
                "| %,d | %s | %,.0f | %,.0f | %s | %s | %s | %d MB | %d MB |%n",
                records,
                database.name(),
                importerRate,
                baselineRate,
                wall,
                cpu,
                reported,
                importerRss / 1024,
                baselineRss / 1024);
    }

    /** Where the loads write: a fresh empty database for each, dropped after its rows are compared. */
    private interface Database {

        String name();

        void create(String name) throws SQLException, IOException;

        void drop(String name) throws SQLException, IOException;

        String url(String name);

        String user();

        @Nullable
        String schema();

        /** The importer's settings for database {@code name}. */
        default List<String> settings(String name) {
            return List.of("--spring.datasource.url=" + url(name), "--spring.datasource.username=" + user());
        }

        default Connection connect(String name) throws SQLException {
            return DriverManager.getConnection(url(name), user(), "");
        }
    }

    /** H2 files in a directory of their own, with the settings of the application's default database. */
    private record H2(Path work) implements Database {

        @Override
        public String name() {
            return "H2";
        }

        @Override
        public void create(String name) throws IOException {
            FileSystemUtils.deleteRecursively(work.resolve(name));
        }

        @Override
        public void drop(String name) throws IOException {
            FileSystemUtils.deleteRecursively(work.resolve(name));
        }

        @Override
        public String url(String name) {
            return "jdbc:h2:file:%s/chancery;WRITE_DELAY=0;LOCK_TIMEOUT=10000"
                    .formatted(work.resolve(name).toAbsolutePath());
        }

        @Override
        public String user() {
            return "chancery";
        }

        @Override
        public String schema() {
            return "PUBLIC";
        }
    }

    /** A scratch database on a PostgreSQL server that trusts the {@code postgres} user from loopback. */
    private record Postgres(String server) implements Database {

        @Override
        public String name() {
            return "PostgreSQL";
        }

        @Override
        public void create(String name) throws SQLException {
            drop(name);
            administer("CREATE DATABASE " + database(name));
        }

        @Override
        public void drop(String name) throws SQLException {
            administer("DROP DATABASE IF EXISTS " + database(name));
        }

        @Override
        public String url(String name) {
            return server + database(name);
        }

        @Override
        public String user() {
            return "postgres";
        }

        @Override
        public String schema() {
            return "public";
        }

        @Override
        public List<String> settings(String name) {
            List<String> settings = new ArrayList<>(List.of("--spring.profiles.active=postgres"));
            settings.addAll(Database.super.settings(name));
            return settings;
        }

        private static String database(String name) {
            return "import_bench_" + name.replace('-', '_');
        }

        private void administer(String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(server + "postgres", user(), "");
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
