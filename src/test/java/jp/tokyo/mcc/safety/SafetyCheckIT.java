package jp.tokyo.mcc.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.tokyo.mcc.support.AbstractBotIT;

/** The safety net as the running bot has it, over the shipped phrase files. */
class SafetyCheckIT extends AbstractBotIT {

    @Autowired
    SafetyCheck safety;

    @Test
    void recognisesEmergenciesAndDisastersFromTheShippedFiles() {
        assertThat(safety.check("カニューレが抜けた")).map(SafetyAlert::kind).contains(SafetyAlert.Kind.EMERGENCY);
        assertThat(safety.check("停電しています")).map(SafetyAlert::flowState).contains("intake:disaster");
        assertThat(safety.check("緊急時の連絡先を知りたい")).isEmpty();
    }
}
