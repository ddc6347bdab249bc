package jp.tokyo.mcc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tokyo.mcc.shared.YamlPositions.Position;
import org.junit.jupiter.api.Test;

class YamlPositionsTest {

    static final String FAQ = """
            # comment
            entries:
              - id: one
                question: ひとつめ
              - id: two
                question: ふたつめ
                answer: |-
                  こたえ
            """;

    @Test
    void findsValuesAndKeysByPath() {
        YamlPositions p = YamlPositions.of(FAQ);
        assertThat(p.syntaxError()).isNull();
        assertThat(p.at("entries", 1, "question")).isEqualTo(new Position(6, 15));
        assertThat(p.key("entries", 1, "question")).isEqualTo(new Position(6, 5));
        assertThat(p.at("entries", 0)).isEqualTo(new Position(3, 5));
        assertThat(p.at("entries", 1, "answer")).isEqualTo(new Position(7, 13));
    }

    @Test
    void aPathBeyondTheTextFindsTheNearestPart() {
        YamlPositions p = YamlPositions.of(FAQ);
        assertThat(p.at("entries", 1, "reviewed")).as("the entry (its first key)").isEqualTo(new Position(5, 5));
        assertThat(p.at("entries", 9, "id")).as("the list").isEqualTo(new Position(3, 3));
        assertThat(p.at("nothing")).isEqualTo(new Position(2, 1));
    }

    @Test
    void aTextThatIsNotYamlTellsWhereTheParserStopped() {
        YamlPositions p = YamlPositions.of("entries:\n  - id: [one\n  - id: two\n");
        assertThat(p.syntaxError()).isNotNull();
        assertThat(p.syntaxError().line()).isGreaterThanOrEqualTo(2);
        assertThat(p.at("entries", 0, "id")).isEqualTo(p.syntaxError());
        assertThat(YamlPositions.of("").at("x")).isEqualTo(Position.START);
    }
}
