package jp.tokyo.mcc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's mix ({@code bench/mix.txt}) follows the flows: every button its families tap is a label the flows
 * (or the program's own texts) offer, so that a renamed button shows here instead of quietly turning taps into typed text in the benchmark.
 */
class BenchMixTest {

    @Test
    void everyTappedLabelIsOfferedByAFlow() throws IOException {
        String flows;
        try (Stream<Path> files = Files.walk(Path.of("flows"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
            // the program's own buttons (はい / いいえ of "did this help?") are in its message bundle
            all.append(Files.readString(Path.of("src/main/resources/messages/conversation.properties"),
                    StandardCharsets.UTF_8));
            flows = all.toString();
        }
        Map<String, List<String>> lists = new HashMap<>();
        List<String> taps = new ArrayList<>();
        List<String> current = null;
        for (String raw : Files.readAllLines(Path.of("bench", "mix.txt"), StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("list ") && !Character.isWhitespace(raw.charAt(0))) {
                current = new ArrayList<>();
                lists.put(line.substring(5).trim(), current);
            } else if (!Character.isWhitespace(raw.charAt(0))) {
                current = null;
            } else if (current != null) {
                current.add(line);
            } else if (line.startsWith("tap ")) {
                taps.add(line.substring(4).trim());
            }
        }
        assertThat(taps).isNotEmpty();
        List<String> labels = new ArrayList<>();
        for (String tap : taps) {
            if (tap.startsWith("@")) {
                assertThat(lists).containsKey(tap.substring(1));
                labels.addAll(lists.get(tap.substring(1)));
            } else {
                Stream.of(tap.split("\\|")).filter(l -> !l.equals("#1")).forEach(labels::add);
            }
        }
        assertThat(labels).allSatisfy(label -> assertThat(flows).as("a flow offers %s", label)
                .containsAnyOf("label: " + label + ",", "label: " + label + " ", "- " + label + "\n",
                        "[" + label + ",", " " + label + ",", " " + label + "]", "done: " + label, "=" + label + "\n"));
    }
}
