/**
 * Administrator-curated FAQ ({@code flows/faq/*.yaml}), searched in Japanese with Lucene and Kuromoji; the index
 * is rebuilt when the files change. Families' "did this help?" answers are stored (counts only), and the questions
 * it could not answer (the family's words, under retention and erasure: {@code UnansweredQuestionRecords}). Others use
 * {@link jp.tokyo.mcc.knowledge.FaqSearch}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FAQ knowledge")
package jp.tokyo.mcc.knowledge;
