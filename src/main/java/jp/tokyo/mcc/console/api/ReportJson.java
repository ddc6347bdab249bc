package jp.tokyo.mcc.console.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.knowledge.FaqUse;
import jp.tokyo.mcc.reports.InquiryReport;
import jp.tokyo.mcc.reports.ResponseTimes;

/**
 * A report as the staff API shows it: the period, the centers, the counts (as the CSV rows), the monthly totals per
 * center, the first-response times in business minutes ({@code center} null: every center together), and the FAQ's
 * use in counts ({@code faq}, absent without the FAQ module).
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
record ReportJson(LocalDate from, LocalDate to, List<String> centers, long total, List<CountJson> counts,
                  List<MonthJson> monthly, List<ResponseJson> responseTimes, FaqJson faq) {

    record FaqJson(long helpful, long notHelpful, long unanswered, List<EntryJson> entries) {
    }

    record EntryJson(String entryId, String question, long helpful, long notHelpful) {
    }

    record CountJson(String month, String center, String category, String municipality, long count) {
    }

    record MonthJson(String month, Map<String, Long> centers) {
    }

    record ResponseJson(String center, int answered, int unanswered, Long medianMinutes, Long p90Minutes) {
    }

    static ReportJson of(InquiryReport r, FaqUse faq) {
        return new ReportJson(r.from(), r.to(), r.centers().stream().map(CenterId::code).toList(), r.total(),
                r.counts().stream().map(c -> new CountJson(c.month().toString(), c.center().code(), c.category(),
                        c.municipality(), c.count())).toList(),
                r.monthly().entrySet().stream().map(e -> new MonthJson(e.getKey().toString(),
                        e.getValue().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                                x -> x.getKey().code(), Map.Entry::getValue, Long::sum,
                                java.util.LinkedHashMap::new)))).toList(),
                r.responseTimes().stream().map(ReportJson::response).toList(),
                faq == null ? null : new FaqJson(faq.helpful(), faq.notHelpful(), faq.unanswered(),
                        faq.entries().stream().map(e -> new EntryJson(e.entryId(), e.question(), e.helpful(),
                                e.notHelpful())).toList()));
    }

    private static ResponseJson response(ResponseTimes t) {
        return new ResponseJson(t.center() == null ? null : t.center().code(), t.answered(), t.unanswered(),
                minutes(t.median()), minutes(t.p90()));
    }

    private static Long minutes(Duration d) {
        return d == null ? null : d.toMinutes();
    }
}
