package org.chancery.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.chancery.data.dataset.DatasetException;
import org.chancery.data.dataset.DatasetExport;
import org.chancery.data.dataset.DatasetImport;
import org.chancery.data.dataset.DatasetSummary;
import org.chancery.data.dataset.Progress;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.FileSystemResource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The command line of {@code chancery.jar}: {@code serve} (the default), {@code import FILE},
 * {@code export FILE} and {@code validate FILE}. Anything else is refused with the help text, except
 * Spring's settings as {@code --name=value}. The dataset commands start no web server and never load the
 * founding dataset.
 */
@Command(
        name = "java -jar chancery.jar",
        mixinStandardHelpOptions = true,
        versionProvider = Commands.Version.class,
        description = "Runs the Chancery server (the default command), or imports, exports or checks a dataset.",
        subcommands = {
            Commands.Serve.class,
            Commands.Import.class,
            Commands.Export.class,
            Commands.Validate.class,
            HelpCommand.class
        },
        footer = {
            "",
            "FILE is a dataset (NDJSON, see docs/dataset.md); a name ending in .gz is gzip-compressed.",
            "",
            "Settings are Spring properties given as --name=value (--server.port=8081,"
                    + " --spring.profiles.active=postgres) or in the environment (SPRING_DATASOURCE_URL=...);"
                    + " docs/settings.md lists them. With the built-in H2 database, stop the server before"
                    + " running import, export or validate."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:done",
            " 1:the file was refused: a line is at fault, and nothing was written",
            "64:the command line is wrong (an unknown command or option, a missing FILE)",
            "66:FILE cannot be read",
            "70:the command failed (the message says why)",
            "75:the H2 database is in use by a running server"
        })
final class Commands implements Callable<Integer> {

    /** The status {@link #run} returns when the server was started and keeps running. */
    static final int SERVING = -1;

    /** A Spring setting on the command line: {@code --name=value}, the name with at least one dot. */
    private static final Pattern SETTING = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+=.*");

    @Unmatched
    private List<String> settings = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    /** Runs {@code args}; returns the process's exit status, or {@link #SERVING}. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commands = new CommandLine(new Commands()).setOut(out).setErr(err);
        List<CommandLine> all = new ArrayList<>(commands.getSubcommands().values());
        all.add(commands);
        all.forEach(
                command -> command.getCommandSpec().exitCodeOnInvalidInput(64).exitCodeOnExecutionException(70));
        return commands.execute(args);
    }

    /** Without a command: serve. */
    @Override
    public Integer call() {
        return serve(springSettings(spec, settings));
    }

    static int serve(String[] settings) {
        try {
            new SpringApplicationBuilder(ChanceryApplication.class).run(settings);
            return SERVING;
        } catch (RuntimeException e) {
            // Spring Boot has logged why, once, and stopped what it had started
            return 70;
        }
    }

    /** {@code arguments} as Spring's settings, or refused when one is not a setting. */
    private static String[] springSettings(CommandSpec spec, List<String> arguments) {
        for (String argument : arguments) {
            if (!SETTING.matcher(argument).matches()) {
                throw new ParameterException(
                        spec.commandLine(),
                        argument.startsWith("-")
                                ? "Unknown option: '%s' (a Spring setting is --name=value)".formatted(argument)
                                : "Unknown command or argument: '%s'".formatted(argument));
            }
        }
        return arguments.toArray(String[]::new);
    }

    @Command(
            name = "serve",
            mixinStandardHelpOptions = true,
            description = "Runs the server: GraphQL, GraphiQL and the curator admin. On its first start over an empty"
                    + " registry it loads the founding dataset (unless --chancery.seed.enabled=false).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"64:an unknown option", "70:the server could not start (the log says why)"})
    static final class Serve implements Callable<Integer> {

        @Unmatched
        private List<String> settings = new ArrayList<>();

        @Spec
        private CommandSpec spec;

        @ParentCommand
        private Commands parent;

        @Override
        public Integer call() {
            List<String> all = new ArrayList<>(parent.settings);
            all.addAll(settings);
            return serve(springSettings(spec, all));
        }
    }

    /** What the three dataset commands share: a FILE, settings, an offline context and their failures. */
    abstract static class DatasetCommand implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FILE", description = "the dataset (NDJSON, .gz accepted)")
        Path file;

        @Unmatched
        private List<String> settings = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @ParentCommand
        private Commands parent;

        abstract String run(ConfigurableApplicationContext context);

        @Override
        public Integer call() {
            List<String> all = new ArrayList<>(parent.settings);
            all.addAll(settings);
            String[] springSettings = springSettings(spec, all);
            PrintWriter err = spec.commandLine().getErr();
            if (readsFile() && !Files.isReadable(file)) {
                // said before the database is opened (or, with H2, created) for nothing
                err.println("Cannot read " + file + ": no such file, or no permission");
                return 66;
            }
            try (ConfigurableApplicationContext context = offline(springSettings)) {
                spec.commandLine().getOut().println(run(context));
                return 0;
            } catch (DatasetException e) {
                err.printf("%s: %s%nNothing was written.%n", file, e.getMessage());
                return 1;
            } catch (RuntimeException e) {
                if (databaseInUse(e)) {
                    err.println("The H2 database under ./var is in use by a running Chancery server. Stop the"
                            + " server, then run this command again (or use PostgreSQL, which allows both).");
                    return 75;
                }
                String message = String.valueOf(
                        NestedExceptionUtils.getMostSpecificCause(e).getMessage());
                err.println("Failed: " + message.lines().findFirst().orElse(message));
                return 70;
            }
        }

        /** Whether the command reads FILE, which must then be readable before anything starts. */
        boolean readsFile() {
            return true;
        }

        FileSystemResource source() {
            return new FileSystemResource(file);
        }

        Progress progress(String verb) {
            PrintWriter err = spec.commandLine().getErr();
            long start = System.nanoTime();
            return (records, fraction) -> {
                double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
                String percent = fraction >= 0 ? " (%.0f%%)".formatted(fraction * 100) : "";
                err.printf("%s %,d records%s, %,.0f records/s%n", verb, records, percent, records / seconds);
                err.flush();
            };
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
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Checks every line of FILE, then writes it all in one transaction, or nothing if any line "
                    + "is wrong. A record whose id exists with the same content changes nothing; with other "
                    + "content it becomes a new revision.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                " 0:imported",
                " 1:a line is at fault: nothing was written",
                "64:the command line is wrong",
                "66:FILE cannot be read",
                "70:the import failed",
                "75:the H2 database is in use by a running server"
            })
    static final class Import extends DatasetCommand {
        @Override
        String run(ConfigurableApplicationContext context) {
            DatasetSummary summary =
                    context.getBean(DatasetImport.class).importFile(source(), Actor.SYSTEM, progress("imported"));
            return "Imported %s: %s".formatted(file, summary);
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Writes the registry's current state to FILE (gzip-compressed if it ends in .gz), in a "
                    + "fixed order, so that exporting the same registry twice gives the same bytes.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                " 0:exported",
                "64:the command line is wrong",
                "70:the export failed (FILE cannot be written, for instance)",
                "75:the H2 database is in use by a running server"
            })
    static final class Export extends DatasetCommand {
        @Override
        boolean readsFile() {
            return false;
        }

        @Override
        String run(ConfigurableApplicationContext context) {
            try (OutputStream target = Files.newOutputStream(file)) {
                DatasetSummary summary = context.getBean(DatasetExport.class)
                        .export(target, file.toString().endsWith(".gz"), progress("exported"));
                return "Exported %s: %s".formatted(file, summary.holds());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = "Checks every line of FILE against the rules and the registry, writes nothing, and says "
                    + "what the file holds.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                " 0:every line is valid",
                " 1:a line is at fault (the message names it and its field)",
                "64:the command line is wrong",
                "66:FILE cannot be read",
                "70:the check failed",
                "75:the H2 database is in use by a running server"
            })
    static final class Validate extends DatasetCommand {
        @Override
        String run(ConfigurableApplicationContext context) {
            DatasetSummary summary = context.getBean(DatasetImport.class).validate(source(), progress("checked"));
            return "Checked %s: valid, %s. Nothing was written.".formatted(file, summary.holds());
        }
    }

    /** The version of the build, from the build information Spring Boot's Maven plugin writes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"Chancery " + version()};
        }

        static String version() throws IOException {
            Properties build = new Properties();
            try (@Nullable InputStream in = Commands.class.getResourceAsStream("/META-INF/build-info.properties")) {
                if (in != null) {
                    build.load(in);
                }
            }
            return build.getProperty("build.version", "(version unknown)");
        }
    }
}
