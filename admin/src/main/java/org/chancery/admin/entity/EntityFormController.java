package org.chancery.admin.entity;

import static org.chancery.admin.FormError.NO_REVISION;

import java.util.List;
import org.chancery.admin.CurrentCurator;
import org.chancery.admin.FormError;
import org.chancery.admin.Refusals;
import org.chancery.admin.revision.Comparisons;
import org.chancery.domain.ConflictException;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.revision.Version;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entity form: create an entity, or edit one from the revision the curator started from, for a reason.
 * A refusal shows the form again with what was entered; an edit of a stale revision saves nothing.
 */
@Controller
class EntityFormController {

    static final String FORM_VIEW = "admin/entity/form";

    private final Entities entities;
    private final EntityCuration curation;
    private final CurrentCurator curator;
    private final Refusals refusals;
    private final Comparisons comparisons;

    EntityFormController(
            Entities entities,
            EntityCuration curation,
            CurrentCurator curator,
            Refusals refusals,
            Comparisons comparisons) {
        this.entities = entities;
        this.curation = curation;
        this.curator = curator;
        this.refusals = refusals;
        this.comparisons = comparisons;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("kinds")
    List<EntityKind> kinds() {
        return List.of(EntityKind.values());
    }

    @GetMapping("/admin/entities/new")
    String initCreateForm(Model model) {
        model.addAttribute("form", EntityForm.empty());
        return FORM_VIEW;
    }

    @PostMapping("/admin/entities/new")
    String processCreateForm(EntityForm form, Model model, RedirectAttributes redirect) {
        try {
            Version<Entity> created = curation.create(curator.actor(), form.toDraft(refusals));
            redirect.addFlashAttribute("flash", "entity.flash.create");
            return "redirect:/admin/entities/" + created.state().id();
        } catch (InvalidInputException refused) {
            return refused(form, refused, model);
        }
    }

    @GetMapping("/admin/entities/{id}/edit")
    String initEditForm(@PathVariable EntityId id, Model model) {
        Version<Entity> current = current(id);
        model.addAttribute("entityId", current.state().id().toString());
        model.addAttribute("form", EntityForm.of(current.state(), current.number()));
        return FORM_VIEW;
    }

    @PostMapping("/admin/entities/{id}/edit")
    String processEditForm(@PathVariable EntityId id, EntityForm form, Model model, RedirectAttributes redirect) {
        EntityId entityId = id;
        Version<Entity> current = current(entityId);
        model.addAttribute("entityId", entityId.toString());
        // a form that does not say which revision it was made from cannot be checked: it is refused as a conflict
        int expected = form.expectedRevision() == null ? NO_REVISION : form.expectedRevision();
        try {
            EntityDraft draft = form.toDraft(refusals);
            try {
                curation.correct(curator.actor(), entityId, expected, draft, form.reason());
            } catch (ConflictException conflict) {
                model.addAttribute("form", form);
                model.addAttribute(
                        "stale",
                        comparisons.staleEntity(
                                entityId, expected, current.state().correct(draft.checked())));
                return FORM_VIEW;
            }
            redirect.addFlashAttribute("flash", "entity.flash.edit");
            return "redirect:/admin/entities/" + entityId;
        } catch (InvalidInputException refused) {
            return refused(form, refused, model);
        }
    }

    private static String refused(EntityForm form, InvalidInputException refused, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", List.of(FormError.of(refused)));
        return FORM_VIEW;
    }

    private Version<Entity> current(EntityId id) {
        return entities.find(id).orElseThrow(() -> new NotFoundException(id));
    }
}
