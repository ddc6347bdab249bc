package jp.tokyo.mcc.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SecurityConfigurationTest {

    private static MockHttpServletRequest request(String method, boolean session, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/inquiries/1/claim");
        if (session) {
            request.setRequestedSessionId("abc");
            request.setRequestedSessionIdValid(true);
        }
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    @Test
    void csrfAppliesToSessionRequestsThatChangeSomething() {
        assertThat(SecurityConfiguration.sessionRequestThatChanges(request("POST", true, null))).isTrue();
        assertThat(SecurityConfiguration.sessionRequestThatChanges(request("GET", true, null))).isFalse();
        assertThat(SecurityConfiguration.sessionRequestThatChanges(request("POST", true, "Basic eDp5"))).isFalse();
        assertThat(SecurityConfiguration.sessionRequestThatChanges(request("POST", false, null)))
                .as("no session: nothing to forge, and the caller gets 401").isFalse();
    }
}
