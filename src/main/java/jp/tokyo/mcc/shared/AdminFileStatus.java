package jp.tokyo.mcc.shared;

import java.time.Instant;
import java.util.List;

/**
 * The load state of one set of administrator files, for the administrators' status page.
 *
 * @param id        which files: {@code canned-replies}, {@code centers}, {@code faq}, {@code safety-emergency},
 *                  {@code safety-disaster} (the console names them)
 * @param liveItems entries or phrases the bot is using now
 * @param loadedAt  when the files were last read
 * @param problems  why files did not go live as written (file, place, rule; never a family's words); empty when all did
 */
public record AdminFileStatus(String id, int liveItems, Instant loadedAt, List<String> problems) {

    public AdminFileStatus {
        problems = List.copyOf(problems);
    }
}
