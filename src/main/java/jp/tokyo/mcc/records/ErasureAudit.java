package jp.tokyo.mcc.records;

/**
 * Where an erasure's audit line goes: who asked, how, and the counts, never contents or the LINE user id. Implemented
 * outside this module (the inquiry module writes it to the staff audit log), so that the records module, which every
 * module that keeps family data depends on, depends on none of them.
 */
public interface ErasureAudit {

    /** The family was erased on {@code request}; {@code counts} says how much went in each module. */
    void erased(ErasureRequest request, RecordCounts counts);
}
