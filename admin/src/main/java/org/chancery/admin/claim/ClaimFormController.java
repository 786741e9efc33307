package org.chancery.admin.claim;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.admin.CurrentCurator;
import org.chancery.admin.EntityPicker;
import org.chancery.admin.FormError;
import org.chancery.admin.FormInput;
import org.chancery.admin.revision.ComparisonAssembler;
import org.chancery.admin.revision.FormSubmission;
import org.chancery.domain.ClaimId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.revision.Version;
import org.chancery.domain.vocabulary.Predicate;
import org.chancery.domain.vocabulary.Predicates;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The claim form: assert a new claim, or correct one from the revision the curator started from. A
 * refusal shows the form again with what was entered and the message next to its field; a correction
 * made from a stale revision shows the claim as it now stands, and saves nothing.
 */
@Controller
class ClaimFormController {

    static final String FORM_VIEW = "admin/claim/form";
    private static final Pattern QUALIFIER = Pattern.compile("qualifiers\\[(\\d+)]\\.(predicate|value)");

    private final Claims claims;
    private final ComparisonAssembler comparisons;
    private final ClaimCuration curation;
    private final Predicates predicates;
    private final EntityPicker entities;
    private final CurrentCurator curator;
    private final FormInput formInput;

    ClaimFormController(
            Claims claims,
            ComparisonAssembler comparisons,
            ClaimCuration curation,
            Predicates predicates,
            EntityPicker entities,
            CurrentCurator curator,
            FormInput formInput) {
        this.claims = claims;
        this.comparisons = comparisons;
        this.curation = curation;
        this.predicates = predicates;
        this.entities = entities;
        this.curator = curator;
        this.formInput = formInput;
    }

    @InitBinder
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("ranks")
    List<Rank> ranks() {
        return List.of(Rank.PREFERRED, Rank.NORMAL);
    }

    @ModelAttribute("predicates")
    List<Predicate> predicates() {
        return predicates.all().stream()
                .sorted(Comparator.comparing(Predicate::label))
                .toList();
    }

    @ModelAttribute("modalities")
    List<Modality> modalities() {
        return List.of(Modality.values());
    }

    @GetMapping("/admin/claims/new")
    String initAssertForm(@RequestParam(required = false) @Nullable String subject, Model model) {
        model.addAttribute("form", ClaimForm.empty(subject));
        return FORM_VIEW;
    }

    @PostMapping("/admin/claims/new")
    String processAssertForm(
            ClaimForm form,
            @RequestParam(required = false) @Nullable String add,
            Model model,
            RedirectAttributes redirect) {
        if (add != null) {
            return withAnotherRow(form, add, model);
        }
        return new FormSubmission(model, form, FORM_VIEW)
                .save(
                        () -> {
                            Version<Claim> added = curation.assertClaim(curator.actor(), draft(form));
                            redirect.addFlashAttribute("flash", "claim.flash.assert");
                            return "redirect:/admin/claims/" + added.state().id();
                        },
                        refused -> refusal(form, refused));
    }

    @GetMapping("/admin/claims/{id}/correct")
    String initCorrectForm(@PathVariable ClaimId id, Model model) {
        Version<Claim> current = current(id);
        model.addAttribute("claimId", current.state().id().toString());
        model.addAttribute("form", ClaimForm.of(current.state(), current.number()));
        return FORM_VIEW;
    }

    @PostMapping("/admin/claims/{id}/correct")
    String processCorrectForm(
            @PathVariable ClaimId id,
            ClaimForm form,
            @RequestParam(required = false) @Nullable String add,
            Model model,
            RedirectAttributes redirect) {
        ClaimId claimId = current(id).state().id();
        model.addAttribute("claimId", claimId.toString());
        if (add != null) {
            return withAnotherRow(form, add, model);
        }
        int expected = FormSubmission.startedFrom(form.expectedRevision());
        return new FormSubmission(model, form, FORM_VIEW)
                .correct(
                        () -> {
                            curation.correct(curator.actor(), claimId, expected, draft(form), form.reason());
                            redirect.addFlashAttribute("flash", "claim.flash.correct");
                            return "redirect:/admin/claims/" + claimId;
                        },
                        () -> comparisons.staleClaim(claimId, expected, Claim.of(claimId, draft(form))),
                        refused -> refusal(form, refused));
    }

    private ClaimDraft draft(ClaimForm form) {
        return form.toDraft(key -> predicates.find(key).orElse(null), entities, formInput);
    }

    /** The form again with one more empty row of details ({@code add=qualifier}) or of citations. */
    private static String withAnotherRow(ClaimForm form, String add, Model model) {
        model.addAttribute("form", "qualifier".equals(add) ? form.withAnotherQualifier() : form.withAnotherCitation());
        return FORM_VIEW;
    }

    private static FormError refusal(ClaimForm form, InvalidInputException refused) {
        return FormError.of(fieldId(refused.field(), form.qualifierRows()), refused);
    }

    /**
     * The id of the input a refused path such as {@code citations[0].quote} is about: {@code citations-0-quote}.
     * The domain numbers only the filled-in detail rows, {@code rows}; the form numbers all of them.
     */
    static String fieldId(String path, List<Integer> rows) {
        Matcher qualifier = QUALIFIER.matcher(path);
        if (qualifier.lookingAt()) {
            int row = rows.get(Integer.parseInt(qualifier.group(1)));
            return "qualifiers-%d-%s".formatted(row, qualifier.group(2));
        }
        String field =
                path.replaceAll("\\.attribution\\[\\d+].*", ".attribution").replaceAll("^object\\..*", "object");
        if (field.equals("citations")) {
            field = "citations[0].source";
        }
        return field.replaceAll("\\[(\\d+)]", "-$1").replace('.', '-');
    }

    private Version<Claim> current(ClaimId id) {
        return claims.find(id).orElseThrow(() -> new NotFoundException(id));
    }
}
