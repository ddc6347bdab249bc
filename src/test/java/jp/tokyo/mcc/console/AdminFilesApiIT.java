package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import jp.tokyo.mcc.admin.internal.AdminFileVersion;
import jp.tokyo.mcc.admin.internal.AdminFileVersions;
import jp.tokyo.mcc.shared.AdminFiles;
import jp.tokyo.mcc.staff.AuditEntry;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.FamilyChat;
import jp.tokyo.mcc.support.StaffClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administrator files API (CONTRACT.md), every endpoint and its refusals, on the shared context: drafts kept
 * with their problems, publish (a new family gets the new version, a conversation under way finishes on its own),
 * rollback, versions, the audit trail without contents, and the folder as a zip. Every test leaves the live files as
 * it found them.
 */
class AdminFilesApiIT extends AbstractBotIT {

    static final String INTAKE = "intake.yaml";
    static final String OLD_LINE = "相談員に、このLINEでご相談内容を送ることもできます。どうしますか？";
    static final String NEW_LINE = "（新しい版）相談員に、このLINEでご相談内容を送ることもできます。どうしますか？";

    @Autowired
    AuditLog audit;

    @Autowired
    AdminFileVersions versions;

    @Autowired
    jp.tokyo.mcc.admin.AdminFileCatalog catalog;

    @Autowired
    AdminFiles adminFiles;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier(jp.tokyo.mcc.PersistenceConfiguration.JPA)
    org.springframework.transaction.PlatformTransactionManager jpa;

    StaffClient admin() {
        return StaffClient.admin(port);
    }

    /** A test that fails half-way leaves no draft behind for the next one. */
    @org.junit.jupiter.api.AfterEach
    void noDraftsLeft() {
        for (String path : List.of("intake.yaml", "centers.yaml", "faq/centers.yaml", "safety/emergency.yaml",
                "canned-replies.yaml", "tests/handoff.yaml")) {
            catalog.discardDraft(path, "test");
        }
    }

    @Test
    void onlyAdministratorsMayUseIt() {
        StaffClient anonymous = StaffClient.anonymous(port);
        StaffClient counsellor = StaffClient.newCounsellor(port, "kubu");
        List<StaffClient.Response> anonymousAnswers = List.of(anonymous.get("/api/admin/files"),
                anonymous.get("/api/admin/files/intake.yaml"), anonymous.put("/api/admin/drafts/intake.yaml", "x", "text/plain"),
                anonymous.post("/api/admin/publish/intake.yaml", null),
                anonymous.post("/api/admin/rollback/intake.yaml", "{\"version\":1}"),
                anonymous.get("/api/admin/versions/intake.yaml"));
        anonymousAnswers.forEach(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(401);
            assertThat(r.json().get("error").asText()).isEqualTo("unauthorized");
        });
        List<StaffClient.Response> staffAnswers = List.of(counsellor.get("/api/admin/files"),
                counsellor.get("/api/admin/files/intake.yaml"), counsellor.put("/api/admin/drafts/intake.yaml", "x", "text/plain"),
                counsellor.post("/api/admin/publish/intake.yaml", null),
                counsellor.post("/api/admin/rollback/intake.yaml", "{\"version\":1}"),
                counsellor.get("/api/admin/versions/intake.yaml"), counsellor.get("/api/admin/export"));
        staffAnswers.forEach(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(403);
            assertThat(r.json().get("error").asText()).isEqualTo("forbidden");
        });
        assertThat(admin().get("/api/admin/drafts/intake.yaml").status()).as("nothing was kept").isEqualTo(404);
    }

    @Test
    void listsEveryAdministratorFileWithItsKindAndLiveVersion() throws Exception {
        JsonNode files = admin().get("/api/admin/files").json();
        Map<String, JsonNode> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.get("path").asText(), f));
        assertThat(byPath).containsKeys("intake.yaml", "handoff.yaml", "centers.yaml", "canned-replies.yaml",
                "faq/centers.yaml", "safety/emergency.yaml", "safety/disaster.yaml", "tests/handoff.yaml");
        assertThat(byPath).doesNotContainKeys("README.md", "schema/flow.schema.json");
        assertThat(byPath.get("intake.yaml").get("kind").asText()).isEqualTo("flow");
        assertThat(byPath.get("centers.yaml").get("kind").asText()).isEqualTo("centers");
        assertThat(byPath.get("faq/centers.yaml").get("kind").asText()).isEqualTo("faq");
        assertThat(byPath.get("safety/emergency.yaml").get("kind").asText()).isEqualTo("safety");
        assertThat(byPath.get("canned-replies.yaml").get("kind").asText()).isEqualTo("canned-replies");
        assertThat(byPath.get("tests/handoff.yaml").get("kind").asText()).isEqualTo("flow-test");
        JsonNode faq = byPath.get("faq/centers.yaml");
        assertThat(faq.get("version").asInt()).isPositive();
        assertThat(faq.get("updatedAt").asText()).isNotBlank();
        assertThat(faq.get("updatedBy").asText()).isNotBlank();
        assertThat(faq.get("draft").isBoolean()).isTrue();
        List<String> names = new ArrayList<>();
        faq.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("path", "kind", "version", "updatedAt", "updatedBy", "draft");

        // the seed is the folder's text
        JsonNode centers = admin().get("/api/admin/files/centers.yaml").json();
        assertThat(centers.get("path").asText()).isEqualTo("centers.yaml");
        assertThat(centers.get("version").asInt()).isPositive();
        assertThat(centers.get("content").asText()).isEqualTo(Files.readString(Path.of("flows", "centers.yaml")));
        JsonNode emergency = admin().get("/api/admin/files/safety/emergency.yaml").json();
        assertThat(emergency.get("path").asText()).isEqualTo("safety/emergency.yaml");
    }

    @Test
    void unknownAndMalformedPathsAreNotFound() {
        assertThat(admin().get("/api/admin/files/nothing-here.yaml").status()).isEqualTo(404);
        assertThat(admin().get("/api/admin/files/faq/nothing-here.yaml").json().get("error").asText()).isEqualTo("not_found");
        assertThat(admin().put("/api/admin/drafts/schema/flow.schema.json", "{}", "text/plain").status()).isEqualTo(404);
        assertThat(admin().put("/api/admin/drafts/elsewhere/x.yaml", "a: 1", "text/plain").status()).isEqualTo(404);
        assertThat(admin().put("/api/admin/drafts/faq/..%2F..%2Fetc.yaml", "a: 1", "text/plain").status()).isIn(400, 404);
        assertThat(admin().get("/api/admin/versions/nothing/here.yaml").status()).isEqualTo(404);
        assertThat(admin().post("/api/admin/publish/nothing-here.yaml", null).status()).isEqualTo(404);
    }

    @Test
    void aDraftIsKeptWithItsProblemsAndOnlyAGoodOneIsPublishedThenRolledBack() {
        StaffClient api = admin();
        long auditedBefore = audit.about("admin-file", INTAKE).stream().mapToLong(AuditEntry::id).max().orElse(0);
        String live = api.get("/api/admin/files/" + INTAKE).json().get("content").asText();
        int liveVersion = api.get("/api/admin/files/" + INTAKE).json().get("version").asInt();
        assertThat(api.post("/api/admin/publish/" + INTAKE, null).status()).as("no draft yet").isEqualTo(404);

        // a text that is not valid YAML: 422 with line and column, and the draft is kept as typed
        String broken = live.replace("  menu:\n    say: |-", "  menu:\n    say: [unclosed\n    oops: |-");
        StaffClient.Response saved = api.put("/api/admin/drafts/" + INTAKE, broken, "text/plain; charset=UTF-8");
        assertThat(saved.status()).isEqualTo(422);
        JsonNode problem = saved.json().get("problems").get(0);
        assertThat(problem.get("line").asInt()).isGreaterThan(1);
        assertThat(problem.get("column").asInt()).isPositive();
        assertThat(problem.get("message").asText()).isNotBlank();
        assertThat(api.get("/api/admin/drafts/" + INTAKE).json().get("content").asText()).isEqualTo(broken);
        assertThat(draftFlag(api, INTAKE)).isTrue();
        StaffClient.Response refused = api.post("/api/admin/publish/" + INTAKE, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("problems")).isNotEmpty();
        assertThat(api.get("/api/admin/files/" + INTAKE).json().get("content").asText()).as("live unchanged").isEqualTo(live);

        // a family starts a conversation on the live version
        FamilyChat before = new FamilyChat(port);
        before.follow();
        before.tap("退院後のこと");

        // fixed: 200, no problems; published as the next version
        String changed = live.replace(OLD_LINE, NEW_LINE);
        StaffClient.Response fixed = api.put("/api/admin/drafts/" + INTAKE, changed, "application/yaml");
        assertThat(fixed.status()).isEqualTo(200);
        assertThat(fixed.json().get("problems")).isEmpty();
        StaffClient.Response published = api.post("/api/admin/publish/" + INTAKE, null);
        assertThat(published.status()).isEqualTo(200);
        int version = published.json().get("version").asInt();
        assertThat(version).isEqualTo(liveVersion + 1);
        assertThat(api.get("/api/admin/files/" + INTAKE).json().get("content").asText()).isEqualTo(changed);
        assertThat(api.get("/api/admin/drafts/" + INTAKE).status()).as("the draft became the version").isEqualTo(404);
        assertThat(draftFlag(api, INTAKE)).isFalse();
        assertThat(api.post("/api/admin/publish/" + INTAKE, null).status()).as("no draft any more").isEqualTo(404);
        JsonNode versions = api.get("/api/admin/versions/" + INTAKE).json();
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(version);
        assertThat(versions.get(0).get("createdBy").asText()).isEqualTo(StaffClient.ADMIN);
        assertThat(versions.get(0).get("createdAt").asText()).isNotBlank();
        assertThat(versions.size()).isGreaterThanOrEqualTo(2);
        assertThat(api.get("/api/admin/files/" + INTAKE + "?version=" + liveVersion).json().get("content").asText())
                .isEqualTo(live);

        // a new family gets the new version at once; the conversation under way finishes on the one it started with
        FamilyChat newcomer = new FamilyChat(port);
        newcomer.follow();
        newcomer.tap("退院後のこと");
        assertThat(newcomer.say("世田谷区")).contains(NEW_LINE);
        assertThat(before.say("世田谷区")).contains(OLD_LINE).doesNotContain(NEW_LINE);

        // rollback: a new version with the old text
        assertThat(api.post("/api/admin/rollback/" + INTAKE, "{\"version\":999999}").status()).isEqualTo(404);
        assertThat(api.post("/api/admin/rollback/" + INTAKE, "{}").status()).isEqualTo(400);
        assertThat(api.post("/api/admin/rollback/" + INTAKE, null).status()).isEqualTo(400);
        StaffClient.Response rolledBack = api.post("/api/admin/rollback/" + INTAKE, "{\"version\":" + liveVersion + "}");
        assertThat(rolledBack.status()).isEqualTo(200);
        assertThat(rolledBack.json().get("version").asInt()).isEqualTo(version + 1);
        assertThat(api.get("/api/admin/files/" + INTAKE).json().get("content").asText()).isEqualTo(live);
        FamilyChat after = new FamilyChat(port);
        after.follow();
        after.tap("退院後のこと");
        assertThat(after.say("世田谷区")).contains(OLD_LINE).doesNotContain(NEW_LINE);

        // audited: who did what and when, never the text
        List<AuditEntry> trail = audit.about("admin-file", INTAKE).stream().filter(e -> e.id() > auditedBefore).toList();
        assertThat(trail).extracting(AuditEntry::action).contains("FILE_DRAFT", "FILE_PUBLISH", "FILE_ROLLBACK");
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(StaffClient.ADMIN);
            assertThat(String.valueOf(e.detail())).doesNotContain("相談員", "say", "menu");
        });
    }

    @Test
    void aFlowThatBreaksAnotherFlowIsRefusedWithTheOtherFileNamed() {
        StaffClient api = admin();
        String live = api.get("/api/admin/files/" + INTAKE).json().get("content").asText();
        // handoff.yaml leads back to intake's menu; without it the set breaks
        String withoutMenu = live.replace("  menu:\n", "  menu-renamed:\n").replace("to: menu\n", "to: menu-renamed\n").replace("to: menu }", "to: menu-renamed }");
        StaffClient.Response saved = api.put("/api/admin/drafts/" + INTAKE, withoutMenu, "text/plain");
        assertThat(saved.status()).isEqualTo(422);
        assertThat(saved.json().findValuesAsText("message")).anyMatch(m -> m.contains("handoff.yaml"));
        assertThat(api.delete("/api/admin/drafts/" + INTAKE).status()).isEqualTo(204);
        assertThat(api.get("/api/admin/drafts/" + INTAKE).status()).isEqualTo(404);
        assertThat(audit.about("admin-file", INTAKE)).extracting(AuditEntry::action).contains("FILE_DRAFT_DISCARD");
    }

    @Test
    void aSessionNeedsTheCsrfTokenToSaveADraft() {
        StaffClient.Session session = new StaffClient.Session(port);
        session.login(StaffClient.ADMIN, StaffClient.ADMIN_PASSWORD);
        String token = StaffClient.Session.csrfToken(session.get("/console").body());
        String path = "canned-replies.yaml";
        String live = admin().get("/api/admin/files/" + path).json().get("content").asText();
        assertThat(session.put("/api/admin/drafts/" + path, live + "\n", null).statusCode()).isEqualTo(403);
        assertThat(session.put("/api/admin/drafts/" + path, live + "\n", token).statusCode()).isEqualTo(200);
        assertThat(session.get("/api/admin/files").statusCode()).isEqualTo(200);
        assertThat(admin().delete("/api/admin/drafts/" + path).status()).isEqualTo(204);
    }

    @Test
    void everyFileKindIsValidatedByItsModuleInJapaneseWithLineAndColumn() {
        StaffClient api = admin();
        JsonNode centers = problemsOf(api, "centers.yaml", "centers:\n  kubu:\n    name: 区部\n");
        assertThat(centers.findValuesAsText("message")).anyMatch(m -> m.contains("centers.tama：このセンターがありません"));
        JsonNode faq = problemsOf(api, "faq/centers.yaml", "entries:\n  - id: x\n    question: 質問\n");
        assertThat(faq).anySatisfy(p -> {
            assertThat(p.get("message").asText()).contains("項目「x」", "answer がありません");
            assertThat(p.get("line").asInt()).isEqualTo(2);
            assertThat(p.get("column").asInt()).isEqualTo(5);
        });
        JsonNode unknownKey = problemsOf(api, "faq/centers.yaml",
                "entries:\n  - id: x\n    question: 質問\n    answer: 答え\n    reviewed: 2026-01-01\n    anser: typo\n");
        assertThat(unknownKey).singleElement().satisfies(p -> {
            assertThat(p.get("message").asText()).contains("知らないキー「anser」");
            assertThat(p.get("line").asInt()).isEqualTo(6);
            assertThat(p.get("column").asInt()).isEqualTo(5);
        });
        assertThat(problemsOf(api, "safety/emergency.yaml", "kind: disaster\n")).isNotEmpty();
        assertThat(problemsOf(api, "canned-replies.yaml", "replies: 3\n").findValuesAsText("message"))
                .anyMatch(m -> m.contains("項目の一覧"));
        JsonNode canned = problemsOf(api, "canned-replies.yaml", "replies:\n  - title: あ\n    text: い\n  - title: う\n");
        assertThat(canned).singleElement().satisfies(p -> {
            assertThat(p.get("message").asText()).contains("2番目の項目");
            assertThat(p.get("line").asInt()).isEqualTo(4);
        });
        JsonNode test = problemsOf(api, "tests/handoff.yaml", "- user: [unclosed\n");
        assertThat(test).singleElement().satisfies(p -> assertThat(p.get("message").asText()).contains("YAMLとして読めません"));
        JsonNode flow = problemsOf(api, "intake.yaml", api.get("/api/admin/files/intake.yaml").json().get("content").asText()
                .replace("    next: center\n", "    nxet: center\n"));
        assertThat(flow.findValuesAsText("message")).anyMatch(m -> m.contains("知らないキー「nxet」")
                && m.contains("「next」のまちがいですか"));
        for (String path : List.of("centers.yaml", "faq/centers.yaml", "safety/emergency.yaml", "canned-replies.yaml",
                "tests/handoff.yaml", "intake.yaml")) {
            assertThat(api.delete("/api/admin/drafts/" + path).status()).isEqualTo(204);
        }
    }

    /** Saves a draft that has problems (422, kept) and returns them. */
    private static JsonNode problemsOf(StaffClient api, String path, String content) {
        StaffClient.Response saved = api.put("/api/admin/drafts/" + path, content, "text/plain");
        assertThat(saved.status()).as(path + " " + saved.body()).isEqualTo(422);
        JsonNode problems = saved.json().get("problems");
        problems.forEach(p -> assertThat(p.get("line").asInt()).isPositive());
        return problems;
    }

    @Test
    void theFolderGoesOutAsAZipAndComesBackAsDrafts() throws Exception {
        StaffClient api = admin();
        var export = api.getBytes("/api/admin/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, String> entries = unzip(export.body());
        assertThat(entries).containsKeys("flows/intake.yaml", "flows/faq/centers.yaml", "flows/safety/emergency.yaml");
        assertThat(entries.get("flows/centers.yaml")).isEqualTo(api.get("/api/admin/files/centers.yaml").json()
                .get("content").asText());

        String canned = entries.get("flows/canned-replies.yaml");
        Map<String, String> back = new LinkedHashMap<>();
        back.put("flows/canned-replies.yaml", canned + "\n# changed in git\n");
        back.put("flows/centers.yaml", entries.get("flows/centers.yaml"));
        back.put("flows/README.md", "not an administrator file");
        StaffClient.Response imported = api.postBytes("/api/admin/import", zip(back), "application/zip");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("drafted").toString()).contains("canned-replies.yaml");
        assertThat(imported.json().get("unchanged").toString()).contains("centers.yaml");
        assertThat(imported.json().get("ignored").toString()).contains("README.md");
        assertThat(api.get("/api/admin/drafts/canned-replies.yaml").json().get("content").asText()).endsWith("# changed in git\n");
        assertThat(api.postBytes("/api/admin/import", "not a zip".getBytes(StandardCharsets.UTF_8), "application/zip").status())
                .isEqualTo(400);
        assertThat(api.delete("/api/admin/drafts/canned-replies.yaml").status()).isEqualTo(204);
    }

    @Test
    void aVersionPublishedByAnotherProcessReachesThisOneWithinThePollInterval() {
        String path = "canned-replies.yaml";
        AdminFileVersion live = versions.findFirstByPathOrderByVersionDesc(path).orElseThrow();
        String changed = live.getContent() + "\n# published by another process\n";
        // another bot process on the same database writes the next version (not through this process's catalog)
        versions.saveAndFlush(new AdminFileVersion(path, live.getVersion() + 1, changed, AdminFileVersion.Origin.PUBLISH,
                null, java.time.Instant.now(), "elsewhere"));
        await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> adminFiles.published().file(path).map(f -> f.content().equals(changed)).orElse(false));
        assertThat(admin().get("/api/admin/files/" + path).json().get("version").asInt()).isEqualTo(live.getVersion() + 1);
        assertThat(admin().post("/api/admin/rollback/" + path, "{\"version\":" + live.getVersion() + "}").status())
                .isEqualTo(200);
        assertThat(adminFiles.published().file(path).orElseThrow().content()).isEqualTo(live.getContent());
    }

    @Test
    void oversizedAndBinaryTextsAreRefused() {
        StaffClient api = admin();
        assertThat(api.put("/api/admin/drafts/canned-replies.yaml", "a".repeat(1_000_001), "text/plain").status())
                .isEqualTo(400);
        StaffClient.Response nul = api.put("/api/admin/drafts/canned-replies.yaml", "replies: []\u0000", "text/plain");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("error").asText()).isEqualTo("bad_request");
        assertThat(api.get("/api/admin/drafts/canned-replies.yaml").status()).as("nothing kept").isEqualTo(404);
    }

    @Test
    void aRollbackToATextThatNoLongerFitsIsRefused() {
        String path = "canned-replies.yaml";
        AdminFileVersion live = versions.findFirstByPathOrderByVersionDesc(path).orElseThrow();
        // an old version from before a rule existed, then the live text again (written straight to the table, together)
        new org.springframework.transaction.support.TransactionTemplate(jpa).executeWithoutResult(t -> {
            versions.save(new AdminFileVersion(path, live.getVersion() + 1, "replies: 3\n",
                    AdminFileVersion.Origin.PUBLISH, null, java.time.Instant.now(), "long-ago"));
            versions.save(new AdminFileVersion(path, live.getVersion() + 2, live.getContent(),
                    AdminFileVersion.Origin.PUBLISH, null, java.time.Instant.now(), "long-ago"));
        });
        StaffClient.Response refused = admin().post("/api/admin/rollback/" + path,
                "{\"version\":" + (live.getVersion() + 1) + "}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("problems").findValuesAsText("message")).anyMatch(m -> m.contains("項目の一覧"));
        assertThat(versions.findFirstByPathOrderByVersionDesc(path).orElseThrow().getVersion())
                .as("no version made").isEqualTo(live.getVersion() + 2);
    }

    @Test
    void everyDraftIsPublishedTogetherOrNone() {
        StaffClient api = admin();
        String canned = api.get("/api/admin/files/canned-replies.yaml").json().get("content").asText();
        String centers = api.get("/api/admin/files/centers.yaml").json().get("content").asText();
        int cannedVersion = api.get("/api/admin/files/canned-replies.yaml").json().get("version").asInt();
        assertThat(api.put("/api/admin/drafts/canned-replies.yaml", canned + "\n# together\n", "text/plain").status())
                .isEqualTo(200);
        assertThat(api.put("/api/admin/drafts/centers.yaml", "centers: {}\n", "text/plain").status()).isEqualTo(422);
        StaffClient.Response refused = api.post("/api/admin/publish-all", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("problems")).isNotEmpty();
        assertThat(api.get("/api/admin/files/canned-replies.yaml").json().get("version").asInt())
                .as("nothing published").isEqualTo(cannedVersion);

        assertThat(api.put("/api/admin/drafts/centers.yaml", centers + "\n# together\n", "text/plain").status())
                .isEqualTo(200);
        StaffClient.Response published = api.post("/api/admin/publish-all", null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("versions").get("canned-replies.yaml").asInt()).isEqualTo(cannedVersion + 1);
        assertThat(published.json().get("versions").has("centers.yaml")).isTrue();
        assertThat(api.post("/api/admin/publish-all", null).status()).as("no drafts left").isEqualTo(404);

        // back as they were
        assertThat(api.post("/api/admin/rollback/canned-replies.yaml", "{\"version\":" + cannedVersion + "}").status())
                .isEqualTo(200);
        int centersBefore = published.json().get("versions").get("centers.yaml").asInt() - 1;
        assertThat(api.post("/api/admin/rollback/centers.yaml", "{\"version\":" + centersBefore + "}").status())
                .isEqualTo(200);
        assertThat(api.get("/api/admin/files/centers.yaml").json().get("content").asText()).isEqualTo(centers);
    }

    private static boolean draftFlag(StaffClient api, String path) {
        for (JsonNode f : api.get("/api/admin/files").json()) {
            if (f.get("path").asText().equals(path)) {
                return f.get("draft").asBoolean();
            }
        }
        throw new AssertionError(path + " not listed");
    }

    static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, String> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
