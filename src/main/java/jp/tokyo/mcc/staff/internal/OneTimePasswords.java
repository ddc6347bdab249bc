package jp.tokyo.mcc.staff.internal;

import java.security.SecureRandom;

/** One-time passwords handed to a person once (the first administrator in local mode, a reset by an administrator). */
final class OneTimePasswords {

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied (no 0/O, 1/l/I). */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String generate() {
        char[] password = new char[LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }
}
