package org.chancery.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Draws the read benchmark's results as an SVG: p50 latency against registry size, both on log scales,
 * a panel per database and a line per query. Plain SVG, readable in a browser, with a title and a
 * description that lists every figure for those who cannot see it.
 *
 * <pre>Chart RESULTS SVG</pre>
 *
 * <p>RESULTS is the file that {@code ReadBenchmark -Dbench.results=RESULTS} appends to; where a
 * configuration ran more than once, its last figures count.
 */
public final class Chart {

    private static final List<String> DATABASES = List.of("h2", "postgres");
    // Okabe and Ito's colours, which stay apart for colour-blind readers; every line has its own marker too
    private static final List<String> COLOURS =
            List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D31");
    private static final int WIDTH = 900;
    private static final int PANEL_WIDTH = 330;
    private static final int PANEL_HEIGHT = 290;
    private static final int TOP = 96;
    private static final int[] LEFTS = {80, 500};
    private static final double MARKER = 4.5;

    /** One figure: the median p50 of a query on one database at one size. */
    private record Point(long claims, double p50) {}

    private Chart() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: Chart RESULTS SVG");
            System.exit(64);
        }
        Path target = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(target.getParent());
        Files.writeString(target, svg(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)));
    }

    /** The chart of the results file's {@code lines}, header included. */
    static String svg(List<String> lines) {
        // database → query → size → p50, queries in the order they first appear
        Map<String, Map<String, TreeMap<Long, Double>>> figures = new LinkedHashMap<>();
        Set<String> queries = new LinkedHashSet<>();
        Set<String> connections = new LinkedHashSet<>();
        List<String> header = List.of(lines.get(0).split("\t"));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t");
            String query = cells[header.indexOf("contender")];
            queries.add(query);
            connections.add(cells[header.indexOf("connections")]);
            figures.computeIfAbsent(cells[header.indexOf("database")], k -> new LinkedHashMap<>())
                    .computeIfAbsent(query, k -> new TreeMap<>())
                    .put(
                            Long.parseLong(cells[header.indexOf("claims")]),
                            Double.parseDouble(cells[header.indexOf("p50_ms")]));
        }
        double low = Double.MAX_VALUE;
        double high = Double.MIN_VALUE;
        long fewest = 10_000;
        long most = 1_000_000;
        for (Map<String, TreeMap<Long, Double>> byQuery : figures.values()) {
            for (TreeMap<Long, Double> bySize : byQuery.values()) {
                for (Map.Entry<Long, Double> figure : bySize.entrySet()) {
                    low = Math.min(low, figure.getValue());
                    high = Math.max(high, figure.getValue());
                    fewest = Math.min(fewest, figure.getKey());
                    most = Math.max(most, figure.getKey());
                }
            }
        }
        if (low > high) {
            low = 1;
            high = 10;
        }
        Scale x = new Scale(Math.log10(fewest) - 0.15, Math.log10(most) + 0.15, 0, PANEL_WIDTH);
        double bottom = Math.floor(Math.log10(Math.max(low, 1e-3)));
        double top = Math.max(bottom + 1, Math.ceil(Math.log10(high)));
        Scale y = new Scale(bottom, top, PANEL_HEIGHT, 0);
        List<String> order = new ArrayList<>(queries);

        StringBuilder svg = new StringBuilder();
        int legendTop = TOP + PANEL_HEIGHT + 62;
        int height = legendTop + 24 * ((order.size() + 3) / 4) + 16;
        svg.append("""
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" \
                aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="12" fill="#222">
                <title id="chart-title">Read latency against registry size, H2 and PostgreSQL</title>
                <desc id="chart-desc">%s</desc>
                <rect width="100%%" height="100%%" fill="#fff"/>
                <text x="%d" y="30" font-size="18" font-weight="bold">Read latency against registry size</text>
                <text x="%d" y="52" fill="#444">Median p50 of the timed rounds (wrk, %s connections), by query; \
                both axes are logarithmic.</text>
                """.formatted(
                        WIDTH,
                        height,
                        WIDTH,
                        height,
                        escape(description(figures, order)),
                        LEFTS[0] - 60,
                        LEFTS[0] - 60,
                        escape(String.join(", ", connections))));
        for (int panel = 0; panel < DATABASES.size(); panel++) {
            String database = DATABASES.get(panel);
            panel(svg, LEFTS[panel], database, figures.getOrDefault(database, Map.of()), order, x, y);
        }
        legend(svg, order, legendTop);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void panel(
            StringBuilder svg,
            int left,
            String database,
            Map<String, TreeMap<Long, Double>> byQuery,
            List<String> order,
            Scale x,
            Scale y) {
        svg.append("<g transform=\"translate(%d %d)\">\n".formatted(left, TOP));
        svg.append("<text x=\"%d\" y=\"-12\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">%s</text>\n"
                .formatted(PANEL_WIDTH / 2, ReadReport.database(database)));
        for (int decade = (int) y.from(); decade <= (int) y.to(); decade++) {
            for (int step : new int[] {1, 2, 5}) {
                double value = step * Math.pow(10, decade);
                double log = Math.log10(value);
                if (log > y.to() + 1e-9) {
                    continue;
                }
                double at = y.at(log);
                svg.append("<line x1=\"0\" x2=\"%d\" y1=\"%s\" y2=\"%s\" stroke=\"%s\"/>\n"
                        .formatted(PANEL_WIDTH, f(at), f(at), step == 1 ? "#bbb" : "#e4e4e4"));
                svg.append("<text x=\"-8\" y=\"%s\" text-anchor=\"end\" dominant-baseline=\"middle\">%s</text>\n"
                        .formatted(f(at), millis(value)));
            }
        }
        for (int power = (int) Math.ceil(x.from()); power <= Math.floor(x.to()); power++) {
            double at = x.at(power);
            svg.append("<line x1=\"%s\" x2=\"%s\" y1=\"0\" y2=\"%d\" stroke=\"#e4e4e4\"/>\n"
                    .formatted(f(at), f(at), PANEL_HEIGHT));
            svg.append("<text x=\"%s\" y=\"%d\" text-anchor=\"middle\">%s</text>\n"
                    .formatted(f(at), PANEL_HEIGHT + 18, ReadReport.size((long) Math.pow(10, power))));
        }
        svg.append("<rect width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#555\"/>\n"
                .formatted(PANEL_WIDTH, PANEL_HEIGHT));
        svg.append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">Registry size (claims)</text>\n"
                .formatted(PANEL_WIDTH / 2, PANEL_HEIGHT + 40));
        svg.append(("<text transform=\"translate(-50 %d) rotate(-90)\" text-anchor=\"middle\">p50 latency (ms)"
                        + "</text>\n")
                .formatted(PANEL_HEIGHT / 2));
        if (byQuery.isEmpty()) {
            svg.append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">not measured</text>\n"
                    .formatted(PANEL_WIDTH / 2, PANEL_HEIGHT / 2));
        }
        byQuery.forEach((query, bySize) -> {
            int series = order.indexOf(query);
            String colour = COLOURS.get(series % COLOURS.size());
            StringJoiner points = new StringJoiner(" ");
            bySize.forEach((claims, p50) -> points.add(f(x.at(Math.log10(claims))) + "," + f(y.at(Math.log10(p50)))));
            svg.append("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n"
                    .formatted(points, colour));
            bySize.forEach((claims, p50) -> svg.append(marker(
                    series,
                    x.at(Math.log10(claims)),
                    y.at(Math.log10(p50)),
                    colour,
                    "%s on %s, %s claims: %s ms"
                            .formatted(query, ReadReport.database(database), ReadReport.size(claims), millis(p50)))));
        });
        svg.append("</g>\n");
    }

    private static void legend(StringBuilder svg, List<String> order, int top) {
        for (int i = 0; i < order.size(); i++) {
            int left = LEFTS[0] - 60 + 205 * (i % 4);
            int middle = top + 24 * (i / 4);
            String colour = COLOURS.get(i % COLOURS.size());
            svg.append("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>\n"
                    .formatted(left, left + 28, middle, middle, colour));
            svg.append(marker(i, left + 14, middle, colour, ""));
            svg.append("<text x=\"%d\" y=\"%d\" dominant-baseline=\"middle\">%s</text>\n"
                    .formatted(left + 36, middle, escape(order.get(i))));
        }
    }

    /** A marker of its own shape for each series: disc, square, triangles, diamond, plus, cross, ring. */
    private static String marker(int series, double cx, double cy, String colour, String tip) {
        String title = tip.isEmpty() ? "" : "<title>" + escape(tip) + "</title>";
        double r = MARKER;
        double t = r * 1.25;
        String filled = "<path d=\"%s\" fill=\"" + colour + "\">" + title + "</path>\n";
        String open =
                "<path d=\"%s\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2.5\">" + title + "</path>\n";
        return switch (series % 8) {
            case 0 ->
                "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"%s\">%s</circle>\n"
                        .formatted(f(cx), f(cy), f(r), colour, title);
            case 1 -> filled.formatted(path(cx - r, cy - r, cx + r, cy - r, cx + r, cy + r, cx - r, cy + r));
            case 2 -> filled.formatted(path(cx, cy - t, cx + t, cy + r, cx - t, cy + r));
            case 3 -> filled.formatted(path(cx, cy - t, cx + t, cy, cx, cy + t, cx - t, cy));
            case 4 -> filled.formatted(path(cx, cy + t, cx + t, cy - r, cx - t, cy - r));
            case 5 ->
                open.formatted(
                        "M%s %sH%sM%s %sV%s".formatted(f(cx - r), f(cy), f(cx + r), f(cx), f(cy - r), f(cy + r)));
            case 6 ->
                open.formatted("M%s %sL%s %sM%s %sL%s %s"
                        .formatted(
                                f(cx - r), f(cy - r), f(cx + r), f(cy + r), f(cx - r), f(cy + r), f(cx + r),
                                f(cy - r)));
            default ->
                "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"2\">%s</circle>\n"
                        .formatted(f(cx), f(cy), f(r), colour, title);
        };
    }

    /** A closed path through the corners given as x, y pairs. */
    private static String path(double... corners) {
        StringJoiner path = new StringJoiner(" L", "M", " Z");
        for (int i = 0; i < corners.length; i += 2) {
            path.add(f(corners[i]) + " " + f(corners[i + 1]));
        }
        return path.toString();
    }

    /** Every figure in words: what the chart shows, for a screen reader or a search. */
    private static String description(Map<String, Map<String, TreeMap<Long, Double>>> figures, List<String> order) {
        StringJoiner text = new StringJoiner(" ");
        text.add("Median p50 latency in milliseconds of each query, by registry size.");
        for (String database : DATABASES) {
            Map<String, TreeMap<Long, Double>> byQuery = figures.getOrDefault(database, Map.of());
            StringJoiner queries = new StringJoiner("; ", ReadReport.database(database) + ": ", ".");
            queries.setEmptyValue(ReadReport.database(database) + ": not measured.");
            for (String query : order) {
                TreeMap<Long, Double> bySize = byQuery.get(query);
                if (bySize != null) {
                    StringJoiner sizes = new StringJoiner(", ", query + ": ", "");
                    bySize.forEach(
                            (claims, p50) -> sizes.add("%s ms at %s".formatted(millis(p50), ReadReport.size(claims))));
                    queries.add(sizes.toString());
                }
            }
            text.add(queries.toString());
        }
        return text.toString();
    }

    /** A linear map from {@code from..to} (here, logarithms) onto the pixels {@code start..end}. */
    private record Scale(double from, double to, double start, double end) {
        double at(double value) {
            return start + (value - from) / (to - from) * (end - start);
        }
    }

    /** 0.25, 3.1, 58, 1200: as many digits as a reader of a log scale needs. */
    private static String millis(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        String text = String.format(Locale.ROOT, value >= 10 ? "%.1f" : value >= 1 ? "%.2f" : "%.3f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
