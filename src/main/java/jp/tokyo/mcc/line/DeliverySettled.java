package jp.tokyo.mcc.line;

/**
 * A staff batch of the outbox is settled: LINE took it, or it failed for good (refused, or out of attempts). Published
 * (as a Spring application event, on the sender's thread, after the outcome is stored) so that whoever wrote it can
 * show its fate; {@link DeliveryReport#fates} tells which. Carries no message text and no LINE user id.
 *
 * @param batchId the outbox batch ({@link Outbox#push} returned it)
 */
public record DeliverySettled(long batchId) {
}
