package org.chancery.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

class PagedListTests {

    private static final List<String> SEVEN =
            IntStream.rangeClosed(1, 7).mapToObj(i -> "C" + i).toList();

    @Test
    void theFirstPageLinksToTheNextByItsLastItem() {
        PagedList<String> page = page(SEVEN, null);

        assertThat(page.items()).containsExactly("C1", "C2", "C3");
        assertThat(page.paging()).isEqualTo(new Paging(7, "/list?q=x&after=C3", null, false));
    }

    @Test
    void aPageFollowsTheItemItNamesAndTheLastHasNoNext() {
        assertThat(page(SEVEN, "C3").items()).containsExactly("C4", "C5", "C6");
        PagedList<String> last = page(SEVEN, "C6");

        assertThat(last.items()).containsExactly("C7");
        assertThat(last.paging()).isEqualTo(new Paging(7, null, "/list?q=x", false));
        assertThat(page(SEVEN, "C7").items()).isEmpty();
    }

    @Test
    void anItemThatLeftTheListStartsItAgainAndSaysSo() {
        PagedList<String> page = page(SEVEN, "C99");

        assertThat(page.items()).containsExactly("C1", "C2", "C3");
        assertThat(page.paging().restarted()).isTrue();
        assertThat(page.paging().first()).isNull();
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        PagedList<String> page = page(List.of(), null);

        assertThat(page.items()).isEmpty();
        assertThat(page.paging()).isEqualTo(new Paging(0, null, null, false));
    }

    private static PagedList<String> page(List<String> all, String after) {
        return PagedList.of(
                all,
                Function.identity(),
                after,
                3,
                UriComponentsBuilder.fromPath("/list").queryParam("q", "x"));
    }
}
