package jp.tokyo.mcc.records.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.tokyo.mcc.records.ErasureAudit;
import jp.tokyo.mcc.records.ErasureReport;
import jp.tokyo.mcc.records.ErasureRequest;
import jp.tokyo.mcc.records.FamilyErasure;
import jp.tokyo.mcc.records.FamilyRecords;
import jp.tokyo.mcc.records.RecordCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks every module to erase the family's records, in one transaction; audits ({@link ErasureAudit}) and logs the counts
 * only.
 */
@Service
class ErasureService implements FamilyErasure {

    private static final Logger log = LoggerFactory.getLogger(ErasureService.class);

    private final ObjectProvider<FamilyRecords> modules;
    private final CompactionFlag compaction;
    private final ObjectProvider<ErasureAudit> audit;
    private final Clock clock;

    ErasureService(ObjectProvider<FamilyRecords> modules, CompactionFlag compaction, ObjectProvider<ErasureAudit> audit,
                   Optional<Clock> clock) {
        this.modules = modules;
        this.compaction = compaction;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional
    public ErasureReport erase(String userId, ErasureRequest request) {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("no family to erase");
        }
        Instant now = clock.instant();
        RecordCounts counts = RecordCounts.none();
        List<FamilyRecords> all = modules.orderedStream().toList();
        for (FamilyRecords module : all) {
            counts.addAll(module.name(), module.erase(userId));
        }
        compaction.markDue(now);
        audit.orderedStream().forEach(a -> a.erased(request, counts));
        log.info("family data erased on request ({}): {}", request.channel().name().toLowerCase(), counts);
        return new ErasureReport(counts, now);
    }
}
