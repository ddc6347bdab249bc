package jp.tokyo.mcc.conversation.internal.turn;

import java.util.function.Supplier;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.internal.ConversationProperties;
import jp.tokyo.mcc.conversation.internal.engine.Handoff;
import jp.tokyo.mcc.conversation.internal.engine.Placeholders;
import jp.tokyo.mcc.conversation.internal.engine.Texts;
import jp.tokyo.mcc.conversation.internal.library.FlowLibrary;
import jp.tokyo.mcc.directory.Directory;
import jp.tokyo.mcc.knowledge.FaqSearch;
import jp.tokyo.mcc.records.FamilyErasure;

/**
 * What the conversation works with besides the family's state: the flows, its settings and texts, and the other
 * modules it asks (looked up when needed: null while a module is missing, and the bot degrades kindly): the
 * directory, the FAQ, the counsellors' desk and the erasure of a family's data.
 */
public record Collaborators(FlowLibrary library, ConversationProperties settings, Texts texts,
                            Placeholders placeholders, Supplier<Directory> directory, Supplier<FaqSearch> faq,
                            Supplier<CounsellorDesk> desk, Supplier<FamilyErasure> erasure, Handoff handoff) {
}
