package org.chancery.admin.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chancery.admin.ClaimCard;
import org.chancery.admin.ClaimCardAssembler;
import org.chancery.admin.EntityRef;
import org.chancery.admin.ExternalIdView;
import org.chancery.admin.PagedList;
import org.chancery.admin.PredicateView;
import org.chancery.admin.ValueView;
import org.chancery.admin.revision.RevisionRowAssembler;
import org.chancery.domain.EntityId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.merge.Merges;
import org.chancery.domain.revision.Version;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Assembles the entity page in a fixed number of statements, however many claims the entity has: the
 * entity, its merges, every claim that refers to it, then everything the claims shown refer to in one
 * batch, then its history. Each group of claims shows its first {@link #SHOWN}; the group's own page, in
 * pages of {@link #PAGE}, lists them all.
 */
@Component
class EntityPageAssembler {

    /** How many claims each group of the entity page shows. */
    static final int SHOWN = 20;

    /** How many claims a page of one group lists. */
    static final int PAGE = 50;

    private static final Comparator<Claim> READING_ORDER = Comparator.comparing(Claim::deprecated)
            .thenComparing(Claim::validFrom, Comparator.nullsFirst(Comparator.<EdtfDate>naturalOrder()))
            .thenComparing(Claim::id);

    private final Entities entities;
    private final Claims claims;
    private final Merges merges;
    private final ClaimCardAssembler cards;
    private final RevisionRowAssembler revisions;

    EntityPageAssembler(
            Entities entities, Claims claims, Merges merges, ClaimCardAssembler cards, RevisionRowAssembler revisions) {
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
        Sections sections = sections(id);
        EntityId survivor = entity.mergedInto();
        List<EntityId> more = new ArrayList<>(merged);
        if (survivor != null) {
            more.add(survivor);
        }
        List<Claim> shown = new ArrayList<>(first(sections.mentions()));
        Stream.concat(sections.outgoing().values().stream(), sections.incoming().values().stream())
                .forEach(group -> shown.addAll(first(group)));
        ClaimCardAssembler.Batch batch = cards.load(shown, more, List.of());

        List<Timelines.Entry> timeline = new ArrayList<>();
        for (Claim claim : shown.stream().sorted(READING_ORDER).toList()) {
            if (claim.deprecated()) {
                continue;
            }
            ClaimCard card = batch.card(claim);
            if (claim.subject().equals(id)) {
                timeline.add(entry(claim, card, reads(card.predicate().label(), card.object())));
            } else if (points(claim, id)) {
                timeline.add(entry(claim, card, reads(card)));
            }
        }
        return new EntityPage(
                entity,
                current.number(),
                survivor == null ? null : batch.entity(survivor),
                merged.stream().map(batch::entity).toList(),
                entity.externalIds().stream().map(ExternalIdView::of).toList(),
                groups(sections.outgoing(), batch, false),
                groups(sections.incoming(), batch, true),
                new ClaimGroup(
                        null,
                        null,
                        false,
                        cards(first(sections.mentions()), batch),
                        sections.mentions().size()),
                Timelines.draw(timeline, LocaleContextHolder.getLocale()),
                revisions.rows(id, entities.history(id)));
    }

    /**
     * The claims of one group of the entity page, a page at a time: those about it ({@code outgoing}) or
     * pointing to it ({@code incoming}) with {@code predicate} (with any, if null), or those that only
     * mention it.
     */
    GroupPage group(EntityId id, String section, @Nullable String predicate, @Nullable String after) {
        entities.find(id).orElseThrow(() -> new NotFoundException(id));
        Sections sections = sections(id);
        String key = section.equals("mentions") ? null : predicate;
        List<Claim> all = switch (section) {
            case "outgoing" -> withPredicate(sections.outgoing(), key);
            case "incoming" -> withPredicate(sections.incoming(), key);
            default -> sections.mentions();
        };
        if (all.isEmpty()) {
            throw new NotFoundException(id + "/" + section + "/" + key);
        }
        PagedList<Claim> page = PagedList.of(
                all,
                claim -> claim.id().toString(),
                after,
                PAGE,
                UriComponentsBuilder.fromPath("/admin/entities/" + id + "/" + section)
                        .queryParamIfPresent("predicate", Optional.ofNullable(key)));
        ClaimCardAssembler.Batch batch = cards.load(page.items(), List.of(id), List.of());
        ClaimGroup group = key == null
                ? new ClaimGroup(null, null, section.equals("incoming"), cards(page.items(), batch), all.size())
                : group(all, batch, section.equals("incoming"), page.items());
        return new GroupPage(batch.entity(id), section, group, page.paging());
    }

    /** The claims of {@code groups} with {@code predicate}; of every predicate, in reading order, if null. */
    private static List<Claim> withPredicate(Map<String, List<Claim>> groups, @Nullable String predicate) {
        return predicate == null
                ? groups.values().stream()
                        .flatMap(List::stream)
                        .sorted(READING_ORDER)
                        .toList()
                : groups.getOrDefault(predicate, List.of());
    }

    /** The claims that refer to {@code id}, in reading order, by the section of the entity page they go in. */
    private Sections sections(EntityId id) {
        Map<String, List<Claim>> outgoing = new TreeMap<>();
        Map<String, List<Claim>> incoming = new TreeMap<>();
        List<Claim> mentions = new ArrayList<>();
        for (Claim claim : claims.referencing(id).stream().sorted(READING_ORDER).toList()) {
            if (claim.subject().equals(id)) {
                outgoing.computeIfAbsent(claim.predicate(), k -> new ArrayList<>())
                        .add(claim);
            } else if (points(claim, id)) {
                incoming.computeIfAbsent(claim.predicate(), k -> new ArrayList<>())
                        .add(claim);
            } else {
                mentions.add(claim);
            }
        }
        return new Sections(outgoing, incoming, mentions);
    }

    private static List<ClaimGroup> groups(
            Map<String, List<Claim>> byPredicate, ClaimCardAssembler.Batch batch, boolean incoming) {
        return byPredicate.values().stream()
                .map(all -> group(all, batch, incoming, first(all)))
                .sorted(Comparator.comparing(ClaimGroup::heading, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The group of {@code all} claims with one predicate, of which {@code shown} are shown. */
    private static ClaimGroup group(
            List<Claim> all, ClaimCardAssembler.Batch batch, boolean incoming, List<Claim> shown) {
        PredicateView predicate = batch.predicate(all.get(0).predicate());
        return new ClaimGroup(
                predicate,
                incoming ? predicate.inverseLabel() : predicate.label(),
                incoming,
                cards(shown, batch),
                all.size());
    }

    private static List<ClaimCard> cards(List<Claim> claims, ClaimCardAssembler.Batch batch) {
        return claims.stream().map(batch::card).toList();
    }

    private static List<Claim> first(List<Claim> claims) {
        return claims.subList(0, Math.min(SHOWN, claims.size()));
    }

    private static boolean points(Claim claim, EntityId id) {
        return claim.object() instanceof ClaimValue.EntityValue e && e.entity().equals(id);
    }

    private static Timelines.Entry entry(Claim claim, ClaimCard card, String label) {
        return new Timelines.Entry(card, label, claim.validFrom(), claim.validUntil());
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

    /** The claims that refer to an entity, by the section of its page they go in, each in reading order. */
    private record Sections(
            Map<String, List<Claim>> outgoing, Map<String, List<Claim>> incoming, List<Claim> mentions) {}
}
