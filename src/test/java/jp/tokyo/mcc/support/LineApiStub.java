package jp.tokyo.mcc.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * WireMock standing in for LINE's Messaging API, one server for the whole test run (so Spring contexts are
 * shared). Tests use their own user ids and reply tokens and look only at their own requests.
 */
public final class LineApiStub {

    public static final String REPLY = "/v2/bot/message/reply";
    public static final String PUSH = "/v2/bot/message/push";
    public static final String LOADING = "/v2/bot/chat/loading/start";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    private LineApiStub() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(64).jettyAcceptors(2)
                    .asynchronousResponseEnabled(false));
            server.start();
            resetToHealthy();
        }
        return server;
    }

    public static String baseUrl() {
        return server().baseUrl();
    }

    /** Every call succeeds, as LINE answers when all is well. */
    public static void resetToHealthy() {
        WireMockServer s = server();
        s.resetAll();
        s.stubFor(post(urlPathEqualTo(REPLY)).atPriority(10).willReturn(okJson("{\"sentMessages\":[]}")));
        s.stubFor(post(urlPathEqualTo(PUSH)).atPriority(10).willReturn(okJson("{\"sentMessages\":[]}")));
        s.stubFor(post(urlPathEqualTo(LOADING)).atPriority(10).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        // a family's profile: LINE's answer for a user it does not know (tests stub a language where they need one)
        s.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v2/bot/profile/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Not found\"}")));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** LINE is slow for one family: each push to {@code userId} succeeds after {@code millis}. */
    public static void pushesToAnswerAfter(String userId, int millis) {
        server().stubFor(post(urlPathEqualTo(PUSH)).withRequestBody(containing(userId)).atPriority(1)
                .willReturn(okJson("{\"sentMessages\":[]}").withFixedDelay(millis)));
    }

    /** Requests to {@code path} whose body mentions {@code marker} (a user id or a reply token), oldest first. */
    public static List<LoggedRequest> requests(String path, String marker) {
        return server().findAll(postRequestedFor(urlPathEqualTo(path)).withRequestBody(containing(marker))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    public static List<LoggedRequest> allRequestsMentioning(String marker) {
        return server().findAll(anyRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
                .withRequestBody(containing(marker))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    public static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The texts of all messages in a reply or push request. */
    public static List<String> texts(LoggedRequest request) {
        List<String> texts = new java.util.ArrayList<>();
        for (JsonNode m : body(request).path("messages")) {
            if (m.has("text")) {
                texts.add(m.get("text").asText());
            } else if (m.path("template").has("text")) {
                texts.add(m.path("template").get("text").asText());
            } else if (m.has("altText")) {
                // a card (Flex message) reads as the text it stands for
                texts.add(m.get("altText").asText());
            }
        }
        return texts;
    }
}
