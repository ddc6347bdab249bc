package jp.tokyo.mcc.knowledge.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.knowledge.FaqReports;
import jp.tokyo.mcc.knowledge.FaqUse;

/** {@link FaqReports} from the stored questions without a good answer and the stored feedback. */
@Service
class FaqUseReport implements FaqReports {

    private final UnansweredQuestions questions;
    private final FaqFeedbackReplies feedback;
    private final FaqKnowledgeBase knowledge;

    FaqUseReport(UnansweredQuestions questions, FaqFeedbackReplies feedback, FaqKnowledgeBase knowledge) {
        this.questions = questions;
        this.feedback = feedback;
        this.knowledge = knowledge;
    }

    @Override
    public List<Gap> unanswered(int limit) {
        return questions.grouped(UnansweredQuestions.UNANSWERED, limit);
    }

    @Override
    public List<Gap> notHelpful(int limit) {
        return questions.grouped(UnansweredQuestions.NOT_HELPFUL, limit);
    }

    @Override
    public List<EntryFeedback> feedbackByEntry() {
        return byEntry(feedback.countsByEntry());
    }

    @Override
    public FaqUse use(Instant from, Instant to) {
        List<EntryFeedback> entries = byEntry(feedback.countsByEntry(from, to));
        return new FaqUse(entries.stream().mapToLong(EntryFeedback::helpful).sum(),
                entries.stream().mapToLong(EntryFeedback::notHelpful).sum(),
                questions.count(UnansweredQuestions.UNANSWERED, from, to), entries);
    }

    private List<EntryFeedback> byEntry(List<FaqFeedbackReplies.Counts> counts) {
        return counts.stream()
                .map(c -> new EntryFeedback(c.entryId(), knowledge.entry(c.entryId()).map(FaqEntry::question)
                        .orElse(null), c.helpful(), c.notHelpful()))
                .sorted(Comparator.comparingLong(EntryFeedback::notHelpful).reversed()
                        .thenComparing(Comparator.comparingLong(EntryFeedback::total).reversed())
                        .thenComparing(EntryFeedback::entryId))
                .toList();
    }
}
