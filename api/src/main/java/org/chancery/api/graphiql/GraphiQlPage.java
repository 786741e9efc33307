package org.chancery.api.graphiql;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves the GraphiQL page at {@code GET /graphiql}. Spring for GraphQL's own page is left off
 * ({@code spring.graphql.graphiql.enabled} stays false) because it loads GraphiQL from a CDN.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage {

    static final String PATH = "/graphiql";

    private static final Resource PAGE = new ClassPathResource("graphiql/index.html");

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> graphiQlPageRoute() {
        // no-cache: a browser asks again after a deployment instead of keeping a page whose scripts moved
        return RouterFunctions.route()
                .GET(
                        PATH,
                        request -> ServerResponse.ok()
                                .contentType(HTML)
                                .cacheControl(CacheControl.noCache())
                                .body(PAGE))
                .build();
    }
}
