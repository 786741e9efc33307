package org.chancery.api.security;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Set;
import org.chancery.api.ContextKeys;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.ApiToken;
import org.chancery.domain.security.ApiTokenId;
import org.chancery.domain.security.NewApiToken;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.User;
import org.chancery.domain.vocabulary.ObjectType;
import org.chancery.domain.vocabulary.Predicate;
import org.chancery.domain.vocabulary.Predicates;
import org.chancery.domain.vocabulary.VocabularyAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** API tokens, users and the vocabulary; each use case checks who may. */
@Controller
class AccountMutations {

    private final AccountAdministration accounts;
    private final VocabularyAdministration vocabulary;
    private final Predicates predicates;

    AccountMutations(AccountAdministration accounts, VocabularyAdministration vocabulary, Predicates predicates) {
        this.accounts = accounts;
        this.vocabulary = vocabulary;
        this.predicates = predicates;
    }

    record CreateApiTokenInput(String username, String password, String label) {}

    record RevokeApiTokenInput(String id) {}

    record CreateUserInput(String username, Role role, String password) {}

    record UpdateUserInput(
            String username,
            @Nullable Role role,
            @Nullable Boolean disabled,
            @Nullable String password) {}

    record PredicateInput(
            String key,
            String label,
            String inverseLabel,
            @Nullable String description,
            @Nullable List<EntityKind> subjectKinds,
            ObjectType objectType,
            @Nullable List<EntityKind> objectKinds,
            boolean symmetric,
            @Nullable String cameoCode,
            @Nullable String wikidataProperty) {

        Predicate predicate() {
            return new Predicate(
                    key,
                    label,
                    inverseLabel,
                    description,
                    subjectKinds == null ? Set.of() : Set.copyOf(subjectKinds),
                    objectType,
                    objectKinds == null ? Set.of() : Set.copyOf(objectKinds),
                    symmetric,
                    cameoCode,
                    wikidataProperty);
        }
    }

    record CreateApiTokenPayload(String secret, ApiToken token) {}

    record ApiTokenPayload(ApiToken token) {}

    record UserPayload(User user) {}

    record PredicatePayload(Predicate predicate) {}

    @MutationMapping
    CreateApiTokenPayload createApiToken(@Argument CreateApiTokenInput input, GraphQLContext context) {
        NewApiToken issued = accounts.createApiToken(
                input.username(), input.password(), input.label(), context.get(ContextKeys.CLIENT_ADDRESS));
        return new CreateApiTokenPayload(issued.secret(), issued.token());
    }

    @MutationMapping
    ApiTokenPayload revokeApiToken(@Argument RevokeApiTokenInput input, @ContextValue Actor actor) {
        ApiTokenId id;
        try {
            id = ApiTokenId.parse(input.id());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("id", e.getMessage());
        }
        return new ApiTokenPayload(accounts.revokeApiToken(actor, id));
    }

    @MutationMapping
    UserPayload createUser(@Argument CreateUserInput input, @ContextValue Actor actor) {
        return new UserPayload(accounts.createUser(actor, input.username(), input.role(), input.password()));
    }

    @MutationMapping
    UserPayload updateUser(@Argument UpdateUserInput input, @ContextValue Actor actor) {
        return new UserPayload(
                accounts.updateUser(actor, input.username(), input.role(), input.disabled(), input.password()));
    }

    @MutationMapping
    PredicatePayload createPredicate(@Argument PredicateInput input, @ContextValue Actor actor) {
        return new PredicatePayload(vocabulary.create(actor, input.predicate()));
    }

    /** Replaces the predicate as it stands: the input names no earlier state to be checked against. */
    @MutationMapping
    PredicatePayload updatePredicate(@Argument PredicateInput input, @ContextValue Actor actor) {
        Predicate current = predicates.find(input.key()).orElseThrow(() -> new NotFoundException(input.key()));
        return new PredicatePayload(vocabulary.update(actor, current, input.predicate()));
    }

    @SchemaMapping(typeName = "Viewer")
    List<ApiToken> apiTokens(Object viewer, @ContextValue Actor actor) {
        return actor.anonymous() ? List.of() : accounts.tokens(actor);
    }

    @SchemaMapping(typeName = "ApiToken")
    String id(ApiToken token) {
        return token.id().toString();
    }
}
