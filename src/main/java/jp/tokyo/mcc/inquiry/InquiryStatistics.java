package jp.tokyo.mcc.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.directory.CenterId;

/**
 * What the centers' reports count (no access rules here: the reports module applies them). Inquiries made on the
 * built-in simulator are left out: they are an administrator trying the bot, not a family.
 */
public interface InquiryStatistics {

    /** Inquiries handed over in {@code [from, to)} to one of the centers, oldest first. */
    List<InquiryFacts> opened(Set<CenterId> centers, Instant from, Instant to);
}
