package org.chancery.domain;

import java.util.Collection;
import java.util.List;

/**
 * How well a name matches the text searched for, best first: the name is the text ({@link #EXACT}), starts
 * with it ({@link #PREFIX}), has a word starting with each word of it ({@link #WORDS}), holds each word
 * somewhere ({@link #WITHIN}), or is only a near spelling of it ({@link #NEAR}, which PostgreSQL finds and
 * H2 does not). Both compare texts already folded alike (lower case, single spaces); a list of matches is
 * ordered by rank, then by id, and the stores rank in SQL exactly as this does.
 */
public final class SearchRank {

    public static final int EXACT = 0;
    public static final int PREFIX = 1;
    public static final int WORDS = 2;
    public static final int WITHIN = 3;
    public static final int NEAR = 4;

    private SearchRank() {}

    /** The best rank of {@code text} among {@code names}. */
    public static int of(String text, Collection<String> names) {
        return names.stream().mapToInt(name -> of(text, name)).min().orElse(NEAR);
    }

    /** The rank of {@code text} in {@code name}. */
    public static int of(String text, String name) {
        if (name.equals(text)) {
            return EXACT;
        }
        if (name.startsWith(text)) {
            return PREFIX;
        }
        List<String> words = List.of(text.split(" "));
        if (words.stream().allMatch(word -> (" " + name).contains(" " + word))) {
            return WORDS;
        }
        return words.stream().allMatch(name::contains) ? WITHIN : NEAR;
    }
}
