package org.chancery.admin.vocabulary;

import org.chancery.domain.vocabulary.Predicates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every predicate of the vocabulary, for anyone signed in. */
@Controller
class VocabularyController {

    static final String LIST_VIEW = "admin/vocabulary/list";

    private final Predicates predicates;

    VocabularyController(Predicates predicates) {
        this.predicates = predicates;
    }

    @GetMapping("/admin/vocabulary")
    String list(Model model) {
        model.addAttribute(
                "predicates", predicates.all().stream().map(PredicateForm::of).toList());
        return LIST_VIEW;
    }
}
