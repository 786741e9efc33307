package org.chancery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeIdTests {

    @Test
    void readsTheNumberAfterThePrefix() {
        assertThat(EntityId.parse("E17")).isEqualTo(new EntityId(17));
        assertThat(EntityId.parse("E1")).isEqualTo(new EntityId(1));
        assertThat(EntityId.parse("E1090")).isEqualTo(new EntityId(1090));
        assertThat(ClaimId.parse("C1234")).isEqualTo(new ClaimId(1234));
        assertThat(SourceId.parse("S79")).isEqualTo(new SourceId(79));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "E0",
                "E017",
                "X17",
                "E",
                "",
                "E-1",
                "E-0",
                "E+5",
                "E1a",
                "E 1",
                "e17",
                "E17 ",
                "E١٧",
                "E99999999999999999999"
            })
    void refusesAnythingButThePrefixAndAPositiveNumber(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EntityId.parse(text))
                .withMessage("'%s' is not an id of the form E123", text);
    }

    @Test
    void refusesTheIdOfAnotherKindOfObject() {
        assertThatIllegalArgumentException().isThrownBy(() -> ClaimId.parse("E17"));
        assertThatIllegalArgumentException().isThrownBy(() -> SourceId.parse("C17"));
        assertThatIllegalArgumentException().isThrownBy(() -> EntityId.parse("S17"));
    }

    @Test
    void writesThePrefixAndTheNumber() {
        assertThat(new EntityId(17)).hasToString("E17");
        assertThat(new ClaimId(1234)).hasToString("C1234");
        assertThat(new SourceId(7)).hasToString("S7");
        assertThat(Stream.of(new EntityId(1), new ClaimId(1), new SourceId(1))
                        .map(id -> id.kind().prefix()))
                .containsExactly('E', 'C', 'S');
    }

    @Test
    void anIdOfAnyKindIsReadByItsLetter() {
        assertThat(NodeId.parse("E17")).isEqualTo(new EntityId(17));
        assertThat(NodeId.parse("S7")).isEqualTo(new SourceId(7));
        assertThat(NodeId.parse("C1234")).isEqualTo(new ClaimId(1234));
        for (NodeId.Kind kind : NodeId.Kind.values()) {
            assertThat(NodeId.parse(kind.id(5).toString()).kind()).isEqualTo(kind);
        }
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NodeId.parse("T17"))
                .withMessage("'T17' is not an id such as E17, S7 or C1234");
        assertThatIllegalArgumentException().isThrownBy(() -> NodeId.parse(""));
    }

    @Test
    void readsWhatItWrites() {
        assertThat(EntityId.parse(new EntityId(4711).toString())).isEqualTo(new EntityId(4711));
    }

    @Test
    void ordersByNumberNotByText() {
        assertThat(Stream.of(new EntityId(10), new EntityId(9), new EntityId(100))
                        .sorted()
                        .toList())
                .containsExactly(new EntityId(9), new EntityId(10), new EntityId(100));
        assertThat(Stream.of(new ClaimId(10), new ClaimId(9)).sorted().toList())
                .containsExactly(new ClaimId(9), new ClaimId(10));
        assertThat(Stream.of(new SourceId(10), new SourceId(9)).sorted().toList())
                .containsExactly(new SourceId(9), new SourceId(10));
        assertThat(new EntityId(3)).isEqualByComparingTo(new EntityId(3));
    }
}
