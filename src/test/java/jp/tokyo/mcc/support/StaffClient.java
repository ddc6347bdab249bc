package jp.tokyo.mcc.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the staff API with HTTP Basic (or without credentials), and creates accounts as the test administrator. */
public final class StaffClient {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "kirin-hatoba-7319";
    public static final String PASSWORD = "yuzu-sanpo-4826";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final String username;
    private final String password;

    public StaffClient(int port, String username, String password) {
        this.port = port;
        this.username = username;
        this.password = password;
    }

    public static StaffClient admin(int port) {
        return new StaffClient(port, ADMIN, ADMIN_PASSWORD);
    }

    public static StaffClient anonymous(int port) {
        return new StaffClient(port, null, null);
    }

    /** A new counsellor account of {@code center} (kubu / tama), created by the administrator; its client. */
    public static StaffClient newCounsellor(int port, String center) {
        String name = center + "-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = admin(port).post("/api/staff", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
                + "\",\"center\":\"" + center + "\",\"role\":\"STAFF\",\"displayName\":\"相談員" + name.substring(5) + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException("account not created: " + created);
        }
        return new StaffClient(port, name, PASSWORD);
    }

    public String username() {
        return username;
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(b);
    }

    /** A PUT of a text body (e.g. a YAML file). */
    public Response put(String path, String text, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** A POST of raw bytes (e.g. a zip). */
    public Response postBytes(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET answered with bytes (e.g. a zip); extra headers as name, value, name, value... */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            HttpRequest.Builder b = request(path);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                b.setHeader(headers[i], headers[i + 1]);
            }
            return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json");
        if (username != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A browser-like session: cookies kept, form login through the console's login page. */
    public static final class Session {
        private final int port;
        private final HttpClient http;

        public Session(int port) {
            this(port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build());
        }

        /** A session on a given client (it must keep cookies and not follow redirects). */
        public Session(int port, HttpClient http) {
            this.port = port;
            this.http = http;
        }

        public HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET().build());
        }

        /** A GET with extra headers, given as name, value, name, value... */
        public HttpResponse<String> get(String path, String... headers) {
            return send(HttpRequest.newBuilder(uri(path)).headers(headers).GET().build());
        }

        /** Logs in through the form; returns the answer to the form post (a redirect). */
        public HttpResponse<String> login(String username, String password) {
            String token = csrfToken(get("/console/login").body());
            return postForm("/console/login", "username=" + enc(username) + "&password=" + enc(password)
                    + "&_csrf=" + enc(token));
        }

        public HttpResponse<String> postForm(String path, String form) {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        /** A PUT of a text body riding on the session, with the CSRF token when given. */
        public HttpResponse<String> put(String path, String text, String csrfToken) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "text/plain; charset=UTF-8")
                    .header("Accept", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
            if (csrfToken != null) {
                b.header("X-CSRF-TOKEN", csrfToken);
            }
            return send(b.build());
        }

        public HttpResponse<String> postJson(String path, String json, String csrfToken) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (csrfToken != null) {
                b.header("X-CSRF-TOKEN", csrfToken);
            }
            return send(b.build());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The CSRF token of a page: the hidden _csrf field or the csrf meta tag. */
        public static String csrfToken(String html) {
            Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
            if (m.find()) {
                return m.group(1);
            }
            m = Pattern.compile("name=\"csrf-token\"\\s+content=\"([^\"]+)\"").matcher(html);
            if (m.find()) {
                return m.group(1);
            }
            throw new IllegalStateException("no CSRF token in page");
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
