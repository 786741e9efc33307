package org.chancery.domain.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancery.domain.Page;
import org.chancery.domain.Slice;
import org.chancery.domain.entity.EntityId;
import org.chancery.domain.revision.InMemoryVersions;
import org.chancery.domain.revision.RecordClock;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;

/** {@link Sources} kept in memory, for tests. */
public class InMemorySources extends InMemoryVersions<SourceId, Source> implements Sources {

    public InMemorySources(RecordClock clock) {
        super(SourceId::new, clock);
    }

    public InMemorySources() {
        this(new RecordClock());
    }

    /** Stores {@code source} under its own id. */
    public InMemorySources with(Source source) {
        store(source.id(), source);
        return this;
    }

    @Override
    public Slice<Version<Source>> list(@Nullable String title, @Nullable EntityId publisher, Page page) {
        return page(matching(title, publisher), v -> v.state().id().value(), page);
    }

    @Override
    public long count(@Nullable String title, @Nullable EntityId publisher) {
        return matching(title, publisher).size();
    }

    private List<Version<Source>> matching(@Nullable String title, @Nullable EntityId publisher) {
        String words = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
        return ids().stream()
                .sorted()
                .map(this::find)
                .flatMap(Optional::stream)
                .filter(v -> v.state().title().toLowerCase(Locale.ROOT).contains(words))
                .filter(v -> publisher == null || publisher.equals(v.state().publisher()))
                .toList();
    }
}
