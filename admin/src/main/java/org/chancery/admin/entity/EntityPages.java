package org.chancery.admin.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chancery.admin.ClaimCard;
import org.chancery.admin.ClaimCards;
import org.chancery.admin.EntityRef;
import org.chancery.admin.ExternalIdView;
import org.chancery.admin.PredicateView;
import org.chancery.admin.ValueView;
import org.chancery.admin.revision.Revisions;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityId;
import org.chancery.domain.merge.Merges;
import org.chancery.domain.revision.Version;
import org.chancery.domain.time.EdtfDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Assembles the entity page in a fixed number of statements, however many claims the entity has: the
 * entity, its merges, every claim that refers to it, then everything those claims refer to in one
 * batch, then its history.
 */
@Component
class EntityPages {

    private static final Comparator<Claim> READING_ORDER = Comparator.comparing(Claim::deprecated)
            .thenComparing(Claim::validFrom, Comparator.nullsFirst(Comparator.<EdtfDate>naturalOrder()))
            .thenComparing(Claim::id);

    private final Entities entities;
    private final Claims claims;
    private final Merges merges;
    private final ClaimCards cards;
    private final Revisions revisions;

    EntityPages(Entities entities, Claims claims, Merges merges, ClaimCards cards, Revisions revisions) {
        this.entities = entities;
        this.claims = claims;
        this.merges = merges;
        this.cards = cards;
        this.revisions = revisions;
    }

    EntityPage page(EntityId id) {
        Version<Entity> current = entities.find(id).orElseThrow(() -> new NotFoundException(id));
        Entity entity = current.state();
        List<EntityId> merged = merges.mergedInto(id);
        List<Claim> referring =
                claims.referencing(id).stream().sorted(READING_ORDER).toList();
        EntityId survivor = entity.mergedInto();
        List<EntityId> more = new ArrayList<>(merged);
        if (survivor != null) {
            more.add(survivor);
        }
        ClaimCards.Batch batch = cards.load(referring, more, List.of());

        Map<String, List<Claim>> outgoing = new TreeMap<>();
        Map<String, List<Claim>> incoming = new TreeMap<>();
        List<ClaimCard> mentions = new ArrayList<>();
        List<Timelines.Entry> timeline = new ArrayList<>();
        for (Claim claim : referring) {
            boolean about = claim.subject().equals(id);
            boolean pointing = claim.object() instanceof ClaimValue.EntityValue e
                    && e.entity().equals(id);
            if (about) {
                outgoing.computeIfAbsent(claim.predicate(), k -> new ArrayList<>())
                        .add(claim);
            } else if (pointing) {
                incoming.computeIfAbsent(claim.predicate(), k -> new ArrayList<>())
                        .add(claim);
            } else {
                mentions.add(batch.card(claim));
            }
            if ((about || pointing) && !claim.deprecated()) {
                ClaimCard card = batch.card(claim);
                timeline.add(new Timelines.Entry(
                        card,
                        about ? reads(card.predicate().label(), card.object()) : reads(card),
                        claim.validFrom(),
                        claim.validUntil()));
            }
        }
        return new EntityPage(
                entity,
                current.number(),
                survivor == null ? null : batch.entity(survivor),
                merged.stream().map(batch::entity).toList(),
                entity.externalIds().stream().map(ExternalIdView::of).toList(),
                groups(outgoing, batch, false),
                groups(incoming, batch, true),
                mentions,
                Timelines.draw(timeline, LocaleContextHolder.getLocale()),
                revisions.rows(id.toString(), entities.history(id)));
    }

    private static List<ClaimGroup> groups(
            Map<String, List<Claim>> byPredicate, ClaimCards.Batch batch, boolean incoming) {
        return byPredicate.values().stream()
                .map(list -> {
                    List<ClaimCard> group = list.stream().map(batch::card).toList();
                    PredicateView predicate = group.get(0).predicate();
                    return new ClaimGroup(
                            predicate, incoming ? predicate.inverseLabel() : predicate.label(), incoming, group);
                })
                .sorted(Comparator.comparing(ClaimGroup::heading, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** "recognizes Luhansk People's Republic": a claim about the entity, read from it. */
    private static String reads(String label, ValueView object) {
        String what = object.entity() != null
                ? object.entity().name()
                : object.text() != null
                        ? object.text()
                        : object.date() == null ? "" : object.date().text();
        return label + " " + what;
    }

    /** "is recognized by Russia": a claim whose object is the entity, read from it. */
    private static String reads(ClaimCard card) {
        EntityRef subject = card.subject();
        return card.predicate().inverseLabel() + " " + subject.name();
    }
}
