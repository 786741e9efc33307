package org.chancery.domain;

/**
 * One page of a list ordered by id: at most {@code size} items whose id numbers come after
 * {@code after} (0 for the first page). Deep pages cost what the first does. In a list ordered by
 * {@link SearchRank} first, the page starts after the item of rank {@code afterRank} and id {@code after}.
 */
public record PageRequest(int size, long after, int afterRank) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (size < 0 || size > MAX_SIZE) {
            throw new InvalidInputException(
                    "size", "Ask for at most %d items a page (asked for %d)".formatted(MAX_SIZE, size));
        }
        if (after < 0 || afterRank < 0) {
            throw new InvalidInputException("after", "Not a cursor of this list");
        }
    }

    public PageRequest(int size, long after) {
        this(size, after, 0);
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, 0);
    }
}
