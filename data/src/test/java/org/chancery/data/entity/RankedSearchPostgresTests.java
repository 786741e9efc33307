package org.chancery.data.entity;

import java.util.List;
import org.chancery.data.OnPostgres;

/** On PostgreSQL, near spellings follow the matches H2 finds too. */
@OnPostgres
class RankedSearchPostgresTests extends RankedSearchTests {

    @Override
    protected List<String> expectedRussia() {
        return List.of("Russia", "Russian Embassy in Minsk", "Embassy of Russia", "Belarussia", "Rusia Holdings");
    }

    @Override
    protected List<String> expectedAbkhasia() {
        return List.of("Republic of Abkhazia");
    }
}
