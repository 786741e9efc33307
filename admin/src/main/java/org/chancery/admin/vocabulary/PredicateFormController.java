package org.chancery.admin.vocabulary;

import java.util.List;
import org.chancery.admin.CurrentCurator;
import org.chancery.admin.FormInput;
import org.chancery.admin.revision.FormSubmission;
import org.chancery.domain.ChangedMeanwhileException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.vocabulary.ObjectType;
import org.chancery.domain.vocabulary.Predicate;
import org.chancery.domain.vocabulary.Predicates;
import org.chancery.domain.vocabulary.VocabularyAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The predicate form: add a predicate, or change one from the predicate as the form showed it. A refusal
 * shows the form again with what was entered; a change to a predicate someone else changed meanwhile saves
 * nothing and shows both. Only admins may save: the use case refuses anyone else.
 */
@Controller
class PredicateFormController {

    static final String FORM_VIEW = "admin/vocabulary/form";
    static final String SAVED = "redirect:/admin/vocabulary";

    private final Predicates predicates;
    private final VocabularyAdministration vocabulary;
    private final CurrentCurator curator;
    private final FormInput formInput;

    PredicateFormController(
            Predicates predicates, VocabularyAdministration vocabulary, CurrentCurator curator, FormInput formInput) {
        this.predicates = predicates;
        this.vocabulary = vocabulary;
        this.curator = curator;
        this.formInput = formInput;
    }

    @ModelAttribute("kinds")
    List<EntityKind> kinds() {
        return List.of(EntityKind.values());
    }

    @ModelAttribute("objectTypes")
    List<ObjectType> objectTypes() {
        return List.of(ObjectType.values());
    }

    @GetMapping("/admin/vocabulary/new")
    String initCreateForm(Model model) {
        model.addAttribute("form", PredicateForm.empty());
        return FORM_VIEW;
    }

    @PostMapping("/admin/vocabulary/new")
    String processCreateForm(PredicateForm form, Model model, RedirectAttributes redirect) {
        return new FormSubmission(model, form, FORM_VIEW).save(() -> {
            vocabulary.create(curator.actor(), form.toPredicate(form.key(), formInput));
            redirect.addFlashAttribute("flash", "vocabulary.flash.create");
            return SAVED;
        });
    }

    @GetMapping("/admin/vocabulary/{key}/edit")
    String initEditForm(@PathVariable String key, Model model) {
        PredicateForm shown = PredicateForm.of(current(key));
        model.addAttribute("predicateKey", key);
        model.addAttribute("form", shown.withOriginal(shown));
        return FORM_VIEW;
    }

    /** A predicate has no revisions to name: a change saved meanwhile shows the predicate as it is now. */
    @PostMapping("/admin/vocabulary/{key}/edit")
    String processEditForm(@PathVariable String key, PredicateForm form, Model model, RedirectAttributes redirect) {
        model.addAttribute("predicateKey", key);
        FormSubmission submission = new FormSubmission(model, form, FORM_VIEW);
        return submission.save(() -> {
            try {
                vocabulary.update(curator.actor(), form.expected(key, formInput), form.toPredicate(key, formInput));
            } catch (ChangedMeanwhileException conflict) {
                return submission.shown("conflict", PredicateForm.of(current(key)));
            }
            redirect.addFlashAttribute("flash", "vocabulary.flash.edit");
            return SAVED;
        });
    }

    private Predicate current(String key) {
        return predicates.find(key).orElseThrow(() -> new NotFoundException(key));
    }
}
