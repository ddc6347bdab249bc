package jp.tokyo.mcc.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * LINE's rich-menu API as WireMock stand-ins that remember, as LINE does: the Messaging API (create, list, delete,
 * default) and the data API (the image upload) on two servers sharing one state. A create's body is checked against
 * LINE's OpenAPI spec ({@link LineOpenApi}) and against LINE's rules for images (PNG or JPEG, at most 1 MB, one per
 * menu); a default can only be a menu with an image. {@link #setOutage} answers 503 to everything (LINE down).
 */
public final class RichMenuStandIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTENT = Pattern.compile("/v2/bot/richmenu/([^/]+)/content");
    private static final Pattern ONE = Pattern.compile("/v2/bot/richmenu/([^/]+)");
    private static final Pattern SET_DEFAULT = Pattern.compile("/v2/bot/user/all/richmenu/([^/]+)");

    /** A menu LINE keeps. */
    public record Menu(String id, JsonNode request, byte[] image) {
    }

    private final Map<String, Menu> menus = new LinkedHashMap<>();
    private final List<String> specProblems = new CopyOnWriteArrayList<>();
    private final AtomicInteger creates = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final LineOpenApi spec;
    private final WireMockServer api;
    private final WireMockServer data;
    private volatile String defaultId;
    private volatile boolean outage;

    public RichMenuStandIn(LineOpenApi spec) {
        this.spec = spec;
        this.api = start("rich-menu-api");
        this.data = start("rich-menu-data");
    }

    private WireMockServer start(String name) {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new Transformer(name)));
        server.start();
        server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withTransformers(name)));
        return server;
    }

    public String apiUrl() {
        return api.baseUrl();
    }

    public String dataUrl() {
        return data.baseUrl();
    }

    public void setOutage(boolean on) {
        outage = on;
    }

    public synchronized List<Menu> menus() {
        return List.copyOf(menus.values());
    }

    public String defaultId() {
        return defaultId;
    }

    /** How many menus were created in all. */
    public int creates() {
        return creates.get();
    }

    /** What LINE's spec found wrong in the bodies it was sent (none: all valid). */
    public List<String> specProblems() {
        return List.copyOf(specProblems);
    }

    /** Requests each server got: the data server's are the image uploads. */
    public int uploads() {
        return data.getAllServeEvents().size();
    }

    @Override
    public void close() {
        api.stop();
        data.stop();
    }

    private synchronized ResponseDefinitionBuilder answer(String server, Request request) {
        if (outage) {
            return error(503, "Service Unavailable");
        }
        String path = request.getUrl().replaceAll("\\?.*", "");
        String method = request.getMethod().getName();
        Matcher m;
        if (server.equals("rich-menu-data")) {
            if (method.equals("POST") && (m = CONTENT.matcher(path)).matches()) {
                return upload(m.group(1), request);
            }
            return error(404, "Not found");
        }
        if (method.equals("POST") && path.equals("/v2/bot/richmenu")) {
            return create(request);
        }
        if (method.equals("GET") && path.equals("/v2/bot/richmenu/list")) {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode list = body.putArray("richmenus");
            menus.values().forEach(menu -> {
                ObjectNode one = ((ObjectNode) menu.request().deepCopy()).put("richMenuId", menu.id());
                list.add(one);
            });
            return json(200, body.toString());
        }
        if (method.equals("GET") && path.equals("/v2/bot/user/all/richmenu")) {
            return defaultId == null ? error(404, "no default rich menu")
                    : json(200, "{\"richMenuId\":\"" + defaultId + "\"}");
        }
        if (method.equals("POST") && (m = SET_DEFAULT.matcher(path)).matches()) {
            Menu menu = menus.get(m.group(1));
            if (menu == null) {
                return error(404, "Not found");
            }
            if (menu.image() == null) {
                return error(400, "must upload richmenu image before applying it to user");
            }
            defaultId = menu.id();
            return json(200, "{}");
        }
        if (method.equals("DELETE") && (m = ONE.matcher(path)).matches()) {
            if (menus.remove(m.group(1)) == null) {
                return error(404, "Not found");
            }
            if (m.group(1).equals(defaultId)) {
                defaultId = null;
            }
            return json(200, "{}");
        }
        return error(404, "Not found");
    }

    private ResponseDefinitionBuilder create(Request request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.getBodyAsString());
        } catch (Exception e) {
            return error(400, "The request body could not be parsed as JSON");
        }
        List<String> problems = spec.problems("RichMenuRequest", body);
        specProblems.addAll(problems);
        if (!problems.isEmpty()) {
            return error(400, "The request body has " + problems.size() + " error(s)");
        }
        String id = "richmenu-" + ids.incrementAndGet();
        menus.put(id, new Menu(id, body, null));
        creates.incrementAndGet();
        return json(200, "{\"richMenuId\":\"" + id + "\"}");
    }

    private ResponseDefinitionBuilder upload(String id, Request request) {
        Menu menu = menus.get(id);
        if (menu == null) {
            return error(404, "Not found");
        }
        if (menu.image() != null) {
            return error(400, "An image has already been uploaded to the richmenu");
        }
        byte[] image = request.getBody();
        String type = request.getHeader("Content-Type");
        boolean png = image.length > 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G';
        if (type == null || !(type.startsWith("image/png") && png || type.startsWith("image/jpeg"))) {
            return error(400, "invalid content type");
        }
        if (image.length > 1024 * 1024) {
            return error(400, "The image is too large");
        }
        menus.put(id, new Menu(id, menu.request(), image));
        return json(200, "{}");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder error(int status, String message) {
        return json(status, "{\"message\":\"" + message + "\"}");
    }

    /** WireMock's hook: every request of its server answered from the shared state. */
    private final class Transformer implements ResponseDefinitionTransformerV2 {
        private final String name;

        Transformer(String name) {
            this.name = name;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return answer(name, serveEvent.getRequest()).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** The menus as a list of their requests' names (for messages). */
    public synchronized List<String> names() {
        List<String> names = new ArrayList<>();
        menus.values().forEach(m -> names.add(m.request().path("name").asText()));
        return names;
    }
}
