package org.chancery.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.ChangedMeanwhileException;
import org.chancery.domain.ConflictException;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place where the domain's refusals become GraphQL errors, classified as the contract says.
 * Anything else is left to Spring for GraphQL, which answers INTERNAL_ERROR and reveals nothing.
 */
@ControllerAdvice
class ErrorHandling {

    @GraphQlExceptionHandler
    GraphQLError invalid(InvalidInputException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.BAD_REQUEST)
                .message(e.getMessage())
                .extensions(Map.of("field", e.field()))
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
}
