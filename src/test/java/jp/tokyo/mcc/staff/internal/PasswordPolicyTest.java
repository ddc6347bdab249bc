package jp.tokyo.mcc.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Staff passwords: common and guessable ones are refused, with a reason that never quotes them. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"Password", "12345678", "short-1", "password-123", "admin-password-1", "P@ssw0rd2024!",
            "iloveyou2024", "aaaaaaaaaaaa", "123456789012", "qwertyuiop12", "abcabcabcabc", "121212121212",
            "yamada.k-is-me-2026", "Sunshine-Baseball-1", "mccbot-console-1", "tokyo-center-kubu"})
    void commonAndGuessablePasswordsAreRefused(String password) {
        assertThat(policy.problem("yamada.k", password)).as(password).isPresent()
                .hasValueSatisfying(reason -> assertThat(reason).doesNotContain(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kirin-hatoba-7319", "yuzu-sanpo-4826", "mikan-tsubaki-58", "correct horse battery staple",
            "川沿いを歩く朝のコーヒー", "Fv8#qL2m!xR9wT"})
    void longUncommonPasswordsAndPassphrasesAreAccepted(String password) {
        assertThat(policy.problem("yamada.k", password)).as(password).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p@ssw0rd", "dr@g0n"})
    void lookAlikeDigitsReadAsLetters(String password) {
        assertThat(PasswordPolicy.lookAlikes(password)).isIn("password", "dragon");
    }
}
