package org.chancery.api;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.chancery.domain.Bounds;
import org.chancery.domain.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.execution.ErrorType;

/**
 * The schema's {@code @maxLength} and {@code @maxItems}: every argument of an operation, fragments and
 * variables included, is checked against them once the document is valid and before any field runs, so a
 * request over one is refused as a whole and reads nothing. The same bounds are written into the
 * descriptions GraphiQL shows ({@link #DESCRIBED}).
 */
final class InputBoundsCheck extends SimplePerformantInstrumentation {

    static final String MAX_LENGTH = "maxLength";
    static final String MAX_ITEMS = "maxItems";

    /** Ends the description of every bounded argument and input field with its bound. */
    static final GraphQLTypeVisitorStub DESCRIBED = new GraphQLTypeVisitorStub() {
        @Override
        public TraversalControl visitGraphQLArgument(
                GraphQLArgument argument, TraverserContext<GraphQLSchemaElement> context) {
            String described = described(argument.getDescription(), argument);
            return described == null
                    ? TraversalControl.CONTINUE
                    : changeNode(context, argument.transform(b -> b.description(described)));
        }

        @Override
        public TraversalControl visitGraphQLInputObjectField(
                GraphQLInputObjectField field, TraverserContext<GraphQLSchemaElement> context) {
            String described = described(field.getDescription(), field);
            return described == null
                    ? TraversalControl.CONTINUE
                    : changeNode(context, field.transform(b -> b.description(described)));
        }
    };

    @Override
    public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        List<GraphQLError> errors = new ArrayList<>();
        QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        if (env.isTypeNameIntrospectionField()) {
                            return;
                        }
                        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
                            Object value = env.getArguments().get(argument.getName());
                            // a mutation's one input names its fields from inside it, as the domain does
                            String path = argument.getName().equals("input") ? "" : argument.getName();
                            check(path, argument, argument.getType(), value, env.getField(), errors);
                        }
                    }
                });
        if (!errors.isEmpty()) {
            throw new AbortExecutionException(errors);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private static void check(
            String path,
            GraphQLDirectiveContainer bounded,
            GraphQLInputType type,
            @Nullable Object value,
            Field field,
            List<GraphQLError> errors) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        try {
            if (value instanceof String text) {
                bound(bounded, MAX_LENGTH).ifPresent(max -> Bounds.atMost(path, text, max));
            } else if (value instanceof Collection<?> items && unwrapped instanceof GraphQLList list) {
                bound(bounded, MAX_ITEMS).ifPresent(max -> Bounds.atMost(path, items, max));
                int i = 0;
                for (Object item : items) {
                    check(
                            path + "[" + i++ + "]",
                            bounded,
                            (GraphQLInputType) list.getWrappedType(),
                            item,
                            field,
                            errors);
                }
            } else if (value instanceof Map<?, ?> object && unwrapped instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField inner : input.getFieldDefinitions()) {
                    String innerPath = path.isEmpty() ? inner.getName() : path + "." + inner.getName();
                    check(innerPath, inner, inner.getType(), object.get(inner.getName()), field, errors);
                }
            }
        } catch (InvalidInputException refused) {
            errors.add(GraphqlErrorBuilder.newError()
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(refused.getMessage())
                    .location(field.getSourceLocation())
                    .extensions(Map.of("field", refused.field()))
                    .build());
        }
    }

    private static OptionalInt bound(GraphQLDirectiveContainer element, String directive) {
        GraphQLAppliedDirective applied = element.getAppliedDirective(directive);
        if (applied == null) {
            return OptionalInt.empty();
        }
        Object value = applied.getArgument("value").getValue();
        return value instanceof Number number ? OptionalInt.of(number.intValue()) : OptionalInt.empty();
    }

    private static @Nullable String described(@Nullable String description, GraphQLDirectiveContainer element) {
        OptionalInt length = bound(element, MAX_LENGTH);
        OptionalInt items = bound(element, MAX_ITEMS);
        if (length.isEmpty() && items.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder(description == null ? "" : description.strip());
        if (items.isPresent()) {
            text.append(text.isEmpty() ? "" : " ").append("At most %d items.".formatted(items.getAsInt()));
        }
        if (length.isPresent()) {
            text.append(text.isEmpty() ? "" : " ")
                    .append((items.isPresent() ? "Each at most %d characters." : "At most %d characters.")
                            .formatted(length.getAsInt()));
        }
        return text.toString();
    }
}
