package org.chancery.domain.source;

import org.chancery.domain.ConflictException;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.SourceId;
import org.chancery.domain.Texts;
import org.chancery.domain.Transactions;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;

/** The use cases that create and correct sources. Curators only. */
public final class SourceCuration {

    private final Sources sources;
    private final Entities entities;
    private final CitedQuotes claims;
    private final Transactions transactions;

    public SourceCuration(Sources sources, Entities entities, CitedQuotes claims, Transactions transactions) {
        this.sources = sources;
        this.entities = entities;
        this.claims = claims;
        this.transactions = transactions;
    }

    public Version<Source> create(Actor actor, SourceDraft draft) {
        String author = actor.curator("add a source");
        SourceDraft checked = draft.checked();
        return transactions.inTransaction(() -> {
            requirePublisher(checked);
            Source source = Source.of(sources.nextId(), checked);
            sources.append(source.id(), 1, source, new Change(author, Action.CREATE, null));
            return sources.find(source.id()).orElseThrow();
        });
    }

    /**
     * Replaces the content of a source, for {@code reason}. A new text must still hold every quote that
     * current claims cite from it.
     */
    public Version<Source> correct(
            Actor actor, SourceId id, int expectedRevision, SourceDraft draft, @Nullable String reason) {
        String author = actor.curator("correct a source");
        String why = Texts.required("reason", reason, 2000);
        SourceDraft checked = draft.checked();
        return transactions.inTransaction(() -> {
            Version<Source> current = sources.find(id).orElseThrow(() -> new NotFoundException(id));
            ConflictException.check(id, expectedRevision, current.number());
            requirePublisher(checked);
            Source next = Source.of(id, checked);
            if (next.text() != null && !next.text().equals(current.state().text())) {
                CitedSource cited = CitedSource.of(next);
                for (String quote : claims.quotesCiting(id)) {
                    if (cited.find(quote).isEmpty()) {
                        throw new InvalidInputException(
                                "text", "The new text lacks a quote that claims cite: \"%s\"".formatted(quote));
                    }
                }
            }
            sources.append(id, current.number() + 1, next, new Change(author, Action.CORRECT, why));
            return sources.find(id).orElseThrow();
        });
    }

    private void requirePublisher(SourceDraft draft) {
        if (draft.publisher() != null && entities.find(draft.publisher()).isEmpty()) {
            throw new InvalidInputException("publisher", "%s does not exist".formatted(draft.publisher()));
        }
    }
}
