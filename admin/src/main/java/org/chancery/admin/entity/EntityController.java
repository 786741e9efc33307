package org.chancery.admin.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.chancery.admin.Paging;
import org.chancery.domain.EntityId;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.entity.EntitySearch;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Finding entities by any of their names, and the entity page. */
@Controller("adminEntityController")
class EntityController {

    static final String LIST_VIEW = "admin/entity/list";
    static final String PAGE_VIEW = "admin/entity/page";
    static final String GROUP_VIEW = "admin/entity/claims";

    private final Entities entities;
    private final EntityPageAssembler pages;

    EntityController(Entities entities, EntityPageAssembler pages) {
        this.entities = entities;
        this.pages = pages;
    }

    @GetMapping("/admin/entities")
    String search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable Integer rank,
            Model model) {
        String text = StringUtils.hasText(q) ? q.strip() : null;
        EntityKind wanted = kind(kind);
        EntitySearch search = new EntitySearch(text, wanted == null ? Set.of() : Set.of(wanted), null);
        long from = after(after);
        Slice<Version<Entity>> found = entities.search(
                search, new PageRequest(PageRequest.DEFAULT_SIZE, from, rank == null ? 0 : Math.max(0, rank)));
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/entities")
                .queryParamIfPresent("q", Optional.ofNullable(text))
                .queryParamIfPresent("kind", Optional.ofNullable(wanted));
        Entity last = found.items().isEmpty()
                ? null
                : found.items().get(found.items().size() - 1).state();
        String next = found.hasNext() && last != null
                ? link.cloneBuilder()
                        .queryParam("after", last.id().value())
                        .queryParamIfPresent(
                                "rank", Optional.of(search.rank(last)).filter(r -> r > 0))
                        .encode()
                        .toUriString()
                : null;
        model.addAttribute(
                "entities", found.items().stream().map(Version::state).toList());
        model.addAttribute(
                "paging",
                new Paging(
                        entities.count(search),
                        next,
                        from == 0 ? null : link.encode().toUriString()));
        model.addAttribute("q", text);
        model.addAttribute("kind", wanted);
        model.addAttribute("kinds", EntityKind.values());
        return LIST_VIEW;
    }

    @GetMapping("/admin/entities/{id}")
    String show(@PathVariable EntityId id, Model model) {
        model.addAttribute("page", pages.page(id));
        return PAGE_VIEW;
    }

    /** One group of the entity page's claims, a page at a time. */
    @GetMapping("/admin/entities/{id}/{section:outgoing|incoming|mentions}")
    String group(
            @PathVariable EntityId id,
            @PathVariable String section,
            @RequestParam(required = false) @Nullable String predicate,
            @RequestParam(required = false) @Nullable String after,
            Model model) {
        model.addAttribute("page", pages.group(id, section, predicate, after));
        return GROUP_VIEW;
    }

    /** The kind asked for; anything else asks for every kind. */
    private static @Nullable EntityKind kind(@Nullable String kind) {
        return Arrays.stream(EntityKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
    }

    private static long after(@Nullable String after) {
        try {
            return after == null ? 0 : Math.max(0, Long.parseLong(after));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
