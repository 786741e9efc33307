package org.chancery.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.chancery.domain.InMemoryDomain;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A test of the curator pages alone: the controllers, the assemblers that build what a page shows and the
 * templates, over the {@link InMemoryDomain}, through MockMvc, without security or a database. Who is
 * signed in is the test's to say ({@link AdminPages#as}); sign-in, CSRF and which roles a route admits are
 * the application's, and tested there. Each test starts from the fixtures alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
        includeFilters = @ComponentScan.Filter(Component.class),
        properties = {
            "spring.messages.fallback-to-system-locale=false",
            "spring.web.locale=en",
            "spring.web.locale-resolver=fixed",
            "spring.thymeleaf.servlet.produce-partial-output-while-processing=false"
        })
@Import({InMemoryDomain.class, CuratorPorts.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
public @interface AdminSliceTest {}
