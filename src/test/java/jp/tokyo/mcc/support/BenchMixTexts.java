package jp.tokyo.mcc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts families write in the benchmark's mix ({@code bench/mix.txt}): its lists by name, in file order. The
 * per-message benchmarks of the FAQ search and the safety net measure over these texts.
 */
public final class BenchMixTexts {

    private BenchMixTexts() {
    }

    /** Every {@code list NAME} of the mix with its texts. */
    public static Map<String, List<String>> lists(Path mix) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        List<String> current = null;
        try {
            for (String raw : Files.readAllLines(mix, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (!Character.isWhitespace(raw.charAt(0))) {
                    current = line.startsWith("list ") ? new ArrayList<>() : null;
                    if (current != null) {
                        lists.put(line.substring(5).trim(), current);
                    }
                } else if (current != null) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lists;
    }

    /** The texts of every list, in file order. */
    public static List<String> all(Path mix) {
        List<String> all = new ArrayList<>();
        lists(mix).values().forEach(all::addAll);
        return all;
    }
}
