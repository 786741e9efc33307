package org.chancery.admin.entity;

import java.util.List;
import org.chancery.admin.EntityPicker;
import org.chancery.domain.entity.EntityKind;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The entities whose names fit what a curator is typing, for the forms' entity inputs to suggest. */
@RestController
class SuggestionController {

    private final EntityPicker picker;

    SuggestionController(EntityPicker picker) {
        this.picker = picker;
    }

    @GetMapping("/admin/entities/suggestions")
    List<Suggestion> suggest(@RequestParam(required = false) @Nullable String q) {
        if (!StringUtils.hasText(q) || q.strip().length() < 2) {
            return List.of();
        }
        return picker.suggestions(q.strip()).stream()
                .map(e -> new Suggestion(e.id().toString(), e.name(), e.kind()))
                .toList();
    }

    /** An entity as a suggestion list shows it. */
    record Suggestion(String id, String name, EntityKind kind) {}
}
