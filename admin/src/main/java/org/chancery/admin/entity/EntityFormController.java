package org.chancery.admin.entity;

import java.util.List;
import org.chancery.admin.CurrentCurator;
import org.chancery.admin.FormInput;
import org.chancery.admin.revision.ComparisonAssembler;
import org.chancery.admin.revision.FormSubmission;
import org.chancery.domain.EntityId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityCuration;
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
    private final FormInput formInput;
    private final ComparisonAssembler comparisons;

    EntityFormController(
            Entities entities,
            EntityCuration curation,
            CurrentCurator curator,
            FormInput formInput,
            ComparisonAssembler comparisons) {
        this.entities = entities;
        this.curation = curation;
        this.curator = curator;
        this.formInput = formInput;
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
        return new FormSubmission(model, form, FORM_VIEW).save(() -> {
            Version<Entity> created = curation.create(curator.actor(), form.toDraft(formInput));
            redirect.addFlashAttribute("flash", "entity.flash.create");
            return "redirect:/admin/entities/" + created.state().id();
        });
    }

    @GetMapping("/admin/entities/{id}/edit")
    String initEditForm(@PathVariable EntityId id, Model model) {
        Version<Entity> current = current(id);
        model.addAttribute("entityId", id.toString());
        model.addAttribute("form", EntityForm.of(current.state(), current.number()));
        return FORM_VIEW;
    }

    @PostMapping("/admin/entities/{id}/edit")
    String processEditForm(@PathVariable EntityId id, EntityForm form, Model model, RedirectAttributes redirect) {
        Version<Entity> current = current(id);
        model.addAttribute("entityId", id.toString());
        int expected = FormSubmission.startedFrom(form.expectedRevision());
        return new FormSubmission(model, form, FORM_VIEW)
                .correct(
                        () -> {
                            curation.correct(curator.actor(), id, expected, form.toDraft(formInput), form.reason());
                            redirect.addFlashAttribute("flash", "entity.flash.edit");
                            return "redirect:/admin/entities/" + id;
                        },
                        () -> comparisons.staleEntity(
                                id,
                                expected,
                                current.state().correct(form.toDraft(formInput).checked())));
    }

    private Version<Entity> current(EntityId id) {
        return entities.find(id).orElseThrow(() -> new NotFoundException(id));
    }
}
