package org.chancery.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chancery.domain.NodeId;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The curator pages' routes, found from the handler mappings rather than from a list kept by hand, each
 * made concrete: an id of the founding dataset where the route takes one, every choice where a path
 * variable is one of a few words, and the pages of every kind of object where it is {@code {kind}}.
 */
public final class AdminRoutes {

    /** An id of each kind in the founding dataset, for the routes that take one, by the segment before it. */
    private static final Map<String, String> SAMPLE_IDS = Map.of(
            "entities", "E3",
            "sources", "S1",
            "claims", "C6",
            "vocabulary", "recognizes",
            "users", "admin",
            "tokens", "T1");

    private static final String KIND = "{kind}";
    private static final Pattern CHOICE = Pattern.compile("\\{\\w+:([\\w|]+)}");
    private static final Pattern ID = Pattern.compile("/(\\w+)/\\{\\w+}");
    private static final Pattern WRITE =
            Pattern.compile("^\\s*(INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|TRUNCATE)\\b");

    private AdminRoutes() {}

    /** The routes of the admin's own controllers that answer {@code method}, leaving out {@code except}. */
    public static List<String> answering(
            RequestMappingHandlerMapping mappings, RequestMethod method, Set<Class<?>> except) {
        List<String> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            Class<?> controller = mapping.getValue().getBeanType();
            if (!controller.getPackageName().startsWith("org.chancery.admin") || except.contains(controller)) {
                continue;
            }
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(method)) {
                mapping.getKey().getPatternValues().forEach(pattern -> routes.addAll(expand(pattern)));
            }
        }
        return routes;
    }

    /** Whether {@code sql} changes something other than the session's own tables. */
    public static boolean writes(String sql) {
        String upper = sql.toUpperCase(Locale.ROOT);
        return WRITE.matcher(upper).find() && !upper.contains("SPRING_SESSION");
    }

    static List<String> expand(String pattern) {
        if (pattern.contains(KIND)) {
            return Stream.of(NodeId.Kind.values())
                    .flatMap(kind -> expand(pattern.replace(KIND, AdminPaths.segment(kind))).stream())
                    .toList();
        }
        Matcher choice = CHOICE.matcher(pattern);
        if (choice.find()) {
            List<String> routes = new ArrayList<>();
            for (String word : choice.group(1).split("\\|")) {
                routes.addAll(expand(pattern.substring(0, choice.start()) + word + pattern.substring(choice.end())));
            }
            return routes;
        }
        Matcher variable = ID.matcher(pattern);
        StringBuilder route = new StringBuilder();
        while (variable.find()) {
            String id = SAMPLE_IDS.get(variable.group(1));
            if (id == null) {
                throw new AssertionError("no sample id for " + pattern);
            }
            variable.appendReplacement(route, "/" + variable.group(1) + "/" + id);
        }
        variable.appendTail(route);
        if (route.indexOf("{") >= 0) {
            throw new AssertionError("a path variable left in " + route);
        }
        return List.of(route.toString());
    }
}
