package jp.tokyo.mcc.safety.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A labelled corpus of family messages ({@code src/test/resources/safety/corpus-*.yaml}): groups of lines with the
 * tier they must get, the kind of situation, and how they are written.
 */
record SafetyCorpus(String name, List<Line> lines) {

    static final String DEV = "/safety/corpus-dev.yaml";
    static final String HELD_OUT = "/safety/corpus-heldout.yaml";

    /** What a line must get. */
    enum Expect { EMERGENCY, CRISIS, URGENT, DISASTER, PREPARATION, NONE }

    record Line(String text, Expect expect, String kind, List<String> styles) {
    }

    static SafetyCorpus load(String resource) {
        try (InputStream in = SafetyCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return read(resource.substring(resource.lastIndexOf('/') + 1), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A corpus of one's own, in the same format. */
    static SafetyCorpus load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SafetyCorpus read(String name, InputStream in) throws IOException {
        Map<?, ?> root = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
        List<Line> lines = new ArrayList<>();
        for (Object g : (List<?>) root.get("groups")) {
            Map<?, ?> group = (Map<?, ?>) g;
            Expect expect = Expect.valueOf(String.valueOf(group.get("expect")).toUpperCase(Locale.ROOT));
            String kind = String.valueOf(group.get("kind"));
            for (Object l : (List<?>) group.get("lines")) {
                List<?> line = (List<?>) l;
                String styles = line.size() > 1 ? String.valueOf(line.get(1)) : "";
                lines.add(new Line(String.valueOf(line.get(0)), expect, kind, List.of(styles.split(" "))));
            }
        }
        return new SafetyCorpus(name, List.copyOf(lines));
    }

    List<Line> expecting(Expect expect) {
        return lines.stream().filter(l -> l.expect() == expect).toList();
    }
}
