package org.chancery.data.vocabulary;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.vocabulary.Predicate;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps predicate rows to the domain and back; a set of kinds is stored as a sorted, comma-separated list.
 * Public for the import baseline of the {@code bench} module, which writes the rows the importer writes.
 */
@Mapper
public interface PredicateRows {

    record PredicateRow(
            String predicateKey,
            String label,
            String inverseLabel,
            @Nullable String description,
            String subjectKinds,
            String objectType,
            String objectKinds,
            Boolean isSymmetric,
            @Nullable String cameoCode,
            @Nullable String wikidataProperty) {}

    @Mapping(target = "key", source = "predicateKey")
    @Mapping(target = "symmetric", source = "isSymmetric")
    Predicate toPredicate(PredicateRow row);

    @Mapping(target = "predicateKey", source = "key")
    @Mapping(target = "isSymmetric", source = "symmetric")
    PredicateRow toRow(Predicate predicate);

    default Set<EntityKind> kinds(String list) {
        return list.isEmpty()
                ? Set.of()
                : Arrays.stream(list.split(",")).map(EntityKind::valueOf).collect(Collectors.toSet());
    }

    default String list(Set<EntityKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
