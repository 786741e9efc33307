package org.chancery.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostGraphile 5, the contender a user would pick instead of Chancery: the pinned packages of {@code
 * bench/postgraphile} installed with npm under {@code bench/target/postgraphile} (with the Node.js 22 they
 * need, from npm too), run in production mode over the views of its {@code schema.sql} in the database the
 * benchmark imported, on 127.0.0.1. Its PostgreSQL sessions carry the application name {@link #NAME}, so
 * that their CPU counts with the server's.
 */
final class PostGraphile implements AutoCloseable {

    static final String NAME = "postgraphile";

    private static final Path SOURCES = Path.of("bench/postgraphile").toAbsolutePath();
    private static final Path INSTALLED = Path.of("bench/target/postgraphile").toAbsolutePath();
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "graphile.config.mjs");

    private final Process process;
    private final String base;

    private PostGraphile(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** Installs PostGraphile unless it is installed as pinned, adds its views to {@code database}, starts it. */
    static PostGraphile start(Path work, String database, int port) throws Exception {
        install(work);
        ReadBenchmark.run(
                work,
                Duration.ofMinutes(2),
                List.of(
                        "psql",
                        "-h",
                        "127.0.0.1",
                        "-U",
                        "postgres",
                        "-d",
                        database,
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-q",
                        "-f",
                        SOURCES.resolve("schema.sql").toString()),
                List.of());
        ProcessBuilder starting = new ProcessBuilder(
                        INSTALLED.resolve("node_modules/.bin/node").toString(),
                        INSTALLED
                                .resolve("node_modules/postgraphile/dist/cli-run.js")
                                .toString(),
                        "-C",
                        INSTALLED.resolve("graphile.config.mjs").toString())
                .directory(INSTALLED.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("postgraphile.log").toFile());
        starting.environment().put("NODE_ENV", "production");
        starting.environment().put("PORT", String.valueOf(port));
        starting.environment()
                .put("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/" + database + "?application_name=" + NAME);
        PostGraphile started = new PostGraphile(starting.start(), "http://127.0.0.1:" + port);
        started.awaitReady();
        return started;
    }

    String base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** {@code npm ci} of the pinned packages, unless what is installed was installed from the same files. */
    private static void install(Path work) throws Exception {
        boolean current = Files.exists(INSTALLED.resolve("node_modules/.bin/node"));
        for (String file : FILES) {
            Path installed = INSTALLED.resolve(file);
            current &= Files.exists(installed) && Files.mismatch(installed, SOURCES.resolve(file)) == -1;
        }
        if (!current) {
            Files.createDirectories(INSTALLED);
            for (String file : FILES) {
                Files.copy(SOURCES.resolve(file), INSTALLED.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            ReadBenchmark.run(
                    work,
                    Duration.ofMinutes(10),
                    List.of("npm", "ci", "--prefix", INSTALLED.toString(), "--no-audit", "--no-fund"),
                    List.of());
        }
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 120 && process.isAlive(); i++) {
            try {
                HttpResponse<String> answer = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/graphql"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("PostGraphile did not start; see postgraphile.log");
    }
}
