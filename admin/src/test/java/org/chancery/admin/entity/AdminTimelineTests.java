package org.chancery.admin.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Locale;
import org.chancery.admin.ClaimCard;
import org.chancery.admin.EntityRef;
import org.chancery.admin.PredicateView;
import org.chancery.admin.ValueView;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AdminTimelineTests {

    @Test
    void aClaimKnownToTheDayIsOneSolidBar() {
        Timeline timeline = draw(entry("C1", "2020-03-01", "2021-06-30"));

        Timeline.Bar bar = timeline.bars().get(0);
        assertThat(bar.segments()).extracting(Timeline.Segment::kind).containsExactly("solid");
        assertThat(bar.openStart()).isNull();
        assertThat(bar.openEnd()).isNull();
        assertThat(timeline.firstYear()).isEqualTo("2020");
        assertThat(timeline.lastYear()).isEqualTo("2021");
    }

    @Test
    void aStartKnownToTheMonthIsFuzzyFromItsFirstToItsLastDay() {
        Timeline timeline = draw(entry("C1", "2013-05", "2014"));

        List<Timeline.Segment> segments = timeline.bars().get(0).segments();
        assertThat(segments).extracting(Timeline.Segment::kind).containsExactly("fuzzy-start", "solid", "fuzzy-end");
        Timeline.Segment may = segments.get(0);
        Timeline.Segment year = segments.get(2);
        assertThat(year.width())
                .as("a year of uncertainty is drawn about twelve times as wide as a month")
                .isBetween(may.width() * 10, may.width() * 13);
        assertThat(segments.get(1).x()).isEqualTo(may.x() + may.width(), offset(0.2));
    }

    @Test
    void anEndWithNoKnownLimitIsAnArrowAtTheEdge() {
        Timeline timeline = draw(entry("C1", "2022-02-21", null), entry("C2", null, "2022-05-06"));

        assertThat(timeline.bars().get(0).openStart())
                .as("C2 held from the indefinite past")
                .isNotNull();
        assertThat(timeline.bars().get(1).openEnd()).as("C1 has no known end").isNotNull();
        assertThat(timeline.bars().get(1).openStart()).isNull();
    }

    @Test
    void anOnOrBeforeStartAndAnOnOrAfterEndAreFuzzyToTheEdges() {
        Timeline timeline = draw(entry("C1", "[..2022-05-06]", "[2022-05-06..]"));

        Timeline.Bar bar = timeline.bars().get(0);
        assertThat(bar.segments())
                .extracting(Timeline.Segment::kind)
                .containsExactly("fuzzy-start", "solid", "fuzzy-end");
        assertThat(bar.segments().get(1).width())
                .as("the one certain day stays visible")
                .isGreaterThanOrEqualTo(2);
        assertThat(bar.openStart()).isNotNull();
        assertThat(bar.openEnd()).isNotNull();
    }

    @Test
    void aStartAndAnEndInTheSameYearAreOneFuzzySpan() {
        Timeline timeline = draw(entry("C1", "2014", "2014"));

        assertThat(timeline.bars().get(0).segments())
                .extracting(Timeline.Segment::kind)
                .containsExactly("fuzzy");
    }

    @Test
    void barsRunEarliestFirstAndUndatedClaimsDrawNoAxisButAreListedAsText() {
        Timeline timeline = draw(entry("C1", "2020", null), entry("C2", "2014-02-01", null));
        assertThat(timeline.bars()).extracting(b -> b.card().id()).containsExactly("C2", "C1");
        assertThat(timeline.ticks()).extracting(Timeline.Tick::label).contains("2014", "2020");

        Timeline undated = draw(entry("C3", null, null));
        assertThat(undated.drawn()).isFalse();
        assertThat(undated.bars()).extracting(b -> b.card().id()).containsExactly("C3");
    }

    private static Timeline draw(Timelines.Entry... entries) {
        return Timelines.draw(List.of(entries), Locale.ENGLISH);
    }

    private static Timelines.Entry entry(String id, @Nullable String from, @Nullable String until) {
        EntityRef russia = new EntityRef("E1", "Russia", null, null);
        ClaimCard card = new ClaimCard(
                id,
                russia,
                new PredicateView("recognizes", "recognizes", "is recognized by"),
                ValueView.of(new EntityRef("E3", "Luhansk People's Republic", null, null)),
                null,
                null,
                List.of(),
                Rank.NORMAL,
                null,
                List.of());
        return new Timelines.Entry(
                card,
                "recognizes Luhansk People's Republic",
                from == null ? null : EdtfDate.parse(from),
                until == null ? null : EdtfDate.parse(until));
    }
}
