package org.chancery.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.chancery.data.dataset.DatasetException;
import org.chancery.data.dataset.DatasetExport;
import org.chancery.data.dataset.DatasetImport;
import org.chancery.data.dataset.DatasetSummary;
import org.chancery.data.dataset.Progress;
import org.chancery.domain.security.Actor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.FileSystemResource;

/**
 * The command line of {@code chancery.jar}: {@code serve} (the default), {@code import FILE},
 * {@code export FILE} and {@code validate FILE}. The dataset commands start no web server and never load
 * the founding dataset.
 */
final class CommandLine {

    /** The status {@link #run} returns when the server was started and keeps running. */
    static final int SERVING = -1;

    private static final String USAGE = """
            Usage: java -jar chancery.jar [COMMAND] [OPTIONS]

            Commands:
              serve            run the server (the default): GraphQL, GraphiQL and the curator admin
              import FILE      check FILE, then import it whole, or nothing if any line is wrong
              export FILE      write the registry's current state to FILE
              validate FILE    check FILE against the registry, writing nothing
              help             show this text; COMMAND --help shows one command's

            FILE is a dataset (NDJSON, see docs/dataset.md); a name ending in .gz is gzip-compressed.
            Settings are Spring properties, e.g. --spring.profiles.active=postgres or
            SPRING_DATASOURCE_URL=... in the environment. With the built-in H2 database, stop the server
            before running import, export or validate.
            """;

    private static final Map<String, String> HELP = Map.of(
            "serve",
                    "Usage: java -jar chancery.jar [serve] [--server.port=8080] [--spring.profiles.active=postgres]\n"
                            + "Runs the server. On its first start over an empty registry it loads the founding dataset\n"
                            + "(unless --chancery.seed.enabled=false).\n",
            "import",
                    "Usage: java -jar chancery.jar import FILE\n"
                            + "Checks every line of FILE, then writes it all in one transaction. A record whose id exists\n"
                            + "with the same content changes nothing; with other content it becomes a new revision.\n",
            "export",
                    "Usage: java -jar chancery.jar export FILE\n"
                            + "Writes the registry's current state to FILE (gzip-compressed if it ends in .gz), in a fixed\n"
                            + "order, so that exporting the same registry twice gives the same bytes.\n",
            "validate",
                    "Usage: java -jar chancery.jar validate FILE\n"
                            + "Checks every line of FILE against the rules and the registry, and writes nothing.\n");

    private final PrintStream out;
    private final PrintStream err;

    CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code args}; returns the process's exit status, or {@link #SERVING}. */
    int run(String... args) {
        if (args.length > 0 && List.of("help", "-h", "--help").contains(args[0])) {
            out.print(USAGE);
            return 0;
        }
        boolean serveByDefault = args.length == 0 || args[0].startsWith("--");
        String command = serveByDefault ? "serve" : args[0];
        String[] rest = serveByDefault ? args : Arrays.copyOfRange(args, 1, args.length);
        if (!HELP.containsKey(command)) {
            err.printf("Unknown command '%s'.%n%n%s", command, USAGE);
            return 64;
        }
        if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
            out.print(HELP.get(command));
            return 0;
        }
        if (command.equals("serve")) {
            new SpringApplicationBuilder(ChanceryApplication.class).run(rest);
            return SERVING;
        }
        if (rest.length < 1 || rest[0].startsWith("--")) {
            err.printf("'%s' needs a FILE.%n%n%s", command, HELP.get(command));
            return 64;
        }
        Path file = Path.of(rest[0]);
        String[] settings = Arrays.copyOfRange(rest, 1, rest.length);
        try (ConfigurableApplicationContext context = offline(settings)) {
            DatasetSummary summary = switch (command) {
                case "import" ->
                    context.getBean(DatasetImport.class).importFile(readable(file), Actor.SYSTEM, progress("imported"));
                case "validate" -> context.getBean(DatasetImport.class).validate(readable(file), progress("checked"));
                default -> export(context.getBean(DatasetExport.class), file);
            };
            out.printf(
                    "%s %s: %s%n",
                    done(command), file, command.equals("export") ? summary.records() + " records" : summary);
            return 0;
        } catch (DatasetException e) {
            err.printf("%s: %s%nNothing was written.%n", file, e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 66;
        } catch (RuntimeException e) {
            String message =
                    String.valueOf(NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            if (databaseInUse(e)) {
                err.println("The H2 database under ./var is in use by a running Chancery server. Stop the server,"
                        + " then run this command again (or use PostgreSQL, which allows both at once).");
                return 75;
            }
            err.println("Failed: " + message.lines().findFirst().orElse(message));
            return 70;
        }
    }

    /** Whether H2 refused to open its file because a running server holds it. */
    private static boolean databaseInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    private static ConfigurableApplicationContext offline(String[] settings) {
        return new SpringApplicationBuilder(ChanceryApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(
                        "chancery.seed.enabled=false",
                        // a long job, not a request: it waits as long as its work takes
                        "chancery.database.statement-timeout=0",
                        "chancery.database.lock-timeout=60s",
                        "chancery.database.connection-timeout=30s",
                        "spring.main.banner-mode=off",
                        // the command reports its own errors, without stack traces
                        "logging.level.root=OFF")
                .run(settings);
    }

    private static FileSystemResource readable(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("Cannot read " + file + ": no such file, or no permission");
        }
        return new FileSystemResource(file);
    }

    private DatasetSummary export(DatasetExport export, Path file) {
        try (OutputStream target = Files.newOutputStream(file)) {
            return export.export(target, file.toString().endsWith(".gz"), progress("exported"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Progress progress(String verb) {
        long start = System.nanoTime();
        return (records, fraction) -> {
            double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
            String percent = fraction >= 0 ? " (%.0f%%)".formatted(fraction * 100) : "";
            err.printf("%s %,d records%s, %,.0f records/s%n", verb, records, percent, records / seconds);
        };
    }

    private static String done(String command) {
        return switch (command) {
            case "import" -> "Imported";
            case "validate" -> "Checked";
            default -> "Exported";
        };
    }
}
