package jp.tokyo.mcc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.admin.AdminFileCatalog;
import jp.tokyo.mcc.shared.Edition;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A simulator family marked "on drafts" gets the administrators' drafts of the flows, the FAQ and the safety words;
 * a simulator family not so marked, and every real family, gets the published files only.
 */
class SimulatorOnDraftsIT extends AbstractBotIT {

    static final String OLD_LINE = "相談員に、このLINEでご相談内容を送ることもできます。どうしますか？";
    static final String NEW_LINE = "（下書き）相談員に、このLINEでご相談内容を送ることもできます。どうしますか？";
    static final String FAQ_MARK = "（下書きの答え）";
    static final String SAFETY_MARK = "（下書きの緊急の答え）";
    static final List<String> PATHS = List.of("intake.yaml", "faq/centers.yaml", "safety/emergency.yaml");

    @Autowired
    AdminFileCatalog catalog;

    @AfterEach
    void discardDrafts() {
        PATHS.forEach(p -> catalog.discardDraft(p, "test"));
    }

    @Test
    void onlyAFamilyOnDraftsGetsTheDrafts() {
        String intake = catalog.live("intake.yaml").orElseThrow().content();
        String faq = catalog.live("faq/centers.yaml").orElseThrow().content();
        String emergency = catalog.live("safety/emergency.yaml").orElseThrow().content();
        assertThat(catalog.saveDraft("intake.yaml", intake.replace(OLD_LINE, NEW_LINE), "test")).isEmpty();
        assertThat(catalog.saveDraft("faq/centers.yaml", faq.replace("相談費用は無料です", "相談費用は無料です" + FAQ_MARK),
                "test")).isEmpty();
        String call = "すぐに119番に電話して、救急車を呼んでください。";
        assertThat(catalog.saveDraft("safety/emergency.yaml", emergency.replace(call, call + SAFETY_MARK), "test"))
                .isEmpty();

        Simulated onDrafts = new Simulated(true);
        assertThat(onDrafts.id).startsWith(Edition.DRAFT_FAMILY_PREFIX);
        assertThat(onDrafts.user().get("drafts").asBoolean()).isTrue();
        Simulated published = new Simulated(false);
        assertThat(published.user().get("drafts").asBoolean()).isFalse();

        for (Simulated family : List.of(onDrafts, published)) {
            family.follow();
            family.tap("退院後のこと");
            family.say("世田谷区");
            family.say("相談にお金はかかりますか");
            family.say("子どもが息をしていない");
        }
        assertThat(onDrafts.botTexts()).anyMatch(t -> t.contains(NEW_LINE)).anyMatch(t -> t.contains(FAQ_MARK))
                .anyMatch(t -> t.contains(SAFETY_MARK));
        assertThat(published.botTexts()).anyMatch(t -> t.contains(OLD_LINE)).noneMatch(t -> t.contains(NEW_LINE))
                .noneMatch(t -> t.contains(FAQ_MARK)).noneMatch(t -> t.contains(SAFETY_MARK))
                .anyMatch(t -> t.contains("相談費用は無料です"));

        // a real family, whatever its id looks like, never gets drafts
        FamilyChat family = new FamilyChat(port);
        family.follow();
        family.tap("退院後のこと");
        assertThat(family.say("世田谷区")).contains(OLD_LINE).doesNotContain(NEW_LINE);
        assertThat(String.join("\n", family.say("子どもが息をしていない"))).doesNotContain(SAFETY_MARK);
    }

    @Test
    void aDraftWithProblemsIsNotTriedTheLiveFileStays() {
        String intake = catalog.live("intake.yaml").orElseThrow().content();
        String broken = intake.replace(OLD_LINE, NEW_LINE).replace("next: center", "next: nowhere-at-all");
        assertThat(catalog.saveDraft("intake.yaml", broken, "test")).isNotEmpty();
        Simulated onDrafts = new Simulated(true);
        onDrafts.follow();
        onDrafts.tap("退院後のこと");
        onDrafts.say("世田谷区");
        assertThat(onDrafts.botTexts()).anyMatch(t -> t.contains(OLD_LINE)).noneMatch(t -> t.contains(NEW_LINE));
    }

    /** A simulator family driven through the simulator's page API, as an administrator (HTTP Basic). */
    final class Simulated {
        final StaffClient admin = StaffClient.admin(port);
        final String id;

        Simulated(boolean drafts) {
            StaffClient.Response created = admin.post("/simulator/api/users",
                    "{\"name\":\"" + (drafts ? "下書き" : "公開") + "\",\"drafts\":" + drafts + "}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            id = created.json().get("id").asText();
        }

        JsonNode user() {
            for (JsonNode u : admin.get("/simulator/api/users").json()) {
                if (u.get("id").asText().equals(id)) {
                    return u;
                }
            }
            throw new AssertionError("no simulated user " + id);
        }

        JsonNode entries() {
            return admin.get("/simulator/api/users/" + id + "/chat").json().path("entries");
        }

        List<String> botTexts() {
            List<String> texts = new ArrayList<>();
            for (JsonNode e : entries()) {
                if ("bot".equals(e.path("from").asText())) {
                    texts.add(e.path("text").asText());
                }
            }
            return texts;
        }

        void follow() {
            answered(() -> admin.post("/simulator/api/users/" + id + "/follow", null));
        }

        void say(String text) {
            answered(() -> admin.post("/simulator/api/users/" + id + "/messages", "{\"text\":\"" + text + "\"}"));
        }

        /** Taps the newest quick reply or template button with this label. */
        void tap(String label) {
            JsonNode action = null;
            for (JsonNode e : entries()) {
                for (JsonNode a : e.path("quickReplies")) {
                    action = label.equals(a.path("label").asText()) ? a : action;
                }
                for (JsonNode a : e.path("actions")) {
                    action = label.equals(a.path("label").asText()) ? a : action;
                }
            }
            assertThat(action).as("a choice " + label + " in " + entries()).isNotNull();
            JsonNode tapped = action;
            answered(() -> admin.post("/simulator/api/users/" + id + "/taps", tapped.toString()));
        }

        private void answered(java.util.function.Supplier<StaffClient.Response> act) {
            int before = botTexts().size();
            StaffClient.Response r = act.get();
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> botTexts().size() > before);
        }
    }
}
