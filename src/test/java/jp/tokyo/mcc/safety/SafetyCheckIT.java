package jp.tokyo.mcc.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.tokyo.mcc.support.AbstractBotIT;

/** The safety net as the running bot has it, over the shipped files. */
class SafetyCheckIT extends AbstractBotIT {

    @Autowired
    SafetyCheck safety;

    @Test
    void recognisesEachTierFromTheShippedFiles() {
        assertThat(safety.check("カニューレが抜けた")).map(SafetyAlert::tier).contains(SafetyTier.EMERGENCY);
        assertThat(safety.check("もう死にたい")).map(SafetyAlert::tier).contains(SafetyTier.CRISIS);
        assertThat(safety.check("熱が39度あります")).map(SafetyAlert::tier).contains(SafetyTier.URGENT);
        assertThat(safety.check("停電しています")).map(SafetyAlert::flowState).contains("intake:disaster");
        assertThat(safety.check("緊急時の連絡先を知りたい")).isEmpty();
        assertThat(safety.assess("救急車を呼ぶ目安を教えて").reminder()).contains("119");
        assertThat(safety.assess("停電に備えて何を準備すればいい？").preparation()).isTrue();
    }
}
