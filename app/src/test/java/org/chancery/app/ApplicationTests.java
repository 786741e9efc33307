package org.chancery.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.domain.claim.ClaimFilter;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.vocabulary.Predicates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class ApplicationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Claims claims;

    @Autowired
    Predicates predicates;

    @Autowired
    FoundingDataset foundingDataset;

    @Test
    void healthIsUp() {
        assertThat(mvc.get().uri("/actuator/health"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void foundingDatasetIsLoadedOnceOnly() {
        var before = claims.find(ClaimFilter.ALL);
        assertThat(before).isNotEmpty().allSatisfy(v -> assertThat(v.number()).isEqualTo(1));
        assertThat(predicates.find("recognizes")).isPresent();

        ApplicationArguments none = new DefaultApplicationArguments();
        foundingDataset.run(none);

        assertThat(claims.find(ClaimFilter.ALL)).isEqualTo(before);
    }
}
