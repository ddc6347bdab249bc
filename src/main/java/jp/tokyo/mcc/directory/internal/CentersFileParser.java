package jp.tokyo.mcc.directory.internal;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import jp.tokyo.mcc.directory.Center;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.directory.Municipality;

/**
 * Reads and checks {@code flows/centers.yaml}. Every mistake is reported (all of them, with where they are), so an
 * administrator can fix the file in one go; a file with any mistake is refused as a whole.
 */
public final class CentersFileParser {

    private static final List<String> CENTER_FIELDS = List.of("name", "hospital", "address", "phone", "hours");
    private static final Set<String> TOP_LEVEL = Set.of("centers", "routing", "islands");
    private static final Map<String, Municipality.Region> ROUTING_KEYS = Map.of(
            "kubu", Municipality.Region.KUBU, "tama", Municipality.Region.TAMA,
            "islands", Municipality.Region.ISLANDS);
    /** A Japanese phone number with hyphens: 03-3941-3221, 042-312-8164, 0120-123-456, 090-1234-5678. */
    private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-\\d{1,4}-\\d{3,4}");
    private static final int MAX_TEXT = 300;

    private final ObjectMapper yaml = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** The settings, or an {@link InvalidCentersFileException} listing every mistake. */
    public CentersSettings parse(String content) {
        JsonNode root;
        try {
            root = yaml.readTree(content);
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                    ? " (line " + jpe.getLocation().getLineNr() + ")" : "";
            throw new InvalidCentersFileException(List.of("not valid YAML" + where
                    + ": check indentation (spaces, no tabs) and colons"));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidCentersFileException(List.of("the file is empty or not a list of settings"));
        }
        unknownKeys(root, TOP_LEVEL, "", problems);

        Map<CenterId, Center> centers = new EnumMap<>(CenterId.class);
        JsonNode centersNode = root.get("centers");
        if (centersNode == null || !centersNode.isObject()) {
            problems.add("centers: missing (it must list kubu and tama)");
        } else {
            for (Iterator<String> names = centersNode.fieldNames(); names.hasNext(); ) {
                String code = names.next();
                if (CenterId.fromCode(code).isEmpty() || !code.equals(code.toLowerCase(java.util.Locale.ROOT))) {
                    problems.add("centers." + code + ": unknown center (use kubu or tama)");
                }
            }
            for (CenterId id : CenterId.values()) {
                center(id, centersNode.get(id.code()), problems).ifPresent(c -> centers.put(id, c));
            }
        }

        Map<Municipality.Region, CenterId> routing = new EnumMap<>(Municipality.Region.class);
        JsonNode routingNode = root.get("routing");
        if (routingNode == null || !routingNode.isObject()) {
            problems.add("routing: missing (it must say kubu, tama and islands)");
        } else {
            unknownKeys(routingNode, ROUTING_KEYS.keySet(), "routing.", problems);
            ROUTING_KEYS.forEach((key, region) -> {
                JsonNode value = routingNode.get(key);
                Optional<CenterId> id = value != null && value.isTextual()
                        ? CenterId.fromCode(value.asText()) : Optional.empty();
                if (id.isEmpty()) {
                    problems.add("routing." + key + ": must be kubu or tama");
                } else {
                    routing.put(region, id.get());
                }
            });
        }

        boolean confirmed = false;
        String note = "";
        JsonNode islands = root.get("islands");
        if (islands == null || !islands.isObject()) {
            problems.add("islands: missing (confirmed: true/false and note)");
        } else {
            unknownKeys(islands, Set.of("confirmed", "note"), "islands.", problems);
            JsonNode confirmedNode = islands.get("confirmed");
            if (confirmedNode == null || !confirmedNode.isBoolean()) {
                problems.add("islands.confirmed: must be true or false");
            } else {
                confirmed = confirmedNode.asBoolean();
            }
            JsonNode noteNode = islands.get("note");
            note = noteNode != null && noteNode.isValueNode() && !noteNode.isNull() ? noteNode.asText().strip() : "";
            if (!confirmed && note.isEmpty()) {
                problems.add("islands.note: needed while islands.confirmed is false (what families on the islands are told)");
            }
            if (note.length() > MAX_TEXT) {
                problems.add("islands.note: too long (at most " + MAX_TEXT + " characters)");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCentersFileException(problems);
        }
        return new CentersSettings(centers, routing, confirmed, note);
    }

    private static Optional<Center> center(CenterId id, JsonNode node, List<String> problems) {
        String path = "centers." + id.code();
        if (node == null || !node.isObject()) {
            problems.add(path + ": missing");
            return Optional.empty();
        }
        unknownKeys(node, Set.copyOf(CENTER_FIELDS), path + ".", problems);
        int before = problems.size();
        String[] values = new String[CENTER_FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            String field = CENTER_FIELDS.get(i);
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
                problems.add(path + "." + field + ": missing or empty");
                continue;
            }
            if (!value.isTextual()) {
                problems.add(path + "." + field + ": must be text"
                        + (field.equals("phone") ? " with hyphens, e.g. 03-3941-3221" : ""));
                continue;
            }
            values[i] = value.asText().strip();
            if (values[i].length() > MAX_TEXT) {
                problems.add(path + "." + field + ": too long (at most " + MAX_TEXT + " characters)");
            }
        }
        if (values[3] != null) {
            values[3] = Normalizer.normalize(values[3], Normalizer.Form.NFKC).replaceAll("[‐‑‒–—−ー]", "-");
            int digits = values[3].replaceAll("\\D", "").length();
            if (!PHONE.matcher(values[3]).matches() || digits < 10 || digits > 11) {
                problems.add(path + ".phone: does not look like a phone number (write it like 03-3941-3221)");
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Center(id, values[0], values[1], values[2], values[3], values[4]));
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String path, List<String> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(path + name + ": unknown setting (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }
}
