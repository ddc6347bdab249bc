package jp.tokyo.mcc.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import jp.tokyo.mcc.safety.internal.files.ContextFileReader;
import jp.tokyo.mcc.safety.internal.files.TierFileReader;
import jp.tokyo.mcc.safety.internal.files.WordsFileReader;

/** flows/schema/safety-*.schema.json (for editors) know exactly the keys the bot reads. */
class SafetySchemaTest {

    private static JsonNode schema(String name) throws Exception {
        return new ObjectMapper().readTree(Path.of("flows/schema/" + name).toFile());
    }

    private static List<String> keys(JsonNode properties) {
        List<String> keys = new ArrayList<>();
        properties.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void schemaKeysMatchTheReaders() throws Exception {
        JsonNode words = schema("safety-words.schema.json");
        assertThat(keys(words.path("properties"))).containsExactlyInAnyOrderElementsOf(WordsFileReader.TOP);
        assertThat(keys(words.path("$defs").path("words").path("items").path("oneOf").get(1).path("properties")))
                .containsExactlyInAnyOrder("negated", "affirmed");
        assertThat(keys(schema("safety-context.schema.json").path("properties")))
                .containsExactlyInAnyOrderElementsOf(ContextFileReader.TOP);
        JsonNode tier = schema("safety-tier.schema.json");
        assertThat(keys(tier.path("properties"))).containsExactlyInAnyOrderElementsOf(TierFileReader.TOP);
        assertThat(keys(tier.path("properties").path("signs").path("items").path("properties")))
                .containsExactlyInAnyOrderElementsOf(TierFileReader.SIGN);
        List<String> tiers = new ArrayList<>();
        tier.path("properties").path("tier").path("enum").forEach(t -> tiers.add(t.asText()));
        assertThat(tiers).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(jp.tokyo.mcc.safety.SafetyTier
                .values()).map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
