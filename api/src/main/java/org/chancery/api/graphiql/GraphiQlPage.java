package org.chancery.api.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Serves the GraphiQL page at {@code GET /graphiql}. Spring for GraphQL's own page is left off
 * ({@code spring.graphql.graphiql.enabled} stays false) because it loads GraphiQL from a CDN.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage {

    static final String PATH = "/graphiql";

    private static final Resource PAGE = new ClassPathResource("graphiql/index.html");

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    /** The address of a script or a stylesheet the page loads. */
    private static final Pattern ASSET = Pattern.compile("(src|href)=\"(/[^\"]+)\"");

    @Bean
    RouterFunction<ServerResponse> graphiQlPageRoute(ObjectProvider<ResourceUrlProvider> assets) {
        // written on the first request, once the asset names are known; the same for every request after
        SingletonSupplier<String> page = SingletonSupplier.of(() -> page(assets.getIfAvailable()));
        // no-cache: a browser asks again after a deployment, and finds the scripts under their new names
        return RouterFunctions.route()
                .GET(
                        PATH,
                        request -> ServerResponse.ok()
                                .contentType(HTML)
                                .cacheControl(CacheControl.noCache())
                                .body(page.obtain()))
                .build();
    }

    /**
     * The page, each asset linked under the name that carries its content's hash when the server gives
     * assets such names, so that a browser may keep them for long.
     */
    private static String page(@Nullable ResourceUrlProvider assets) {
        String page;
        try {
            page = PAGE.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (assets == null) {
            return page;
        }
        return ASSET.matcher(page).replaceAll(asset -> {
            String versioned = assets.getForLookupPath(asset.group(2));
            return asset.group(1) + "=\"" + (versioned == null ? asset.group(2) : versioned) + "\"";
        });
    }
}
