package org.chancery.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.chancery.domain.InMemoryDomain;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A test of the API's queries alone: the schema and the controllers that read, over the {@link
 * InMemoryDomain}, without HTTP, security or a database. The mutations, which act for a signed-in actor,
 * are tested through the whole application. Each test starts from the fixtures alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GraphQlTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Mutations"))
@Import(InMemoryDomain.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
public @interface GraphQlSliceTest {}
