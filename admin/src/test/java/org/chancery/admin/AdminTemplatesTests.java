package org.chancery.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chancery.domain.NodeId;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.revision.Action;
import org.chancery.domain.security.Role;
import org.chancery.domain.source.SourceKind;
import org.chancery.domain.vocabulary.ObjectType;
import org.junit.jupiter.api.Test;

/**
 * Every word the curator pages show comes from {@code messages.properties}: no template holds text of
 * its own, every key a template or the code names exists, and every message is used. And templates
 * stay clear of Thymeleaf's traps.
 */
class AdminTemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path MESSAGES = Path.of("src/main/resources/messages.properties");

    /** The keys made up from an enum's values, such as {@code kind.POLITY}. */
    private static final List<String> ENUM_PREFIXES =
            List.of("kind.", "sourceKind.", "rank.", "modality.", "action.", "role.", "vocabulary.objectType.");

    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    /** Attributes a reader sees or hears. */
    private static final Set<String> READ_ATTRIBUTES =
            Set.of("title", "alt", "placeholder", "aria-label", "aria-description", "label", "value");

    private static final Set<String> CONTENT_ATTRIBUTES =
            Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'))?");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z]+)+)\"");

    @Test
    void noTemplateHoldsTextOfItsOwn() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template, StandardCharsets.UTF_8);
            problems.addAll(hardCoded(html).stream()
                    .map(p -> TEMPLATES.relativize(template) + ": " + p)
                    .toList());
        }
        assertThat(problems).as("text in templates that is not a message").isEmpty();
    }

    @Test
    void theCheckFindsTextInElementsAttributesAndLiterals() {
        assertThat(hardCoded("<p>Hello</p>")).hasSize(1);
        assertThat(hardCoded("<p th:text=\"#{a}\">Hello</p>")).isEmpty();
        assertThat(hardCoded("<div th:replace=\"~{x}\"><p>Hello</p></div>")).isEmpty();
        assertThat(hardCoded("<img alt=\"A map\">")).hasSize(1);
        assertThat(hardCoded("<a th:title=\"'A link'\"></a>")).hasSize(1);
        assertThat(hardCoded("<span th:text=\"|Hello ${name}|\"></span>")).hasSize(1);
        assertThat(hardCoded("<span th:text=\"|${id} ${name}|\"></span>")).isEmpty();
        assertThat(hardCoded("<svg><title>A chart</title></svg>")).hasSize(1);
        assertThat(hardCoded("<p><!-- a note --> · </p>")).isEmpty();
        assertThat(hardCoded("<html th:replace=\"~{layout}\"><body><p>Hello</p></body></html>"))
                .hasSize(1);
    }

    @Test
    void everyKeyATemplateOrTheCodeNamesIsAMessage() throws IOException {
        Properties messages = messages();
        Set<String> missing = new TreeSet<>();
        for (String key : usedKeys()) {
            if (!messages.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys with no message").isEmpty();
    }

    @Test
    void everyKindRankModalityActionAndObjectTypeHasAMessage() throws IOException {
        Properties messages = messages();
        List<String> keys = new ArrayList<>();
        Stream.of(EntityKind.values()).forEach(v -> keys.add("kind." + v));
        Stream.of(SourceKind.values()).forEach(v -> keys.add("sourceKind." + v));
        Stream.of(Rank.values()).forEach(v -> keys.add("rank." + v));
        Stream.of(Action.values()).forEach(v -> keys.add("action." + v));
        Stream.of(Role.values()).forEach(v -> keys.add("role." + v));
        Stream.of(ObjectType.values()).forEach(v -> keys.add("vocabulary.objectType." + v));
        Stream.of(Modality.values()).forEach(v -> {
            keys.add("modality." + v);
            keys.add("modality." + v + ".hint");
        });
        assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    @Test
    void everyMessageIsUsed() throws IOException {
        Set<String> used = usedKeys();
        Set<String> unused = new TreeSet<>();
        for (String key : messages().stringPropertyNames()) {
            if (!used.contains(key) && ENUM_PREFIXES.stream().noneMatch(key::startsWith)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("messages nothing uses").isEmpty();
    }

    @Test
    void messagesWithArgumentsWriteApostrophesTypographically() throws IOException {
        Properties messages = messages();
        List<String> broken = messages.stringPropertyNames().stream()
                .filter(key -> messages.getProperty(key).contains("{0"))
                .filter(key -> messages.getProperty(key).contains("'"))
                .toList();
        assertThat(broken).as("MessageFormat would drop these apostrophes").isEmpty();
    }

    @Test
    void noThymeleafAttributeHoldsADoubleUnderscore() throws IOException {
        Pattern preprocessing = Pattern.compile("th:[\\w-]+=\"[^\"]*__[^\"]*\"");
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Matcher attribute = preprocessing.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (attribute.find()) {
                found.add(TEMPLATES.relativize(template) + ": " + attribute.group());
            }
        }
        assertThat(found)
                .as("__…__ is preprocessing to Thymeleaf: keep BEM class names in class")
                .isEmpty();
    }

    @Test
    void noConditionSitsOnAnElementThatIncludesAFragment() throws IOException {
        Pattern tag = Pattern.compile("<[^>]*>");
        Pattern inclusion = Pattern.compile("\\sth:(replace|insert)=");
        Pattern condition = Pattern.compile("\\sth:(if|unless|each|case)=");
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            Matcher element = tag.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (element.find()) {
                if (inclusion.matcher(element.group()).find()
                        && condition.matcher(element.group()).find()) {
                    found.add(TEMPLATES.relativize(template) + ": " + element.group());
                }
            }
        }
        assertThat(found)
                .as("Thymeleaf includes a fragment before it evaluates a condition beside it: wrap it in a th:block")
                .isEmpty();
    }

    /** The problems of {@code html}: text, read attributes and literals that are not messages. */
    static List<String> hardCoded(String html) {
        List<String> problems = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        int at = 0;
        while (at < html.length()) {
            if (html.startsWith("<!--", at)) {
                int end = html.indexOf("-->", at);
                at = end < 0 ? html.length() : end + 3;
            } else if (html.startsWith("<!", at)) {
                at = html.indexOf('>', at) + 1;
            } else if (html.startsWith("</", at)) {
                int end = html.indexOf('>', at);
                String name = html.substring(at + 2, end).strip();
                while (!names.isEmpty()) {
                    replaced.pop();
                    if (names.pop().equals(name)) {
                        break;
                    }
                }
                at = end + 1;
            } else if (html.charAt(at) == '<') {
                int end = tagEnd(html, at);
                String tag = html.substring(at + 1, end);
                boolean selfClosing = tag.endsWith("/");
                String body = selfClosing ? tag.substring(0, tag.length() - 1) : tag;
                String name = body.split("[\\s/]", 2)[0];
                boolean content = false;
                Matcher attributes = ATTRIBUTE.matcher(body.substring(name.length()));
                while (attributes.find()) {
                    String attribute = attributes.group(1);
                    String value = attributes.group(2) == null
                            ? ""
                            : attributes
                                    .group(2)
                                    .substring(1, attributes.group(2).length() - 1);
                    content |= CONTENT_ATTRIBUTES.contains(attribute);
                    if (READ_ATTRIBUTES.contains(attribute)
                            && LETTER.matcher(value).find()
                            && !name.equals("input")
                            && !name.equals("option")
                            // a button's value is what the form sends, not what it shows
                            && !(name.equals("button") && attribute.equals("value"))) {
                        problems.add("<%s %s=\"%s\">".formatted(name, attribute, value));
                    }
                    if (attribute.startsWith("th:")
                            && LETTER.matcher(literals(value)).find()) {
                        String prefix = attribute.substring(3);
                        if (READ_ATTRIBUTES.contains(prefix) || prefix.equals("text") || prefix.equals("utext")) {
                            problems.add("<%s %s=\"%s\">".formatted(name, attribute, value));
                        }
                    }
                }
                // a page replaces its <html> by the layout, which takes the page's own elements along
                content &= !name.equals("html");
                if (!selfClosing && !VOID.contains(name.toLowerCase(Locale.ROOT))) {
                    names.push(name);
                    replaced.push(content);
                }
                at = end + 1;
            } else {
                int end = html.indexOf('<', at);
                end = end < 0 ? html.length() : end;
                String text = html.substring(at, end).replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "");
                if (LETTER.matcher(text).find() && !replaced.contains(Boolean.TRUE)) {
                    problems.add("text \"%s\" in <%s>".formatted(text.strip(), names.peek()));
                }
                at = end;
            }
        }
        return problems;
    }

    /** Where the tag starting at {@code start} ends, skipping quoted attribute values. */
    private static int tagEnd(String html, int start) {
        char quote = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return html.length();
    }

    /** What an expression says in its own words: {@code 'literals'} and {@code |text|} outside of {@code ${…}}. */
    private static String literals(String expression) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '{' && i > 0 && "$*#@~".indexOf(expression.charAt(i - 1)) >= 0) {
                depth++;
                outside.setLength(Math.max(0, outside.length() - 1));
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        StringBuilder literal = new StringBuilder();
        Matcher quoted = Pattern.compile("'([^']*)'|\\|([^|]*)\\|").matcher(outside);
        while (quoted.find()) {
            literal.append(quoted.group(1) != null ? quoted.group(1) : quoted.group(2))
                    .append(' ');
        }
        return literal.toString();
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        // the conflict box names its messages after the kind of object it is about
        for (NodeId.Kind kind : NodeId.Kind.values()) {
            String prefix = kind.name().toLowerCase(Locale.ROOT);
            keys.add(prefix + ".conflict.heading");
            keys.add(prefix + ".conflict.body");
        }
        for (Path template : templates()) {
            Matcher key = KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        Properties messages = messages();
        try (Stream<Path> java = Files.walk(SOURCES)) {
            for (Path source : java.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = JAVA_KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (key.find()) {
                    if (messages.containsKey(key.group(1))) {
                        keys.add(key.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }
}
