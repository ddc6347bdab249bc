package jp.tokyo.mcc.safety.internal.languages;

import java.util.List;

/**
 * A tier's answer in another language ({@code languages/<language>/safety.yaml}); what is null or empty is said in
 * Japanese.
 */
public record TierText(List<String> answer, String counsellorOffer, String counsellorInformed) {

    public TierText {
        answer = answer == null ? List.of() : List.copyOf(answer);
    }
}
