package jp.tokyo.mcc.directory;

import java.util.List;
import java.util.Optional;

/** Centers, municipalities and routing. Data comes from administrator files and may be reloaded while running. */
public interface Directory {

    /**
     * Reads a family's free answer: 八王子, はちおうじし, 東京都八王子市元本郷町..., 西多摩郡檜原村, 桧原村, 大島,
     * 横浜市, 大阪府, 川口市, Hachioji, Setagaya-ku... Typos close to one name, and a Tokyo name with another suffix
     * elsewhere (府中町), give a {@link PlaceMatch.Suggestion}; any municipality outside Tokyo is {@link
     * PlaceMatch.OutsideTokyo}.
     */
    PlaceMatch match(String answer);

    Center center(CenterId id);

    List<Center> centers();

    /** All 62, in local government code order. */
    List<Municipality> municipalities();

    /** By exact official name (e.g. 八王子市). */
    Optional<Municipality> municipality(String officialName);

    /**
     * True while {@code flows/centers.yaml} says the islands' center is not confirmed (the leaflet does not say
     * which center serves 島しょ): families on the islands should then be told {@link #islandsNote()}, e.g. that
     * they may call either center. Islands are recognised with {@link Municipality#isIsland()}.
     */
    default boolean islandsUnconfirmed() {
        return false;
    }

    /**
     * What families on the islands are told while {@link #islandsUnconfirmed()} (administrator text from
     * {@code flows/centers.yaml}); empty otherwise.
     */
    default String islandsNote() {
        return "";
    }
}
