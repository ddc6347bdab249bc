package jp.tokyo.mcc.conversation.internal.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.shared.Language;

/**
 * One family's conversation: where they are (flow, the flow's version, state), what they answered (slots), the
 * choices of the last reply, failed answers, a side question, and a short transcript for the counsellor
 * (sensitive: stored, never logged).
 */
public final class ConversationState {

    public enum Status { ACTIVE, ENDED }

    private final String userId;
    private Status status = Status.ACTIVE;
    private String flowId;
    private String flowVersion;
    private String stateId;
    private Map<String, Object> slots = new LinkedHashMap<>();
    private int retries;
    private int turn;
    private List<Offer> offers = new ArrayList<>();
    private Pending pending;
    private Transcript transcript = Transcript.empty();
    private Instant startedAt;
    private Instant lastActivity;
    private FamilyLanguage language = FamilyLanguage.UNKNOWN;
    private boolean languageChosenNow;
    /** The cache's generation when the state was read ({@link ConversationStateCache}); -1: not read from the store. */
    private long readAt = -1;

    public ConversationState(String userId, Instant now) {
        this.userId = userId;
        this.startedAt = now;
        this.lastActivity = now;
    }

    public String userId() {
        return userId;
    }

    public Status status() {
        return status;
    }

    public void status(Status status) {
        this.status = status;
    }

    public String flowId() {
        return flowId;
    }

    public String flowVersion() {
        return flowVersion;
    }

    public String stateId() {
        return stateId;
    }

    /** Moves to a state of a flow version. */
    public void at(String flowId, String flowVersion, String stateId) {
        this.flowId = flowId;
        this.flowVersion = flowVersion;
        this.stateId = stateId;
    }

    public Map<String, Object> slots() {
        return slots;
    }

    public void slots(Map<String, Object> slots) {
        this.slots = new LinkedHashMap<>(slots);
    }

    public int retries() {
        return retries;
    }

    public void retries(int retries) {
        this.retries = retries;
    }

    public int turn() {
        return turn;
    }

    public void turn(int turn) {
        this.turn = turn;
    }

    public List<Offer> offers() {
        return offers;
    }

    public void offers(List<Offer> offers) {
        this.offers = new ArrayList<>(offers);
    }

    public Pending pending() {
        return pending;
    }

    public void pending(Pending pending) {
        this.pending = pending;
    }

    public Transcript transcript() {
        return transcript;
    }

    public void transcript(Transcript transcript) {
        this.transcript = transcript;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public void startedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant lastActivity() {
        return lastActivity;
    }

    public void lastActivity(Instant lastActivity) {
        this.lastActivity = lastActivity;
    }

    /** The language the family reads (Japanese until their profile or their choice says otherwise). */
    public Language language() {
        return language.language();
    }

    /** What is stored of the family's language (read with the state). */
    public FamilyLanguage familyLanguage() {
        return language;
    }

    public void familyLanguage(FamilyLanguage language) {
        this.language = language == null ? FamilyLanguage.UNKNOWN : language;
    }

    /** The family chose a language (the ことば / Language switch): it wins over their LINE profile. */
    public void chooseLanguage(Language chosen) {
        this.language = language.chosen(chosen);
        this.languageChosenNow = true;
    }

    /** Whether the family chose a language since the state was loaded (to store). */
    public boolean languageChosenNow() {
        return languageChosenNow;
    }

    long readAt() {
        return readAt;
    }

    void readAt(long generation) {
        this.readAt = generation;
    }

    /** Starts over: no slots, no side question, no transcript. */
    public void reset(Instant now) {
        status = Status.ACTIVE;
        slots.clear();
        retries = 0;
        pending = null;
        transcript.clear();
        startedAt = now;
        lastActivity = now;
    }
}
