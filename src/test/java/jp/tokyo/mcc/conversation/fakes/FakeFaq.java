package jp.tokyo.mcc.conversation.fakes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.tokyo.mcc.knowledge.FaqEntry;
import jp.tokyo.mcc.knowledge.FaqHit;
import jp.tokyo.mcc.knowledge.FaqSearch;

/** A stand-in for the FAQ search (until the knowledge module is merged): two entries found by key words. */
public class FakeFaq implements FaqSearch {

    public static final FaqEntry NURSING = new FaqEntry("visiting-nursing", "訪問看護について", List.of(),
            "（テスト用の回答）訪問看護についての説明です。", "退院後のこと", null, LocalDate.of(2025, 1, 1));
    public static final FaqEntry SHORT_STAY = new FaqEntry("short-stay", "短期入所（ショートステイ）を使いたいときはどうすればいいですか", List.of(),
            "（テスト用の回答）短期入所についての説明です。", "制度・サービスを知りたい", "https://example.org/short-stay",
            LocalDate.of(2025, 1, 1));
    private static final Map<String, FaqEntry> BY_WORD = Map.of("訪問看護", NURSING, "ショートステイ", SHORT_STAY,
            "短期入所", SHORT_STAY);

    public final List<String> feedback = new CopyOnWriteArrayList<>();

    @Override
    public List<FaqHit> search(String text, int max) {
        return BY_WORD.entrySet().stream().filter(e -> text.contains(e.getKey())).map(Map.Entry::getValue).distinct()
                .limit(max).map(e -> new FaqHit(e, 10, true)).toList();
    }

    @Override
    public Optional<FaqEntry> entry(String id) {
        return List.of(NURSING, SHORT_STAY).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public void recordFeedback(String entryId, boolean resolved) {
        feedback.add(entryId + ":" + resolved);
    }
}
