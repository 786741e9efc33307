package org.chancery.api;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** The limits of {@link GraphQlLimits}, enforced before a query reads anything. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
class QueryLimits {

    /**
     * The checks below as one instrumentation, which acts only as an operation is validated and begins:
     * graphql-java calls every instrumentation at every field it runs, so four of them would cost four
     * calls at each of the thousands of fields of a page, for checks made once.
     */
    @Bean
    Instrumentation limitChecks(GraphQlLimits limits) {
        Instrumentation checks = new ChainedInstrumentation(
                maxDepth(limits), maxComplexity(limits), new InputBoundsCheck(), maxAliases(limits));
        return new SimplePerformantInstrumentation() {
            @Override
            public @Nullable CompletableFuture<InstrumentationState> createStateAsync(
                    InstrumentationCreateStateParameters parameters) {
                return checks.createStateAsync(parameters);
            }

            @Override
            public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
                    InstrumentationValidationParameters parameters, InstrumentationState state) {
                return checks.beginValidation(parameters, state);
            }

            @Override
            public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return checks.beginExecuteOperation(parameters, state);
            }
        };
    }

    private static Instrumentation maxDepth(GraphQlLimits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return introspectionOnly(parameters.getExecutionContext().getOperationDefinition())
                        ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }
        };
    }

    private static Instrumentation maxComplexity(GraphQlLimits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return introspectionOnly(parameters.getExecutionContext().getOperationDefinition())
                        ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }
        };
    }

    @Bean
    GraphQlSourceBuilderCustomizer describedBounds() {
        return builder -> builder.typeVisitorsToTransformSchema(List.of(InputBoundsCheck.DESCRIBED));
    }

    private static Instrumentation maxAliases(GraphQlLimits limits) {
        return new SimplePerformantInstrumentation() {
            @Override
            public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                int[] aliases = {0};
                // preOrder visits each field once; depthFirst would visit it on entering and on leaving
                new NodeTraverser()
                        .preOrder(
                                new NodeVisitorStub() {
                                    @Override
                                    @SuppressWarnings("rawtypes") // the type graphql-java declares
                                    public TraversalControl visitField(Field field, TraverserContext<Node> context) {
                                        if (field.getAlias() != null) {
                                            aliases[0]++;
                                        }
                                        return TraversalControl.CONTINUE;
                                    }
                                },
                                parameters.getExecutionContext().getDocument());
                if (aliases[0] > limits.maxAliases()) {
                    throw new AbortExecutionException(
                            "The query uses %d aliases; the limit is %d".formatted(aliases[0], limits.maxAliases()));
                }
                return super.beginExecuteOperation(parameters, state);
            }
        };
    }

    /** Limits the size of every document and, if so set, turns introspection off for every request. */
    @Bean
    WebGraphQlInterceptor documentSize(GraphQlLimits limits) {
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
                .transform(b -> b.maxCharacters(limits.maxCharacters()).maxTokens(limits.maxTokens()));
        return (request, chain) -> {
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
                        context.put(ParserOptions.class, options);
                        if (!limits.introspection()) {
                            context.put(Introspection.INTROSPECTION_DISABLED, true);
                        }
                    })
                    .build());
            return chain.next(request);
        };
    }

    private static boolean introspectionOnly(OperationDefinition operation) {
        var selections = operation.getSelectionSet().getSelections();
        return !selections.isEmpty()
                && selections.stream()
                        .allMatch(s -> s instanceof Field f && f.getName().startsWith("__"));
    }
}
