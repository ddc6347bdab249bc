package jp.tokyo.mcc.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One simulated family member's LINE account and chat with the bot. Guarded by {@link SimulatedChats}. */
final class SimulatedUser {

    /** How many chat items are kept per user (older ones are dropped). */
    static final int MAX_ENTRIES = 500;

    enum Friendship { NEW, FRIEND, BLOCKED }

    final String id;
    final String name;
    /** The language of the family's LINE app, as the stand-in's profile answers it (ja, en, zh-Hant...). */
    final String language;
    Friendship friendship = Friendship.NEW;
    Instant loadingUntil;
    long version;
    private long nextSeq = 1;
    private final List<ChatEntry> entries = new ArrayList<>();

    SimulatedUser(String id, String name) {
        this(id, name, "ja");
    }

    SimulatedUser(String id, String name, String language) {
        this.id = id;
        this.name = name;
        this.language = language == null || language.isBlank() ? "ja" : language;
    }

    long add(ChatEntry entry) {
        long seq = nextSeq++;
        entries.add(entry.numbered(seq));
        if (entries.size() > MAX_ENTRIES) {
            entries.remove(0);
        }
        version++;
        return seq;
    }

    void setStatus(long seq, String status) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).seq() == seq) {
                entries.set(i, entries.get(i).withStatus(status));
                version++;
                return;
            }
        }
    }

    List<ChatEntry> entries() {
        return List.copyOf(entries);
    }
}
