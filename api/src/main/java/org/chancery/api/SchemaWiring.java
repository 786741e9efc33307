package org.chancery.api;

import graphql.schema.idl.RuntimeWiring;
import java.util.List;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The schema's scalars, and which object type an object stands for where the schema expects an interface
 * or a union: a {@link NodeObject} says so itself, anything else by its class name ({@code TextValue});
 * and the fields whose reads have no keys, which keep their answer from being kept ({@link Reads}).
 */
@Component
class SchemaWiring implements RuntimeWiringConfigurer, GraphQlSourceBuilderCustomizer {

    private final ClassNameTypeResolver byClassName = new ClassNameTypeResolver();

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.scalar(Scalars.DATE).scalar(Scalars.DATE_TIME).scalar(Scalars.JSON);
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.typeVisitors(List.of(Reads.unkeyedFields()));
        builder.defaultTypeResolver(env -> env.getObject() instanceof NodeObject node
                ? env.getSchema().getObjectType(node.typeName())
                : byClassName.getType(env));
    }
}
