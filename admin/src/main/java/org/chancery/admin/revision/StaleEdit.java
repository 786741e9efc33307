package org.chancery.admin.revision;

import static org.chancery.admin.revision.FieldDiff.none;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An edit refused because someone changed the object after the curator's form was made: the revision the
 * form started from, the object now and what the curator submitted, field by field.
 *
 * @param startedFrom the revision the form started from, or {@code null} when it named none the object has
 * @param now the object's revision now
 * @param meanwhile the revisions made after {@link #startedFrom}, newest first: who changed it, and why
 * @param fields the fields where the states do not all agree (of the two, when the form named no revision
 *     the object has), in the order the object's page shows them
 */
public record StaleEdit(@Nullable Integer startedFrom, int now, List<RevisionRow> meanwhile, List<Row> fields) {

    public StaleEdit {
        meanwhile = List.copyOf(meanwhile);
        boolean based = startedFrom != null;
        fields = fields.stream()
                .filter(f -> f.differsFromNow() || based && f.changedMeanwhile())
                .toList();
    }

    /**
     * One field in the three states.
     *
     * @param label the message key naming the field
     * @param number its position among its like, such as citation 2, or 0 for a single field
     * @param type how its values are shown: the name of a fragment of the compare page
     * @param startedFrom its value in the revision the form started from ({@code null}: none, or no such revision)
     * @param now its value now
     * @param yours its value as submitted
     */
    public record Row(
            String label,
            int number,
            String type,
            @Nullable Object startedFrom,
            @Nullable Object now,
            @Nullable Object yours) {

        public Row {
            startedFrom = none(startedFrom);
            now = none(now);
            yours = none(yours);
        }

        /** Whether someone else changed it since the form was made. */
        public boolean changedMeanwhile() {
            return !Objects.equals(startedFrom, now);
        }

        /** Whether the curator changed it in the form. */
        public boolean changedByYou() {
            return !Objects.equals(startedFrom, yours);
        }

        /** Whether saving the submitted value would replace the value it has now. */
        public boolean differsFromNow() {
            return !Objects.equals(now, yours);
        }
    }
}
