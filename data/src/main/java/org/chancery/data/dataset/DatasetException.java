package org.chancery.data.dataset;

/** A dataset line that cannot be read or breaks a rule; nothing of the file was written. */
public final class DatasetException extends RuntimeException {

    private final long line;
    private final String field;

    public DatasetException(long line, String field, String problem) {
        super(
                field.isEmpty()
                        ? "line %d: %s".formatted(line, problem)
                        : "line %d: %s: %s".formatted(line, field, problem),
                null,
                false,
                false);
        this.line = line;
        this.field = field;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }
}
