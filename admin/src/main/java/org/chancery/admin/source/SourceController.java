package org.chancery.admin.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.chancery.admin.Paging;
import org.chancery.domain.EntityId;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.SourceId;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.SourceSearch;
import org.chancery.domain.source.Sources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The list of sources, searched by title, and the source page. */
@Controller("adminSourceController")
class SourceController {

    static final String LIST_VIEW = "admin/source/list";
    static final String PAGE_VIEW = "admin/source/page";

    private final Sources sources;
    private final Entities entities;
    private final SourcePageAssembler pages;

    SourceController(Sources sources, Entities entities, SourcePageAssembler pages) {
        this.sources = sources;
        this.entities = entities;
        this.pages = pages;
    }

    @GetMapping("/admin/sources")
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable Integer rank,
            Model model) {
        String title = StringUtils.hasText(q) ? q.strip() : null;
        SourceSearch search = new SourceSearch(title, null);
        long from = after(after);
        Slice<Version<Source>> found = sources.list(
                search, new PageRequest(PageRequest.DEFAULT_SIZE, from, rank == null ? 0 : Math.max(0, rank)));
        UriComponentsBuilder link =
                UriComponentsBuilder.fromPath("/admin/sources").queryParamIfPresent("q", Optional.ofNullable(title));
        Source last = found.items().isEmpty()
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
        List<EntityId> publisherIds = found.items().stream()
                .map(v -> v.state().publisher())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, String> publishers = new HashMap<>();
        if (!publisherIds.isEmpty()) {
            entities.findAll(publisherIds, null)
                    .forEach((entity, version) ->
                            publishers.put(entity.toString(), version.state().name()));
        }
        model.addAttribute("sources", found.items().stream().map(Version::state).toList());
        model.addAttribute("publishers", publishers);
        model.addAttribute(
                "paging",
                new Paging(
                        sources.count(search),
                        next,
                        from == 0 ? null : link.encode().toUriString()));
        model.addAttribute("q", title);
        return LIST_VIEW;
    }

    @GetMapping("/admin/sources/{id}")
    String show(@PathVariable SourceId id, @RequestParam(required = false) @Nullable String after, Model model) {
        model.addAttribute("page", pages.page(id, after));
        return PAGE_VIEW;
    }

    private static long after(@Nullable String after) {
        try {
            return after == null ? 0 : Math.max(0, Long.parseLong(after));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
