package jp.tokyo.mcc.records;

/**
 * Erasure on request: everything a family left with the bot is erased in every module (their conversation, the
 * webhook bodies and messages stored for them, their inquiries' free text and personal fields...), anonymous counts
 * stay for reports. One transaction: the caller's when there is one (the family's confirming event), else its own.
 * Audited with who asked, how, and the counts; never contents, never the LINE user id.
 */
public interface FamilyErasure {

    ErasureReport erase(String userId, ErasureRequest request);
}
