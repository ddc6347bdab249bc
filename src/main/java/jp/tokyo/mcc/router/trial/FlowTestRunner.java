package jp.tokyo.mcc.router.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.tokyo.mcc.conversation.ConversationTrials;
import jp.tokyo.mcc.router.FlowTestResult;
import jp.tokyo.mcc.router.FlowTests;
import jp.tokyo.mcc.safety.SafetyCheck;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.shared.Edition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Runs the conversation tests of the drafts edition, each dialogue on a new {@link TrialBot}, all in memory. */
@Service
class FlowTestRunner implements FlowTests {

    private static final Logger log = LoggerFactory.getLogger(FlowTestRunner.class);

    private final AdminFiles files;
    private final ConversationTrials trials;
    private final ObjectProvider<SafetyCheck> safety;
    private final MessageSource messages;

    FlowTestRunner(AdminFiles files, ConversationTrials trials, ObjectProvider<SafetyCheck> safety,
                   MessageSource messages) {
        this.files = files;
        this.trials = trials;
        this.safety = safety;
        this.messages = messages;
    }

    @Override
    public List<FlowTestResult> runOnDrafts() {
        return runFiles(null);
    }

    @Override
    public List<FlowTestResult> runOnDrafts(String path) {
        return runFiles(path);
    }

    private List<FlowTestResult> runFiles(String only) {
        // the test files of the drafts; each dialogue's family is on drafts (TrialBot), so the router answers from them
        return Edition.DRAFTS.call(() -> {
            List<FlowTestResult> results = new ArrayList<>();
            for (AdminFile file : files.drafts().files(FlowTestFileKind.FOLDER, ".yaml")) {
                if (only != null && !only.equals(file.path())) {
                    continue;
                }
                List<Dialogue> dialogues;
                try {
                    dialogues = Dialogue.read(file.path(), file.content());
                } catch (RuntimeException e) {
                    results.add(new FlowTestResult(file.path(), null, false, 0,
                            text("router.tests.unreadable", e.getMessage()), null));
                    continue;
                }
                dialogues.forEach(d -> results.add(run(d)));
            }
            long failed = results.stream().filter(r -> !r.passed()).count();
            log.info("conversation tests on the drafts: {} run, {} failed", results.size(), failed);
            return results;
        });
    }

    private FlowTestResult run(Dialogue dialogue) {
        try {
            DialogueRunner.run(dialogue, new TrialBot(trials, safety.getIfAvailable()));
            return new FlowTestResult(dialogue.file(), dialogue.name(), true, 0, null, null);
        } catch (DialogueFailure f) {
            return new FlowTestResult(dialogue.file(), dialogue.name(), false, f.step(), f.getMessage(), f.lastAnswer());
        } catch (RuntimeException e) {
            return new FlowTestResult(dialogue.file(), dialogue.name(), false, 0,
                    text("router.dialogue.error", e.getClass().getSimpleName()), null);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.JAPANESE);
    }
}
