package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.GraphQlSource;

/** Every string and list a client may send through the schema has its documented bound. */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import(StatementCounter.class)
class InputBoundsCheckTests {

    /** Scalars read from a string of their own bounded length (see {@code Scalars}). */
    private static final Set<String> SELF_BOUNDED = Set.of("Date", "DateTime");

    @Autowired
    GraphQlSource graphQl;

    @Test
    void everyStringAndListInputHasABoundAndSaysSo() {
        GraphQLSchema schema = graphQl.schema();
        List<String> unbounded = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    for (GraphQLArgument argument : field.getArguments()) {
                        check(
                                object.getName() + "." + field.getName() + "(" + argument.getName() + ")",
                                argument,
                                argument.getType(),
                                argument.getDescription(),
                                unbounded,
                                undescribed);
                    }
                }
            }
            if (type instanceof GraphQLInputObjectType input && !input.getName().startsWith("__")) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    check(
                            input.getName() + "." + field.getName(),
                            field,
                            field.getType(),
                            field.getDescription(),
                            unbounded,
                            undescribed);
                }
            }
        }

        assertThat(unbounded).as("inputs without a bound").isEmpty();
        assertThat(undescribed)
                .as("bounded inputs whose description does not give the bound")
                .isEmpty();
    }

    private static void check(
            String name,
            GraphQLDirectiveContainer element,
            GraphQLInputType type,
            String description,
            List<String> unbounded,
            List<String> undescribed) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        boolean list = unwrapped instanceof GraphQLList;
        GraphQLType item = GraphQLTypeUtil.unwrapAll(type);
        boolean text = item instanceof GraphQLScalarType scalar
                && (scalar.getName().equals("String") || scalar.getName().equals("ID"));
        boolean maxItems = element.getAppliedDirective(InputBoundsCheck.MAX_ITEMS) != null;
        boolean maxLength = element.getAppliedDirective(InputBoundsCheck.MAX_LENGTH) != null;
        if ((list && !maxItems) || (text && !maxLength)) {
            unbounded.add(name);
        }
        if ((maxItems || maxLength) && (description == null || !description.contains("At most"))) {
            undescribed.add(name);
        }
        if (item instanceof GraphQLScalarType scalar && !text && !SELF_BOUNDED.contains(scalar.getName())) {
            assertThat(scalar.getName()).as(name).isIn("Int", "Boolean", "Float");
        }
    }
}
