package org.chancery.app.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.chancery.app.ChanceryApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The rate limits, turned on with small allowances: a client over its allowance is answered 429 with
 * {@code Retry-After}, GraphQL in the error contract; other clients, by address or by token, keep theirs.
 */
@SpringBootTest(
        classes = ChanceryApplication.class,
        properties = {
            "chancery.rate-limit.enabled=true",
            "chancery.rate-limit.graphql=3",
            "chancery.rate-limit.admin=2",
            "chancery.rate-limit.period=1h"
        })
@AutoConfigureMockMvc
class RateLimitTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MeterRegistry meters;

    @Test
    void aClientOverItsAllowanceIsToldToWaitInTheErrorContract() {
        for (int i = 0; i < 3; i++) {
            assertThat(graphQl("192.0.2.1", null)).hasStatusOk();
        }
        double refusals = refusals("graphql");

        MvcTestResult refused = graphQl("192.0.2.1", null);

        assertThat(refused).hasStatus(429);
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After")))
                .isPositive();
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.errors[0].extensions.classification")
                .isEqualTo("TOO_MANY_REQUESTS");
        assertThat(refused)
                .bodyJson()
                .extractingPath("$.errors[0].extensions.code")
                .isEqualTo("TOO_MANY_REQUESTS");
        assertThat(graphQl("192.0.2.2", null)).as("another address").hasStatusOk();
        assertThat(refusals("graphql")).as("the refusals counted").isEqualTo(refusals + 1);
    }

    @Test
    void eachTokenHasItsOwnAllowanceWhateverAddressItComesFrom() {
        for (int i = 0; i < 3; i++) {
            graphQl("192.0.2.10", "chy_first");
        }

        assertThat(graphQl("192.0.2.11", "chy_first")).hasStatus(429);
        assertThat(graphQl("192.0.2.10", "chy_second"))
                .as("another token from the same address")
                .hasStatus(401);
    }

    @Test
    void theCuratorPagesAndSigningInHaveTheirOwnAllowance() {
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.get().uri("/login").with(from("192.0.2.20"))).hasStatusOk();
        }

        // the error page itself comes from the servlet container's error dispatch, which MockMvc leaves out
        MvcTestResult refused = mvc.get().uri("/login").with(from("192.0.2.20")).exchange();
        assertThat(refused).hasStatus(429);
        assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(graphQl("192.0.2.20", null)).as("GraphQL counts apart").hasStatusOk();
    }

    private double refusals(String face) {
        return meters.counter("chancery.rate.limit.refusals", "face", face).count();
    }

    private MvcTestResult graphQl(String address, String token) {
        var request = mvc.post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"query\":\"{ __typename }\"}")
                .with(from(address));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.exchange();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
