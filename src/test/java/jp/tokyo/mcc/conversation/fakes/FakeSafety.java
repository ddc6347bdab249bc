package jp.tokyo.mcc.conversation.fakes;

import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.safety.SafetyAlert;
import jp.tokyo.mcc.safety.SafetyCheck;

/** A stand-in for the safety net (until the safety module is merged). */
public class FakeSafety implements SafetyCheck {

    @Override
    public Optional<SafetyAlert> check(String text) {
        if (text.contains("息をしていない") || text.contains("呼吸が止まった")) {
            return Optional.of(new SafetyAlert(SafetyAlert.Kind.EMERGENCY,
                    List.of("（テスト）いますぐ119番に電話してください。"), null));
        }
        if (text.contains("地震") || text.contains("停電")) {
            return Optional.of(new SafetyAlert(SafetyAlert.Kind.DISASTER,
                    List.of("（テスト）まず身の安全を守ってください。"), "intake:disaster"));
        }
        return Optional.empty();
    }
}
