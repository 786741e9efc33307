package org.chancery.admin.source;

import java.util.List;
import org.chancery.admin.CurrentCurator;
import org.chancery.admin.EntityPicker;
import org.chancery.admin.FormInput;
import org.chancery.admin.revision.ComparisonAssembler;
import org.chancery.admin.revision.FormSubmission;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.SourceId;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.SourceCuration;
import org.chancery.domain.source.SourceKind;
import org.chancery.domain.source.Sources;
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
 * The source form: add a source, or edit one from the revision the curator started from, for a reason.
 * A refusal shows the form again with what was entered; an edit of a stale revision saves nothing.
 */
@Controller
class SourceFormController {

    static final String FORM_VIEW = "admin/source/form";

    private final Sources sources;
    private final SourceCuration curation;
    private final EntityPicker entities;
    private final CurrentCurator curator;
    private final FormInput formInput;
    private final ComparisonAssembler comparisons;

    SourceFormController(
            Sources sources,
            SourceCuration curation,
            EntityPicker entities,
            CurrentCurator curator,
            FormInput formInput,
            ComparisonAssembler comparisons) {
        this.sources = sources;
        this.curation = curation;
        this.entities = entities;
        this.curator = curator;
        this.formInput = formInput;
        this.comparisons = comparisons;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("sourceKinds")
    List<SourceKind> sourceKinds() {
        return List.of(SourceKind.values());
    }

    @GetMapping("/admin/sources/new")
    String initCreateForm(Model model) {
        model.addAttribute("form", SourceForm.empty());
        return FORM_VIEW;
    }

    @PostMapping("/admin/sources/new")
    String processCreateForm(SourceForm form, Model model, RedirectAttributes redirect) {
        return new FormSubmission(model, form, FORM_VIEW).save(() -> {
            Version<Source> created = curation.create(curator.actor(), form.toDraft(entities, formInput));
            redirect.addFlashAttribute("flash", "source.flash.create");
            return "redirect:/admin/sources/" + created.state().id();
        });
    }

    @GetMapping("/admin/sources/{id}/edit")
    String initEditForm(@PathVariable SourceId id, Model model) {
        Version<Source> current = current(id);
        model.addAttribute("sourceId", id.toString());
        model.addAttribute("form", SourceForm.of(current.state(), current.number()));
        return FORM_VIEW;
    }

    @PostMapping("/admin/sources/{id}/edit")
    String processEditForm(@PathVariable SourceId id, SourceForm form, Model model, RedirectAttributes redirect) {
        current(id);
        model.addAttribute("sourceId", id.toString());
        int expected = FormSubmission.startedFrom(form.expectedRevision());
        return new FormSubmission(model, form, FORM_VIEW)
                .correct(
                        () -> {
                            curation.correct(
                                    curator.actor(), id, expected, form.toDraft(entities, formInput), form.reason());
                            redirect.addFlashAttribute("flash", "source.flash.edit");
                            return "redirect:/admin/sources/" + id;
                        },
                        () -> comparisons.staleSource(
                                id,
                                expected,
                                Source.of(id, form.toDraft(entities, formInput).checked())));
    }

    private Version<Source> current(SourceId id) {
        return sources.find(id).orElseThrow(() -> new NotFoundException(id));
    }
}
