package jp.tokyo.mcc.knowledge.internal;

import java.time.Instant;

import jp.tokyo.mcc.records.FamilyRecords;
import jp.tokyo.mcc.records.RecordCounts;
import jp.tokyo.mcc.records.Retention;
import org.springframework.stereotype.Component;

/**
 * The questions the FAQ could not answer (the family's words and LINE user id) under retention and erasure: a
 * family's erasure deletes all of theirs; the daily purge deletes those asked longer ago than the conversation
 * retention period, as it does the transcript they were written in. The "did this help?" counts hold neither words
 * nor user ids and stay.
 */
@Component
class UnansweredQuestionRecords implements FamilyRecords {

    private final UnansweredQuestions questions;

    UnansweredQuestionRecords(UnansweredQuestions questions) {
        this.questions = questions;
    }

    @Override
    public String name() {
        return "knowledge";
    }

    @Override
    public RecordCounts erase(String userId) {
        return RecordCounts.of("questions", questions.deleteFor(userId));
    }

    @Override
    public RecordCounts purge(Retention retention, Instant now) {
        return RecordCounts.of("questions", questions.deleteAskedBefore(retention.conversationsBefore(now)));
    }
}
