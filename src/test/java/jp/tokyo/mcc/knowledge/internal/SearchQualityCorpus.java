package jp.tokyo.mcc.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The FAQ search-quality test set: how families ask, and the entry that should answer ({@code none}: nothing).
 * {@code knowledge/faq-dev.yaml} may be tuned on; {@code knowledge/faq-heldout.yaml} was written first and never is.
 */
record SearchQualityCorpus(List<Question> dev, List<Question> heldOut) {

    static final String NONE = "none";

    record Question(String text, String expect) {
        boolean expectsNothing() {
            return NONE.equals(expect);
        }
    }

    static SearchQualityCorpus load() {
        return new SearchQualityCorpus(read("/knowledge/faq-dev.yaml"), read("/knowledge/faq-heldout.yaml"));
    }

    List<Question> all() {
        List<Question> all = new ArrayList<>(dev);
        all.addAll(heldOut);
        return all;
    }

    private static List<Question> read(String resource) {
        try (InputStream in = SearchQualityCorpus.class.getResourceAsStream(resource)) {
            Map<?, ?> raw = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            List<Question> questions = new ArrayList<>();
            for (Object q : (List<?>) raw.get("questions")) {
                Map<?, ?> m = (Map<?, ?>) q;
                questions.add(new Question(String.valueOf(m.get("text")), String.valueOf(m.get("expect"))));
            }
            return List.copyOf(questions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
