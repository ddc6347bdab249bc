package jp.tokyo.mcc.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Drives the simulator's page API and its Messaging API stand-in over real HTTP, as the page and the SDK do. */
final class SimulatorClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    SimulatorClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
    }

    String newUser(String name) {
        Answer created = post("/simulator/api/users", Map.of("name", name), Map.of());
        if (created.status() != 201) {
            throw new IllegalStateException("user not created: " + created.status());
        }
        return created.body().get("id").asText();
    }

    Answer follow(String userId) {
        return post("/simulator/api/users/" + userId + "/follow", null, Map.of());
    }

    Answer send(String userId, String text) {
        return post("/simulator/api/users/" + userId + "/messages", Map.of("text", text), Map.of());
    }

    Answer tap(String userId, JsonNode action) {
        return post("/simulator/api/users/" + userId + "/taps", action, Map.of());
    }

    JsonNode chat(String userId) {
        return get("/simulator/api/users/" + userId + "/chat").body();
    }

    List<JsonNode> entries(String userId, String from) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode entry : chat(userId).path("entries")) {
            if (entry.path("from").asText().equals(from)) {
                found.add(entry);
            }
        }
        return found;
    }

    List<String> botTexts(String userId) {
        return entries(userId, "bot").stream().map(e -> e.path("text").asText()).toList();
    }

    /** Calls the Messaging API stand-in as the LINE SDK does (with a bearer token). */
    Answer lineApi(String path, Object body, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.putIfAbsent("Authorization", "Bearer local-mode-token");
        return post(MessagingApiStandIn.PATH + path, body, all);
    }

    /** A GET whose body is not JSON (a page, a script). */
    Answer getRaw(String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.nullNode(), response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    Answer post(String path, Object body, Map<String, String> headers) {
        try {
            String json = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            headers.forEach(request::header);
            return send(request.build());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body() == null || response.body().isEmpty() ? JSON.nullNode()
                    : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
