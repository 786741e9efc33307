package org.chancery.admin.revision;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.chancery.admin.Paging;
import org.chancery.domain.EntityId;
import org.chancery.domain.NodeId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.ChangeFilter;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.RecentChange;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** Every change, newest first, by author, entity or review status, a page at a time. */
@Controller
class ChangesController {

    static final String VIEW = "admin/revision/changes";

    private final History history;
    private final ChangeRowAssembler rows;

    ChangesController(History history, ChangeRowAssembler rows) {
        this.history = history;
        this.rows = rows;
    }

    @GetMapping("/admin/changes")
    String list(
            @RequestParam(required = false) @Nullable String author,
            @RequestParam(required = false) @Nullable String entity,
            @RequestParam(required = false) @Nullable String reviewed,
            @RequestParam(required = false) @Nullable String after,
            Model model) {
        String by = StringUtils.hasText(author) ? author.strip() : null;
        EntityId about = StringUtils.hasText(entity) ? entityOrNotFound(entity.strip()) : null;
        Boolean review = "yes".equals(reviewed) ? Boolean.TRUE : "no".equals(reviewed) ? Boolean.FALSE : null;
        ChangeFilter filter = new ChangeFilter(by, about, review);
        Slice<RecentChange> slice =
                history.recent(filter, PageRequest.DEFAULT_SIZE, after == null ? null : position(after));
        List<RecentChange> changes = slice.items();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/changes")
                .queryParamIfPresent("author", Optional.ofNullable(by))
                .queryParamIfPresent("entity", Optional.ofNullable(about))
                .queryParamIfPresent("reviewed", Optional.ofNullable(review).map(r -> r ? "yes" : "no"));
        String next = slice.hasNext()
                ? link.cloneBuilder()
                        .queryParam("after", cursor(changes.get(changes.size() - 1)))
                        .encode()
                        .toUriString()
                : null;
        model.addAttribute("changes", rows.rows(List.of(changes)).get(0));
        model.addAttribute(
                "paging",
                new Paging(-1, next, after == null ? null : link.encode().toUriString()));
        model.addAttribute("author", by);
        model.addAttribute("entity", about);
        model.addAttribute("reviewed", review == null ? "" : review ? "yes" : "no");
        return VIEW;
    }

    /** The entity a filter names: a name that is no entity's id names nothing, a 404. */
    private static EntityId entityOrNotFound(String text) {
        try {
            return EntityId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(text);
        }
    }

    private static String cursor(RecentChange change) {
        return change.recordedAt() + "_" + change.objectId() + "_" + change.revision();
    }

    private static RecentChange position(String cursor) {
        String[] parts = cursor.split("_");
        try {
            if (parts.length == 3) {
                return new RecentChange(
                        NodeId.parse(parts[1]),
                        Integer.parseInt(parts[2]),
                        "",
                        Instant.parse(parts[0]),
                        Action.CREATE,
                        null);
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // refused below
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
