package jp.tokyo.mcc.reports.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tokyo.mcc.calendar.CalendarProperties;
import jp.tokyo.mcc.calendar.CenterCalendar;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.InquiryFacts;
import jp.tokyo.mcc.inquiry.InquiryStatistics;
import jp.tokyo.mcc.knowledge.FaqReports;
import jp.tokyo.mcc.knowledge.FaqUse;
import jp.tokyo.mcc.reports.InquiryCount;
import jp.tokyo.mcc.reports.InquiryReport;
import jp.tokyo.mcc.reports.ReportException;
import jp.tokyo.mcc.reports.ReportQuery;
import jp.tokyo.mcc.reports.Reports;
import jp.tokyo.mcc.reports.ResponseTimes;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Counts the inquiries of a period the staff member may see, by month, center, category and municipality. */
@Service
class ReportService implements Reports {

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private final InquiryStatistics statistics;
    private final CenterCalendar calendar;
    private final ZoneId zone;
    private final ObjectProvider<FaqReports> faq;

    ReportService(InquiryStatistics statistics, CenterCalendar calendar, CalendarProperties calendarProperties,
                  ObjectProvider<FaqReports> faq) {
        this.statistics = statistics;
        this.calendar = calendar;
        this.zone = calendarProperties.zone();
        this.faq = faq;
    }

    @Override
    public java.util.Optional<FaqUse> faq(StaffMember actor, ReportQuery query) {
        centers(actor, query.center()); // the same access rule as the inquiries'
        FaqReports reports = faq.getIfAvailable();
        return reports == null ? java.util.Optional.empty() : java.util.Optional.of(reports.use(
                query.from().atStartOfDay(zone).toInstant(), query.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }

    @Override
    public InquiryReport inquiries(StaffMember actor, ReportQuery query) {
        Set<CenterId> centers = centers(actor, query.center());
        Instant from = query.from().atStartOfDay(zone).toInstant();
        Instant to = query.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<InquiryFacts> facts = statistics.opened(centers, from, to);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(query.from()); !m.isAfter(YearMonth.from(query.to())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return new InquiryReport(query.from(), query.to(), List.copyOf(centers), months, counts(facts),
                monthly(facts, months, centers), tally(facts, InquiryFacts::category),
                tally(facts, InquiryFacts::municipality), responseTimes(facts, centers), facts.size());
    }

    /** A counsellor: their own center only; an administrator: the one asked for, or all. */
    private static Set<CenterId> centers(StaffMember actor, CenterId asked) {
        if (asked != null) {
            if (!actor.canSee(asked)) {
                throw new ReportException(ReportException.Reason.FORBIDDEN, "forbidden",
                        "you can see the reports of your own center only");
            }
            return EnumSet.of(asked);
        }
        if (actor.isAdmin()) {
            return EnumSet.allOf(CenterId.class);
        }
        return actor.center() == null ? EnumSet.noneOf(CenterId.class) : EnumSet.of(actor.center());
    }

    private YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(zone));
    }

    private List<InquiryCount> counts(List<InquiryFacts> facts) {
        record Key(YearMonth month, CenterId center, String category, String municipality) {
        }
        Map<Key, Long> counted = facts.stream().collect(Collectors.groupingBy(
                f -> new Key(month(f.createdAt()), f.center(), blankToNull(f.category()), blankToNull(f.municipality())),
                Collectors.counting()));
        return counted.entrySet().stream()
                .map(e -> new InquiryCount(e.getKey().month(), e.getKey().center(), e.getKey().category(),
                        e.getKey().municipality(), e.getValue()))
                .sorted(Comparator.comparing(InquiryCount::month).thenComparing(InquiryCount::center)
                        .thenComparing(InquiryCount::category, NULLS_LAST)
                        .thenComparing(InquiryCount::municipality, NULLS_LAST))
                .toList();
    }

    private Map<YearMonth, Map<CenterId, Long>> monthly(List<InquiryFacts> facts, List<YearMonth> months,
                                                        Set<CenterId> centers) {
        Map<YearMonth, Map<CenterId, Long>> monthly = new TreeMap<>();
        for (YearMonth m : months) {
            Map<CenterId, Long> perCenter = new EnumMap<>(CenterId.class);
            centers.forEach(c -> perCenter.put(c, 0L));
            monthly.put(m, perCenter);
        }
        for (InquiryFacts f : facts) {
            monthly.get(month(f.createdAt())).merge(f.center(), 1L, Long::sum);
        }
        return monthly;
    }

    /** How many per value, most first (then by value); null for a missing value. */
    private static Map<String, Long> tally(List<InquiryFacts> facts, Function<InquiryFacts, String> value) {
        Map<String, Long> counted = new TreeMap<>(NULLS_LAST);
        facts.forEach(f -> counted.merge(blankToNull(value.apply(f)), 1L, Long::sum));
        Map<String, Long> ordered = new LinkedHashMap<>();
        counted.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private List<ResponseTimes> responseTimes(List<InquiryFacts> facts, Set<CenterId> centers) {
        List<ResponseTimes> times = new ArrayList<>();
        for (CenterId center : centers) {
            times.add(responseTimes(center, facts.stream().filter(f -> f.center() == center).toList()));
        }
        if (centers.size() > 1) {
            times.add(responseTimes(null, facts));
        }
        return times;
    }

    private ResponseTimes responseTimes(CenterId center, List<InquiryFacts> facts) {
        List<Duration> waits = facts.stream().filter(f -> f.firstAnsweredAt() != null)
                .map(f -> calendar.businessTimeBetween(f.createdAt(), f.firstAnsweredAt()))
                .map(d -> d.isNegative() ? Duration.ZERO : d)
                .sorted().toList();
        int unanswered = (int) facts.stream().filter(f -> f.firstAnsweredAt() == null).count();
        return new ResponseTimes(center, waits.size(), unanswered, Percentiles.median(waits),
                Percentiles.nearestRank(waits, 90));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
