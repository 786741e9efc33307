package org.chancery.domain.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.SourceId;
import org.chancery.domain.revision.InMemoryVersions;
import org.chancery.domain.revision.RecordClock;
import org.chancery.domain.revision.Version;

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
    public Slice<Version<Source>> list(SourceSearch search, PageRequest page) {
        return rankedPage(matching(search), v -> v.state().id().value(), v -> search.rank(v.state()), page);
    }

    @Override
    public long count(SourceSearch search) {
        return matching(search).size();
    }

    private List<Version<Source>> matching(SourceSearch search) {
        return ids().stream()
                .sorted()
                .map(this::find)
                .flatMap(Optional::stream)
                .filter(v -> search.words().stream().allMatch(v.state().title().toLowerCase(Locale.ROOT)::contains))
                .filter(v -> search.publisher() == null
                        || search.publisher().equals(v.state().publisher()))
                .toList();
    }
}
