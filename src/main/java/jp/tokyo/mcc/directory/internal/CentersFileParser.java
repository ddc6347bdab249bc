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
    /** A center's setting: its counsellors opening an inquiry marks the family's messages as read in LINE. */
    static final String MARK_AS_READ = "mark-as-read";
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
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                    ? jpe.getLocation().getLineNr() : 1;
            int column = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                    ? jpe.getLocation().getColumnNr() : 1;
            throw new InvalidCentersFileException(List.of(CentersProblem.at(line, column, "yaml")));
        }
        List<CentersProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidCentersFileException(List.of(CentersProblem.of(List.of(), "empty")));
        }
        unknownKeys(root, TOP_LEVEL, List.of(), problems);

        Map<CenterId, Center> centers = new EnumMap<>(CenterId.class);
        JsonNode centersNode = root.get("centers");
        if (centersNode == null || !centersNode.isObject()) {
            problems.add(CentersProblem.of(List.of("centers"), "centers-missing"));
        } else {
            for (Iterator<String> names = centersNode.fieldNames(); names.hasNext(); ) {
                String code = names.next();
                if (CenterId.fromCode(code).isEmpty() || !code.equals(code.toLowerCase(java.util.Locale.ROOT))) {
                    problems.add(CentersProblem.key(List.of("centers", code), "center-unknown"));
                }
            }
            for (CenterId id : CenterId.values()) {
                center(id, centersNode.get(id.code()), problems).ifPresent(c -> centers.put(id, c));
            }
        }

        Map<Municipality.Region, CenterId> routing = new EnumMap<>(Municipality.Region.class);
        JsonNode routingNode = root.get("routing");
        if (routingNode == null || !routingNode.isObject()) {
            problems.add(CentersProblem.of(List.of("routing"), "routing-missing"));
        } else {
            unknownKeys(routingNode, ROUTING_KEYS.keySet(), List.of("routing"), problems);
            ROUTING_KEYS.forEach((key, region) -> {
                JsonNode value = routingNode.get(key);
                Optional<CenterId> id = value != null && value.isTextual()
                        ? CenterId.fromCode(value.asText()) : Optional.empty();
                if (id.isEmpty()) {
                    problems.add(CentersProblem.of(List.of("routing", key), "routing-center"));
                } else {
                    routing.put(region, id.get());
                }
            });
        }

        boolean confirmed = false;
        String note = "";
        JsonNode islands = root.get("islands");
        if (islands == null || !islands.isObject()) {
            problems.add(CentersProblem.of(List.of("islands"), "islands-missing"));
        } else {
            unknownKeys(islands, Set.of("confirmed", "note"), List.of("islands"), problems);
            JsonNode confirmedNode = islands.get("confirmed");
            if (confirmedNode == null || !confirmedNode.isBoolean()) {
                problems.add(CentersProblem.of(List.of("islands", "confirmed"), "islands-confirmed"));
            } else {
                confirmed = confirmedNode.asBoolean();
            }
            JsonNode noteNode = islands.get("note");
            note = noteNode != null && noteNode.isValueNode() && !noteNode.isNull() ? noteNode.asText().strip() : "";
            if (!confirmed && note.isEmpty()) {
                problems.add(CentersProblem.of(List.of("islands", "note"), "islands-note"));
            }
            if (note.length() > MAX_TEXT) {
                problems.add(CentersProblem.of(List.of("islands", "note"), "too-long", MAX_TEXT));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCentersFileException(problems);
        }
        return new CentersSettings(centers, routing, confirmed, note);
    }

    private static Optional<Center> center(CenterId id, JsonNode node, List<CentersProblem> problems) {
        List<Object> path = List.of("centers", id.code());
        if (node == null || !node.isObject()) {
            problems.add(CentersProblem.of(path, "center-missing"));
            return Optional.empty();
        }
        Set<String> known = new java.util.HashSet<>(CENTER_FIELDS);
        known.add(MARK_AS_READ);
        unknownKeys(node, known, path, problems);
        int before = problems.size();
        JsonNode markAsRead = node.get(MARK_AS_READ);
        if (markAsRead != null && !markAsRead.isNull() && !markAsRead.isBoolean()) {
            problems.add(CentersProblem.of(with(path, MARK_AS_READ), "mark-as-read"));
        }
        String[] values = new String[CENTER_FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            String field = CENTER_FIELDS.get(i);
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || !value.isValueNode() || value.asText().isBlank()) {
                problems.add(CentersProblem.of(with(path, field), "field-missing"));
                continue;
            }
            if (!value.isTextual()) {
                problems.add(CentersProblem.of(with(path, field), field.equals("phone") ? "phone-text" : "field-text"));
                continue;
            }
            values[i] = value.asText().strip();
            if (values[i].length() > MAX_TEXT) {
                problems.add(CentersProblem.of(with(path, field), "too-long", MAX_TEXT));
            }
        }
        if (values[3] != null) {
            values[3] = Normalizer.normalize(values[3], Normalizer.Form.NFKC).replaceAll("[‐‑‒–—−ー]", "-");
            int digits = values[3].replaceAll("\\D", "").length();
            if (!PHONE.matcher(values[3]).matches() || digits < 10 || digits > 11) {
                problems.add(CentersProblem.of(with(path, "phone"), "phone-form"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Center(id, values[0], values[1], values[2], values[3], values[4],
                markAsRead != null && markAsRead.asBoolean(false)));
    }

    private static void unknownKeys(JsonNode node, Set<String> known, List<Object> path, List<CentersProblem> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(CentersProblem.key(with(path, name), "setting-unknown",
                        String.join(", ", known.stream().sorted().toList())));
            }
        }
    }

    private static List<Object> with(List<Object> path, Object more) {
        List<Object> all = new ArrayList<>(path);
        all.add(more);
        return List.copyOf(all);
    }
}
