package jp.tokyo.mcc.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.tokyo.mcc.support.AbstractBotIT;

/** The directory is a bean of the running bot, reading centers.yaml from the administrators' folder. */
class DirectoryIT extends AbstractBotIT {

    @Autowired
    Directory directory;

    @Test
    void answersFromTheAdministratorsCentersFile() {
        assertThat(directory.centers()).extracting(Center::phone).containsExactly("03-3941-3221", "042-312-8164");
        assertThat(directory.municipalities()).hasSize(62);
        PlaceMatch match = directory.match("八王子に住んでいます");
        assertThat(match).isInstanceOfSatisfying(PlaceMatch.Found.class, found -> {
            assertThat(found.municipality().name()).isEqualTo("八王子市");
            assertThat(found.center().name()).isEqualTo("東京都医療的ケア児支援センター（多摩地域）");
        });
        assertThat(directory.islandsUnconfirmed()).isTrue();
    }
}
