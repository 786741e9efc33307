package org.chancery.domain.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeyTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Lugansk                              | lugansk
            LUGANSK!                             | lugansk
            "  Luhansk People's Republic (LPR) " | luhansk peoples republic lpr
            Luhansk People\u2019s Republic       | luhansk peoples republic
            Donetsk—People's—Republic            | donetsk peoples republic
            Côte d'Ivoire                        | cote divoire
            Côte d\u2019Ivoire                   | cote divoire
            São Tomé and Príncipe                | sao tome and principe
            Łódź                                 | lodz
            Straße                               | strasse
            Ærø                                  | aero
            Œuvre                                | oeuvre
            Đakovo                               | dakovo
            Işık                                 | isik
            ﬁnland                               | finland
            Ｌｕｇａｎｓｋ                         | lugansk
            G20                                  | g20
            Луганская Народная Республика        | луганская народная республика
            ЛУГАНСК                              | луганск
            Ёлкино                               | елкино
            Обʼєднання                           | обєднання
            """)
    void foldsCaseAccentsAndPunctuation(String name, String key) {
        assertThat(SearchKey.of(name)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Lugansk People's Republic     | lugansk peoples republic!
            Luhansk People\u2019s Republic  | LUHANSK PEOPLE'S REPUBLIC
            Côte d’Ivoire                 | cote d'ivoire
            Луганская Народная Республика | луганская народная республика
            """)
    void spellingsThatDifferOnlyInCaseAccentsOrPunctuationMeet(String one, String other) {
        assertThat(SearchKey.of(one)).isEqualTo(SearchKey.of(other));
    }
}
