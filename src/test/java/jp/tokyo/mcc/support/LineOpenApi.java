package jp.tokyo.mcc.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * What we send to LINE checked against LINE's own OpenAPI spec ({@code ../shared/line-openapi/messaging-api.yml}):
 * request bodies against a named schema ({@code ReplyMessageRequest}, {@code PushMessageRequest},
 * {@code RichMenuRequest}...), following {@code $ref}, {@code allOf} and the spec's discriminators (a message's
 * {@code type} picks {@code FlexMessage}, a Flex component's picks {@code FlexButton}, an action's picks
 * {@code URIAction}...): types, required properties, enums, lengths, item counts, minimum and maximum, and no property
 * the spec does not name (a misspelt one LINE would ignore or refuse). The spec is absent on a clone without
 * ../shared: {@link #load()} then skips the test.
 */
public final class LineOpenApi {

    private static final Path SPEC = Path.of("..", "shared", "line-openapi", "messaging-api.yml");
    private static volatile LineOpenApi loaded;

    private final Map<String, Object> schemas;

    @SuppressWarnings("unchecked")
    private LineOpenApi(Map<String, Object> spec) {
        this.schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
    }

    /** The spec, or the test is skipped when ../shared is not beside the clone. */
    public static LineOpenApi load() {
        Assumptions.assumeTrue(Files.isRegularFile(SPEC), "no ../shared/line-openapi/messaging-api.yml beside the clone");
        if (loaded == null) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(20 * 1024 * 1024);
            try (InputStream in = Files.newInputStream(SPEC)) {
                loaded = new LineOpenApi(new Yaml(options).load(in));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return loaded;
    }

    /** The problems of {@code body} against the schema named {@code schema} (none: the spec accepts it). */
    public List<String> problems(String schema, JsonNode body) {
        List<String> problems = new ArrayList<>();
        validate(schema(schema), body, "$", problems, true);
        return problems;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> schema(String name) {
        Object schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("no schema " + name + " in LINE's spec");
        }
        return (Map<String, Object>) schema;
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        return ref == null ? schema : schema(ref.toString().substring(ref.toString().lastIndexOf('/') + 1));
    }

    @SuppressWarnings("unchecked")
    private void validate(Map<String, Object> raw, JsonNode value, String at, List<String> problems, boolean dispatch) {
        Map<String, Object> schema = resolve(raw);
        Map<String, Object> discriminator = (Map<String, Object>) schema.get("discriminator");
        if (dispatch && discriminator != null && value.isObject()) {
            String property = discriminator.get("propertyName").toString();
            String kind = value.path(property).asText(null);
            Map<String, Object> mapping = (Map<String, Object>) discriminator.get("mapping");
            if (kind == null) {
                problems.add(at + "." + property + ": required");
                return;
            }
            Object target = mapping == null ? null : mapping.get(kind);
            if (target == null) {
                problems.add(at + "." + property + ": unknown " + property + " \"" + kind + "\"");
                return;
            }
            validate(Map.of("$ref", target), value, at, problems, false);
            return;
        }
        checkType(schema, value, at, problems);
        if (value.isObject()) {
            Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
            Set<String> required = new LinkedHashSet<>();
            collect(schema, properties, required);
            for (String name : required) {
                if (!value.has(name) || value.get(name).isNull()) {
                    problems.add(at + "." + name + ": required");
                }
            }
            value.properties().forEach(field -> {
                Map<String, Object> property = properties.get(field.getKey());
                if (property == null) {
                    problems.add(at + "." + field.getKey() + ": not in LINE's spec");
                } else if (!field.getValue().isNull()) {
                    validate(property, field.getValue(), at + "." + field.getKey(), problems, true);
                }
            });
        } else if (value.isArray()) {
            Map<String, Object> items = (Map<String, Object>) schema.get("items");
            number(schema, "minItems").ifPresent(min -> {
                if (value.size() < min) {
                    problems.add(at + ": at least " + min + " items (has " + value.size() + ")");
                }
            });
            number(schema, "maxItems").ifPresent(max -> {
                if (value.size() > max) {
                    problems.add(at + ": at most " + max + " items (has " + value.size() + ")");
                }
            });
            if (items != null) {
                for (int i = 0; i < value.size(); i++) {
                    validate(items, value.get(i), at + "[" + i + "]", problems, true);
                }
            }
        } else {
            checkValue(schema, value, at, problems);
        }
    }

    /** The properties and required names of a schema and of everything it is built from ({@code allOf}). */
    @SuppressWarnings("unchecked")
    private void collect(Map<String, Object> raw, Map<String, Map<String, Object>> properties, Set<String> required) {
        Map<String, Object> schema = resolve(raw);
        Object own = schema.get("properties");
        if (own instanceof Map<?, ?> map) {
            map.forEach((k, v) -> properties.putIfAbsent(k.toString(), (Map<String, Object>) v));
        }
        Object names = schema.get("required");
        if (names instanceof List<?> list) {
            list.forEach(n -> required.add(n.toString()));
        }
        Object allOf = schema.get("allOf");
        if (allOf instanceof List<?> parts) {
            parts.forEach(part -> collect((Map<String, Object>) part, properties, required));
        }
    }

    private void checkType(Map<String, Object> schema, JsonNode value, String at, List<String> problems) {
        Object type = schema.get("type");
        if (type == null && schema.get("allOf") == null) {
            return;
        }
        String expected = type == null ? "object" : type.toString();
        boolean ok = switch (expected) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!ok) {
            problems.add(at + ": must be " + expected + " (is " + value.getNodeType() + ")");
        }
    }

    private void checkValue(Map<String, Object> schema, JsonNode value, String at, List<String> problems) {
        Object values = schema.get("enum");
        if (values instanceof List<?> list && list.stream().noneMatch(v -> v.toString().equals(value.asText()))) {
            problems.add(at + ": \"" + value.asText() + "\" is not one of " + list);
        }
        if (value.isTextual()) {
            String text = value.asText();
            int length = text.codePointCount(0, text.length());
            number(schema, "minLength").filter(min -> length < min)
                    .ifPresent(min -> problems.add(at + ": at least " + min + " characters (has " + length + ")"));
            number(schema, "maxLength").filter(max -> length > max)
                    .ifPresent(max -> problems.add(at + ": at most " + max + " characters (has " + length + ")"));
        } else if (value.isNumber()) {
            number(schema, "minimum").filter(min -> value.asLong() < min)
                    .ifPresent(min -> problems.add(at + ": at least " + min));
            number(schema, "maximum").filter(max -> value.asLong() > max)
                    .ifPresent(max -> problems.add(at + ": at most " + max));
        }
    }

    private static java.util.Optional<Long> number(Map<String, Object> schema, String key) {
        Object n = schema.get(key);
        return n instanceof Number number ? java.util.Optional.of(number.longValue()) : java.util.Optional.empty();
    }
}
