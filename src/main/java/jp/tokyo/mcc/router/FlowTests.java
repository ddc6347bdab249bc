package jp.tokyo.mcc.router;

import java.util.List;

/**
 * The conversation tests ({@code tests/*.yaml}: "the family says or taps this, the bot answers that") run against the
 * administrators' drafts, in memory: no family's conversation, no inquiry and nothing sent to LINE.
 */
public interface FlowTests {

    /** Runs every dialogue of every test file of the drafts edition, in file order. */
    List<FlowTestResult> runOnDrafts();

    /** Runs the dialogues of one test file of the drafts edition (e.g. {@code tests/handoff.yaml}). */
    List<FlowTestResult> runOnDrafts(String path);
}
