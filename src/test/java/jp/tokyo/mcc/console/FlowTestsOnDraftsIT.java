package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.admin.AdminFileCatalog;
import jp.tokyo.mcc.router.FlowTests;
import jp.tokyo.mcc.shared.FileProblem;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conversation tests (tests/*.yaml) run from the administrators' page against the drafts: all pass on the
 * shipped files; a draft that renames a menu choice fails the dialogues that tap it, named with the step; families
 * meanwhile get the published flow.
 */
class FlowTestsOnDraftsIT extends AbstractBotIT {

    @Autowired
    AdminFileCatalog catalog;

    @Autowired
    FlowTests tests;

    @AfterEach
    void discard() {
        catalog.discardDraft("intake.yaml", "test");
        catalog.discardDraft("tests/extra.yaml", "test");
    }

    @Test
    void thePageRunsTheTestsOnTheDraftsAndShowsWhatFailed() {
        StaffClient.Session admin = new StaffClient.Session(port);
        admin.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        String page = admin.get("/console/admin/files/tests").body();
        String token = StaffClient.Session.csrfToken(page);
        String allGood = admin.postForm("/console/admin/files/tests", "_csrf=" + token).body();
        assertThat(allGood).contains("すべて成功しました").doesNotContain("class=\"failed\"");

        String intake = catalog.live("intake.yaml").orElseThrow().content();
        List<FileProblem> problems = catalog.saveDraft("intake.yaml", intake.replace(
                "{ label: 退院後のこと, to: discharge }", "{ label: 退院したあと, to: discharge }"), "test");
        // no error; the renamed choice has no translation yet: warnings, with the state's line
        assertThat(FileProblem.errors(problems)).isEmpty();
        assertThat(problems).extracting(FileProblem::message)
                .contains("英語の訳がありません: intake / menu / 退院したあと");
        assertThat(problems).allMatch(FileProblem::warning);
        String failing = admin.postForm("/console/admin/files/tests", "_csrf=" + token
                + "&path=tests/handoff.yaml").body();
        assertThat(failing).contains("件が失敗しました", "class=\"failed\"", "押す「退院後のこと」のボタンがありません",
                "tests/handoff.yaml", "ボットの最後の答え", "退院したあと").doesNotContain("tests/categories.yaml");

        // a family meanwhile gets the published flow
        FamilyChat family = new FamilyChat(port);
        family.follow();
        assertThat(family.tap("退院後のこと")).anyMatch(t -> t.contains("お住まいの区市町村"));
    }

    @Test
    void aNewTestFileIsRunToo() {
        assertThat(catalog.saveDraft("tests/extra.yaml", """
                - user: follow
                - bot: { says: 存在しない言葉, offers: [退院後のこと] }
                """, "test")).isEmpty();
        assertThat(tests.runOnDrafts("tests/extra.yaml")).singleElement()
                .satisfies(r -> {
                    assertThat(r.passed()).isFalse();
                    assertThat(r.step()).isEqualTo(2);
                    assertThat(r.failure()).contains("「存在しない言葉」と言っていません");
                });
        assertThat(catalog.saveDraft("tests/extra.yaml", "- user: follow\n- jump: high\n", "test"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.column()).isEqualTo(3);
                    assertThat(p.message()).contains("知らないステップです：jump");
                });
    }
}
