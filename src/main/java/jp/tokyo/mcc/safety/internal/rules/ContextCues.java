package jp.tokyo.mcc.safety.internal.rules;

/**
 * {@code flows/safety/context.yaml}: the words that tell a present emergency from talk about one, and the one-line
 * reminder for the cases in between. How each kind of cue weighs is fixed (flows/safety/README.md):
 *
 * @param reminder one line put above the normal answer when a sign is seen but the context says it is not happening now
 * @param present  it is happening now (今, まだ, どうしよう, 助けて): the full answer, even in a question; a verb cue
 *                 (止まらない, 続いている) only when it is not in the past tense (止まらなかった)
 * @param calm     it is over (落ち着いた, おさまった, 戻った), said after the sign: one tier lower
 * @param past     the sign's clause is about the past (先週, 去年, 以前) and its verb is in the past tense
 * @param frame    the sign's clause is about learning, preparing or preventing (講習, 予防, 事前に, もしも)
 * @param about    right after the sign: a question about it, not the thing itself (目安, 方法, 〜たら, 〜とき)
 * @param supposing in the sign's sentence: a supposition (もし, 万が一, 仮に), even with present words in it
 *                 (もしカニューレが抜けたらどうしよう)
 * @param worry    disasters only: a worry (停電が心配です) is preparation, unless the disaster is happening
 *                 (停電しています, 台風が来ていて心配)
 */
public record ContextCues(String reminder, Concept present, Concept calm, Concept past, Concept frame,
                          Concept about, Concept supposing, Concept worry) {
}
