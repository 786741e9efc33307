package org.chancery.data.dataset;

/** Told how far a long import or export has come. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (records, fraction) -> {};

    /**
     * @param records the records handled so far
     * @param fraction how much of the file that is, from 0 to 1, or -1 when unknown
     */
    void report(long records, double fraction);
}
