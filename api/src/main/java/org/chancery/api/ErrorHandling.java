package org.chancery.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.ChangedMeanwhileException;
import org.chancery.domain.ConflictException;
import org.chancery.domain.Failures;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place where the domain's refusals become GraphQL errors, classified as the contract says.
 * Anything else is an INTERNAL_ERROR that reveals nothing but the id under which it is logged.
 */
@ControllerAdvice
class ErrorHandling {

    private static final String OUTAGE_LOGGED = ErrorHandling.class.getName() + ".outage";

    private final Failures failures;

    ErrorHandling(Failures failures) {
        this.failures = failures;
    }

    @GraphQlExceptionHandler
    GraphQLError invalid(InvalidInputException e, DataFetchingEnvironment env) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("field", e.field());
        e.existing().ifPresent(existing -> extensions.put("existing", existing.toString()));
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.BAD_REQUEST)
                .message(e.getMessage())
                .extensions(extensions)
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError conflict(ConflictException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorKind.CONFLICT)
                .message(e.getMessage())
                .extensions(Map.of("id", e.objectId(), "currentRevision", e.currentRevision()))
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError changedMeanwhile(ChangedMeanwhileException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorKind.CONFLICT)
                .message(e.getMessage())
                .extensions(Map.of("id", e.objectId()))
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError notFound(NotFoundException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.NOT_FOUND)
                .message(e.getMessage())
                .extensions(Map.of("id", e.id()))
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError refused(AccessRefusedException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(e.anonymous() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                .message(e.getMessage())
                .build();
    }

    /** An outage of the database is UNAVAILABLE (a 503, see {@link ContractHttpHandler}); anything else a fault. */
    @GraphQlExceptionHandler
    GraphQLError unexpected(Exception e, DataFetchingEnvironment env) {
        String id =
                failures.failed("GraphQL field " + env.getExecutionStepInfo().getPath(), e);
        boolean outage = failures.isOutage(e);
        return GraphqlErrorBuilder.newError(env)
                .errorType(outage ? ErrorKind.UNAVAILABLE : ErrorType.INTERNAL_ERROR)
                .message(
                        outage
                                ? "The registry cannot answer now: try again shortly (" + id + ")"
                                : "Something went wrong on the server; it is logged as " + id)
                .extensions(Map.of("id", id))
                .build();
    }
}
