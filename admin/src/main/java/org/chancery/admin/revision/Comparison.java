package org.chancery.admin.revision;

import java.util.List;
import org.chancery.admin.AdminPaths;
import org.chancery.domain.NodeId;

/**
 * Two revisions of an object, field by field.
 *
 * @param objectId the object, such as {@code C19}
 * @param label what the object is, in words
 * @param from the earlier revision
 * @param to the later revision
 * @param fields every field, changed or not, in the order the object's page shows them
 * @param history every revision of the object, newest first
 */
public record Comparison(
        NodeId objectId,
        String label,
        RevisionRow from,
        RevisionRow to,
        List<FieldDiff> fields,
        List<RevisionRow> history) {

    public Comparison {
        fields = List.copyOf(fields);
        history = List.copyOf(history);
    }

    /** Whether one revision is shown, as it was recorded, rather than two side by side. */
    public boolean single() {
        return from.number() == to.number();
    }

    /** The revisions shown. */
    public List<RevisionRow> shown() {
        return single() ? List.of(to) : List.of(from, to);
    }

    /** The object's page, whose compare and review pages are below it. */
    public String href() {
        return AdminPaths.page(objectId);
    }

    public long changes() {
        return fields.stream().filter(FieldDiff::changed).count();
    }
}
