package org.chancery.admin.entity;

import java.util.List;
import java.util.Set;
import org.chancery.admin.ClaimCardAssembler;
import org.chancery.admin.CurrentCurator;
import org.chancery.admin.FormError;
import org.chancery.admin.FormErrors;
import org.chancery.admin.FormInput;
import org.chancery.domain.ConflictException;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.PageRequest;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntitySearch;
import org.chancery.domain.merge.MergeCuration;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Merging a duplicate into the entity that survives it, in three steps that work without JavaScript:
 * search for the survivor among the entities of the same kind, preview the claims that move, confirm.
 * A merge is undone from the merged entity's page.
 */
@Controller
class MergeController {

    static final String VIEW = "admin/entity/merge";

    private final Entities entities;
    private final Claims claims;
    private final ClaimCardAssembler cards;
    private final MergeCuration curation;
    private final CurrentCurator curator;
    private final FormInput formInput;

    MergeController(
            Entities entities,
            Claims claims,
            ClaimCardAssembler cards,
            MergeCuration curation,
            CurrentCurator curator,
            FormInput formInput) {
        this.entities = entities;
        this.claims = claims;
        this.cards = cards;
        this.curation = curation;
        this.curator = curator;
        this.formInput = formInput;
    }

    @GetMapping("/admin/entities/{id}/merge")
    String merge(
            @PathVariable EntityId id,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String survivor,
            Model model) {
        return page(id, q, survivor, null, model);
    }

    @PostMapping("/admin/entities/{id}/merge")
    String confirm(
            @PathVariable EntityId id,
            @RequestParam(required = false) @Nullable String survivor,
            @RequestParam(defaultValue = "0") int expectedRevision,
            @RequestParam(required = false) @Nullable String summary,
            Model model,
            RedirectAttributes redirect) {
        EntityId merged = id;
        try {
            EntityId into = survivor(survivor);
            curation.merge(curator.actor(), into, merged, expectedRevision, summary);
            redirect.addFlashAttribute("flash", "merge.flash.merged");
            return "redirect:/admin/entities/" + into;
        } catch (InvalidInputException refused) {
            model.addAttribute("errors", FormErrors.of(FormError.of(refused)));
        } catch (ConflictException conflict) {
            model.addAttribute("conflict", conflict.currentRevision());
        }
        model.addAttribute("summary", summary);
        return page(merged, null, survivor, summary, model);
    }

    @PostMapping("/admin/entities/{id}/unmerge")
    String unmerge(
            @PathVariable EntityId id,
            @RequestParam(defaultValue = "0") int expectedRevision,
            @RequestParam(required = false) @Nullable String summary,
            RedirectAttributes redirect) {
        EntityId merged = id;
        try {
            curation.unmerge(curator.actor(), merged, expectedRevision, summary);
            redirect.addFlashAttribute("flash", "merge.flash.unmerged");
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/admin/entities/" + merged;
    }

    private String page(
            EntityId mergedId, @Nullable String q, @Nullable String survivor, @Nullable String summary, Model model) {
        Version<Entity> merged = entities.find(mergedId).orElseThrow(() -> new NotFoundException(mergedId));
        Entity duplicate = merged.state();
        String text = StringUtils.hasText(q) ? q.strip() : null;
        List<Entity> candidates = text == null
                ? List.of()
                : entities
                        .search(
                                new EntitySearch(text, Set.of(duplicate.kind()), null),
                                new PageRequest(PageRequest.DEFAULT_SIZE, 0))
                        .items()
                        .stream()
                        .map(Version::state)
                        .filter(e -> !e.id().equals(mergedId))
                        .toList();
        EntityId chosen = chosen(survivor);
        Entity into = chosen == null
                ? null
                : entities.find(chosen).map(Version::state).orElse(null);
        boolean refused = model.getAttribute("errors") instanceof FormErrors errors && errors.any();
        if (StringUtils.hasText(survivor) && into == null && !refused) {
            model.addAttribute(
                    "errors",
                    FormErrors.of(
                            new FormError("survivor", formInput.message("input.merge.unknown", survivor.strip()))));
        }
        List<Claim> moving = into == null ? List.of() : claims.referencing(mergedId);
        ClaimCardAssembler.Batch batch = cards.load(moving, List.of(), List.of());
        model.addAttribute("merged", duplicate);
        model.addAttribute("revision", merged.number());
        model.addAttribute("q", text);
        model.addAttribute("candidates", candidates);
        model.addAttribute("survivor", into);
        model.addAttribute("survivorText", survivor);
        model.addAttribute("moving", moving.stream().map(batch::card).toList());
        model.addAttribute("summary", summary);
        return VIEW;
    }

    private static @Nullable EntityId chosen(@Nullable String survivor) {
        try {
            return StringUtils.hasText(survivor) ? EntityId.parse(survivor.strip()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private EntityId survivor(@Nullable String survivor) {
        if (!StringUtils.hasText(survivor)) {
            throw formInput.refusal("survivor", "input.merge.blank");
        }
        try {
            return EntityId.parse(survivor.strip());
        } catch (IllegalArgumentException malformed) {
            throw new InvalidInputException("survivor", String.valueOf(malformed.getMessage()));
        }
    }
}
