package jp.tokyo.mcc.conversation.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** flows/schema/flow.schema.json (for editors) knows exactly the keys the bot reads. */
class FlowSchemaTest {

    static JsonNode schema() throws Exception {
        return new ObjectMapper().readTree(Path.of("flows/schema/flow.schema.json").toFile());
    }

    static List<String> keys(JsonNode properties) {
        List<String> keys = new ArrayList<>();
        properties.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void schemaKeysMatchTheParser() throws Exception {
        JsonNode s = schema();
        JsonNode defs = s.path("$defs");
        assertThat(keys(s.path("properties"))).containsExactlyInAnyOrderElementsOf(FlowParser.FLOW_KEYS);
        assertThat(keys(defs.path("state").path("properties"))).containsExactlyInAnyOrderElementsOf(FlowParser.STATE_KEYS);
        assertThat(keys(defs.path("ask").path("properties"))).containsExactlyInAnyOrderElementsOf(FlowParser.ASK_KEYS);
        assertThat(keys(defs.path("choice").path("properties"))).containsExactlyInAnyOrderElementsOf(FlowParser.CHOICE_KEYS);
        assertThat(keys(defs.path("option").path("oneOf").get(1).path("properties")))
                .containsExactlyInAnyOrderElementsOf(FlowParser.OPTION_KEYS);
        assertThat(keys(defs.path("state").path("properties").path("buttons").path("properties")))
                .containsExactlyInAnyOrderElementsOf(FlowParser.BUTTONS_KEYS);
        assertThat(keys(defs.path("state").path("properties").path("handoff").path("oneOf").get(2).path("properties")))
                .containsExactlyInAnyOrderElementsOf(FlowParser.HANDOFF_KEYS);
        assertThat(keys(defs.path("nextCase").path("properties"))).containsExactlyInAnyOrderElementsOf(FlowParser.NEXT_KEYS);
        assertThat(keys(defs.path("command").path("properties"))).containsExactlyInAnyOrderElementsOf(FlowParser.COMMAND_KEYS);
    }

    @Test
    void schemaSlotTypesAreTheEnginesSlotTypes() throws Exception {
        List<String> types = new ArrayList<>();
        schema().path("$defs").path("ask").path("properties").path("type").path("enum").forEach(t -> types.add(t.asText()));
        assertThat(types).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(SlotType.values()).map(SlotType::key).toList());
        assertThat(Set.copyOf(types)).hasSize(SlotType.values().length);
    }
}
