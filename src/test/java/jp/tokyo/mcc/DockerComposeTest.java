package jp.tokyo.mcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml cannot be started here (no Docker engine), so it is checked by reading it: two or more bot
 * replicas of one image with the same environment, configured only through docs/contract.md's variables (every one of
 * which the application really binds), behind a proxy whose configuration sends requests to every replica; only the
 * proxy publishes a port (never a management port); PostgreSQL 15 keeps its data in a volume; health checks (the bots'
 * on the management port) that the starts wait on.
 */
class DockerComposeTest {

    /** docs/contract.md, "Configuration (environment variables)" and the variables its later sections add. */
    static final Set<String> CONTRACT_VARIABLES = new TreeSet<>(List.of("LINE_CHANNEL_SECRET", "LINE_CHANNEL_TOKEN",
            "LINE_API_ENDPOINT", "SERVER_PORT", "APP_DATA_DIR", "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
            "SPRING_DATASOURCE_PASSWORD", "APP_ADMIN_USERNAME", "APP_ADMIN_PASSWORD",
            // added to the contract in this round (content downloads, retention)
            "LINE_API_DATA_ENDPOINT", "APP_RETENTION_DAYS_CLOSED_INQUIRY", "APP_RETENTION_DAYS_CONVERSATION"));

    private static final Pattern INTERPOLATION = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}");

    static String composeText;
    static JsonNode compose;
    static JsonNode bot;
    static Map<String, JsonNode> replicas = new TreeMap<>();
    static JsonNode postgres;
    static JsonNode proxy;

    @BeforeAll
    static void read() throws IOException {
        composeText = Files.readString(Path.of("docker-compose.yml"));
        // SnakeYAML resolves the file's anchors and aliases (x-bot: one definition for every replica) as Compose does
        compose = new ObjectMapper().valueToTree(new org.yaml.snakeyaml.Yaml().load(composeText));
        compose.path("services").fields().forEachRemaining(service -> {
            if (BOT_IMAGE.equals(service.getValue().path("image").asText())) {
                replicas.put(service.getKey(), service.getValue());
            }
        });
        assertThat(replicas).as("bot replicas (services with image %s)", BOT_IMAGE).isNotEmpty();
        bot = replicas.values().iterator().next();
        postgres = compose.path("services").path("postgres");
        proxy = compose.path("services").path("proxy");
        assertThat(postgres.isObject()).as("services.postgres").isTrue();
        assertThat(proxy.isObject()).as("services.proxy").isTrue();
    }

    static final String BOT_IMAGE = "mcc-line-bot:local";

    @Test
    void twoOrMoreReplicasOfOneImageWithTheSameEnvironmentAndHealthCheck() {
        assertThat(replicas).hasSizeGreaterThanOrEqualTo(2);
        for (Map.Entry<String, JsonNode> replica : replicas.entrySet()) {
            assertThat(replica.getValue().path("environment")).as(replica.getKey()).isEqualTo(bot.path("environment"));
            assertThat(replica.getValue().path("healthcheck")).as(replica.getKey()).isEqualTo(bot.path("healthcheck"));
            assertThat(replica.getValue().path("build").isMissingNode()).as(replica.getKey()).isFalse();
            assertThat(replica.getValue().path("deploy").path("replicas").isMissingNode())
                    .as("%s is one process (the replicas are named services)", replica.getKey()).isTrue();
        }
    }

    @Test
    void theProxyIsAnOfficialImageWhoseConfigurationSendsRequestsToEveryReplica() throws IOException {
        assertThat(proxy.path("image").asText()).matches("(nginx|caddy):[0-9][^/]*");
        String mount = null;
        for (JsonNode v : proxy.path("volumes")) {
            String spec = v.isTextual() ? v.asText() : v.path("source").asText() + ":" + v.path("target").asText();
            if (spec.startsWith("./")) {
                mount = spec.substring(2, spec.indexOf(':'));
            }
        }
        assertThat(mount).as("the proxy's configuration file from the repository").isNotNull();
        String conf = Files.readString(Path.of(mount));
        String botPort = bot.path("environment").path("SERVER_PORT").asText();
        assertThat(botPort).as("the bots' port inside the network is fixed").matches("[0-9]+");
        for (String name : replicas.keySet()) {
            assertThat(conf).as("the proxy sends to %s", name).containsPattern("(?m)^\\s*server\\s+" + Pattern.quote(name)
                    + ":" + botPort + "\\b");
            assertThat(proxy.path("depends_on").path(name).path("condition").asText()).isEqualTo("service_healthy");
        }
        assertThat(conf).as("webhooks round-robin").containsPattern("location = /callback \\{\\s*proxy_pass http://mcc_bot;");
        assertThat(conf).as("a browser stays on one replica (its session)").containsPattern("hash \\$http_x_forwarded_for");
        assertThat(conf).as("no access log: URLs carry inquiry numbers and search words").contains("access_log off");
        assertThat(conf).as("the console's live stream is not buffered").contains("proxy_buffering off");
    }

    @Test
    void onlyTheProxyPublishesAPortAndNeverTheManagementPort() throws IOException {
        for (Map.Entry<String, JsonNode> replica : replicas.entrySet()) {
            assertThat(replica.getValue().path("ports").isMissingNode()).as("%s publishes no port", replica.getKey()).isTrue();
        }
        assertThat(postgres.path("ports").isMissingNode()).isTrue();
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        Matcher m = Pattern.compile("MANAGEMENT_SERVER_PORT=([0-9]+)").matcher(dockerfile);
        assertThat(m.find()).as("the image sets the management port").isTrue();
        String managementPort = m.group(1);
        assertThat(managementPort).isNotEqualTo(bot.path("environment").path("SERVER_PORT").asText());
        assertThat(dockerfile).doesNotContainPattern("(?m)^EXPOSE.*\\b" + managementPort + "\\b");
        List<String> published = new ArrayList<>();
        proxy.path("ports").forEach(p -> published.add(p.isTextual() ? p.asText() : p.path("target").asText()));
        assertThat(published).hasSize(1);
        assertThat(published.get(0)).endsWith(":" + bot.path("environment").path("SERVER_PORT").asText())
                .doesNotContain(managementPort);
        assertThat(Files.readString(Path.of("docker/nginx.conf"))).doesNotContain(":" + managementPort);
        // the bots' health checks ask the management port (HealthProbe reads MANAGEMENT_SERVER_PORT)
        assertThat(healthCheck(bot)).contains("/actuator/health/readiness");
        assertThat(Files.readString(Path.of("docker/HealthProbe.java"))).contains("MANAGEMENT_SERVER_PORT");
    }

    @Test
    void theVariableListMatchesTheContract() throws IOException {
        Path contract = Path.of("docs", "contract.md");
        Set<String> named = new TreeSet<>();
        for (String line : Files.readAllLines(contract, StandardCharsets.UTF_8)) {
            if (line.startsWith("| `")) {
                Matcher m = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(line.split("\\|")[1]);
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).isEqualTo(CONTRACT_VARIABLES);
    }

    @Test
    void theBotIsConfiguredOnlyThroughContractVariables() {
        Set<String> keys = environmentKeys(bot);
        assertThat(keys).isNotEmpty();
        assertThat(CONTRACT_VARIABLES).containsAll(keys);
        assertThat(keys).contains("LINE_CHANNEL_SECRET", "LINE_CHANNEL_TOKEN", "SPRING_DATASOURCE_URL",
                "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        assertThat(bot.path("env_file").isMissingNode()).as("no env_file: everything is named in the compose file").isTrue();
    }

    @Test
    void theComposeFileReadsNoVariableOutsideTheContract() {
        Set<String> used = new TreeSet<>();
        Matcher m = INTERPOLATION.matcher(composeText);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).isNotEmpty();
        assertThat(CONTRACT_VARIABLES).containsAll(used);
    }

    @Test
    void secretsAreRequiredAndTheExampleEnvFileNamesThem() throws IOException {
        Properties example = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(".env.example"), StandardCharsets.UTF_8)) {
            example.load(r);
        }
        Matcher m = INTERPOLATION.matcher(composeText);
        Set<String> required = new TreeSet<>();
        while (m.find()) {
            if (m.group(2).startsWith(":?")) {
                required.add(m.group(1));
            }
        }
        assertThat(required).contains("LINE_CHANNEL_SECRET", "LINE_CHANNEL_TOKEN", "SPRING_DATASOURCE_PASSWORD");
        assertThat(example.stringPropertyNames()).containsAll(required);
        assertThat(CONTRACT_VARIABLES).containsAll(example.stringPropertyNames());
    }

    @Test
    void everyVariableTheBotGetsIsBoundByTheApplication() throws IOException {
        Properties app = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            app.load(r);
        }
        List<String> unbound = new ArrayList<>();
        for (String key : environmentKeys(bot)) {
            // either a placeholder ${KEY...} or Spring's relaxed binding of KEY to a property that is set there
            String relaxed = key.toLowerCase().replace('_', '.');
            boolean placeholder = app.values().stream().anyMatch(v -> String.valueOf(v).contains("${" + key + ":")
                    || String.valueOf(v).contains("${" + key + "}"));
            if (!placeholder && !app.containsKey(relaxed)) {
                unbound.add(key);
            }
        }
        assertThat(unbound).as("variables set for the bot that application.properties does not read").isEmpty();
    }

    @Test
    void postgresIsVersion15WithItsDataInANamedVolumeAndAHealthCheck() {
        assertThat(postgres.path("image").asText()).matches("postgres:15([.-].*)?");
        String volume = null;
        for (JsonNode v : postgres.path("volumes")) {
            String spec = v.isTextual() ? v.asText() : v.path("source").asText() + ":" + v.path("target").asText();
            if (spec.endsWith(":/var/lib/postgresql/data")) {
                volume = spec.substring(0, spec.indexOf(':'));
            }
        }
        assertThat(volume).as("a volume on /var/lib/postgresql/data").isNotNull();
        assertThat(compose.path("volumes").has(volume)).as("named volume %s declared", volume).isTrue();
        assertThat(healthCheck(postgres)).contains("pg_isready");
    }

    @Test
    void theBotWaitsForAHealthyDatabaseAndHasItsOwnHealthCheck() {
        assertThat(bot.path("depends_on").path("postgres").path("condition").asText()).isEqualTo("service_healthy");
        assertThat(healthCheck(bot)).contains("/actuator/health");
        assertThat(bot.path("build").isMissingNode()).as("built from the Dockerfile").isFalse();
        String url = bot.path("environment").path("SPRING_DATASOURCE_URL").asText();
        assertThat(url).contains("jdbc:postgresql://postgres:5432/");
    }

    @Test
    void theImageRunsAsANonRootUserWithTheFlowsAsWorkingFolder() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        List<String> froms = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(dockerfile).results()
                .map(r -> r.group(1)).toList();
        assertThat(froms).hasSize(2);
        assertThat(froms.get(0)).contains("temurin-17");
        assertThat(froms.get(1)).isEqualTo("eclipse-temurin:17-jre");
        // the JVM options the bot is measured with (jvm.options, read by bench/run.sh too): a heap of 512 MB, not a
        // share of the host's memory, and the parallel collector
        assertThat(dockerfile).containsPattern("(?m)^COPY jvm.options /app/jvm.options")
                .containsPattern("(?m)^ENTRYPOINT \\[\"java\", \"@/app/jvm.options\",")
                .doesNotContain("MaxRAMPercentage");
        assertThat(Files.readAllLines(Path.of("jvm.options"))).contains("-Xmx512m", "-XX:+UseParallelGC");
        assertThat(Files.readString(Path.of("bench/run.sh"))).contains("--bot-opts \"@jvm.options ");
        List<String> users = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile).results().map(r -> r.group(1)).toList();
        assertThat(users).isNotEmpty();
        assertThat(users.get(users.size() - 1)).isNotIn("root", "0");
        assertThat(dockerfile).containsPattern("(?m)^COPY flows /app/flows").contains("APP_FLOWS_DIR=/app/flows")
                .contains("HealthProbe");
        assertThat(Files.readString(Path.of("docker/HealthProbe.java"))).contains("SERVER_PORT");
    }

    @Test
    void administratorFilesLiveInTheDatabaseSoNothingNeedsARebuild() {
        // the image's flows/ only seeds the database; administrators change the files in the console, and the
        // database keeps them (its volume), so no folder of the host is mounted for them
        for (JsonNode v : bot.path("volumes")) {
            String spec = v.isTextual() ? v.asText() : v.path("source").asText() + ":" + v.path("target").asText();
            assertThat(spec).doesNotContain("flows");
        }
        assertThat(bot.path("environment").has("APP_FLOWS_DIR")).isFalse();
    }

    private static Set<String> environmentKeys(JsonNode service) {
        Set<String> keys = new LinkedHashSet<>();
        JsonNode env = service.path("environment");
        if (env.isObject()) {
            env.fieldNames().forEachRemaining(keys::add);
        } else {
            env.forEach(item -> keys.add(item.asText().split("=", 2)[0]));
        }
        return keys;
    }

    private static String healthCheck(JsonNode service) {
        JsonNode test = service.path("healthcheck").path("test");
        List<String> parts = new ArrayList<>();
        if (test.isArray()) {
            test.forEach(p -> parts.add(p.asText()));
        } else {
            parts.add(test.asText());
        }
        assertThat(parts).as("a health check").isNotEmpty();
        assertThat(parts.get(0)).isIn("CMD", "CMD-SHELL");
        return String.join(" ", parts);
    }
}
