package jp.tokyo.mcc.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jp.tokyo.mcc.conversation.CounsellorDesk;
import jp.tokyo.mcc.conversation.HandoffReceipt;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.inquiry.InquiryAssignments;
import jp.tokyo.mcc.inquiry.InquiryException;
import jp.tokyo.mcc.inquiry.InquiryLabel;
import jp.tokyo.mcc.inquiry.InquiryLabels;
import jp.tokyo.mcc.staff.AuditLog;
import jp.tokyo.mcc.staff.StaffAccounts;
import jp.tokyo.mcc.staff.StaffMember;
import jp.tokyo.mcc.support.AbstractBotIT;
import jp.tokyo.mcc.support.Handoffs;
import jp.tokyo.mcc.support.StaffClient;
import jp.tokyo.mcc.support.Webhooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Handing an inquiry to a colleague of its center, and the labels a center defines and puts on its inquiries. */
class InquiryTeamworkIT extends AbstractBotIT {

    @Autowired
    CounsellorDesk desk;

    @Autowired
    InquiryAssignments assignments;

    @Autowired
    InquiryLabels labels;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    AuditLog audit;

    private StaffMember member(StaffClient client) {
        return accounts.find(client.username()).orElseThrow();
    }

    private long idOf(HandoffReceipt receipt) {
        return StaffClient.admin(port).get("/api/inquiries/" + receipt.inquiryNumber()).json().path("id").asLong();
    }

    @Test
    void anInquiryGoesToAColleagueOfItsCenterOnly() {
        StaffClient sato = StaffClient.newCounsellor(port, "kubu");
        StaffClient suzuki = StaffClient.newCounsellor(port, "kubu");
        StaffClient tanaka = StaffClient.newCounsellor(port, "kubu");
        StaffClient tama = StaffClient.newCounsellor(port, "tama");
        long id = idOf(desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.KUBU)));

        assertThat(assignments.colleagues(member(sato), id)).extracting(InquiryAssignments.Colleague::username)
                .contains(sato.username(), suzuki.username()).doesNotContain(tama.username(), StaffClient.ADMIN);
        assertThatThrownBy(() -> assignments.assign(member(sato), id, tama.username()))
                .isInstanceOf(InquiryException.class).hasFieldOrPropertyWithValue("reason", InquiryException.Reason.INVALID);
        assertThatThrownBy(() -> assignments.assign(member(tama), id, tama.username()))
                .hasFieldOrPropertyWithValue("reason", InquiryException.Reason.NOT_FOUND);

        // nobody holds it: anyone of the center hands it over; then only its holder (or an administrator)
        assertThat(assignments.assign(member(sato), id, suzuki.username()).ownerUsername()).isEqualTo(suzuki.username());
        assertThatThrownBy(() -> assignments.assign(member(tanaka), id, tanaka.username()))
                .hasFieldOrPropertyWithValue("reason", InquiryException.Reason.CONFLICT);
        assertThat(assignments.assign(member(suzuki), id, tanaka.username()).ownerUsername())
                .isEqualTo(tanaka.username());
        assertThat(sato.get("/api/inquiries/" + id).json().path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(audit.about("inquiry", String.valueOf(id))).filteredOn(e -> e.action().equals("ASSIGN")).hasSize(2);

        // through the console's form
        StaffClient.Session session = new StaffClient.Session(port);
        session.login(tanaka.username(), StaffClient.PASSWORD);
        String page = session.get("/console/inquiries/" + id).body();
        assertThat(page).contains("担当を割り当てる", "id=\"assign-to\"");
        String token = StaffClient.Session.csrfToken(page);
        session.postForm("/console/inquiries/" + id + "/assign", "_csrf=" + token + "&username=" + sato.username());
        assertThat(sato.get("/api/inquiries/" + id).json().path("owner").asText()).isEqualTo(sato.username());
        assertThat(sato.get("/api/inquiries/" + id).json().toString()).contains("さんを担当にしました");
    }

    @Test
    void aCentersLabelsGoOnItsInquiriesAndFilterTheList() {
        StaffClient kubu = StaffClient.newCounsellor(port, "kubu");
        StaffClient tama = StaffClient.newCounsellor(port, "tama");
        long first = idOf(desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.KUBU)));
        long second = idOf(desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.KUBU)));
        long tamaInquiry = idOf(desk.open(Handoffs.request(Webhooks.newUserId(), CenterId.TAMA)));
        String name = "電話済み" + System.nanoTime() % 100000;

        InquiryLabel called = labels.apply(member(kubu), first, name);
        assertThat(called.center()).isEqualTo(CenterId.KUBU);
        assertThat(labels.define(member(kubu), CenterId.KUBU, " " + name + " ").id()).as("same name, same label")
                .isEqualTo(called.id());
        assertThat(labels.defined(member(tama), null)).doesNotContain(called);
        assertThatThrownBy(() -> labels.apply(member(tama), tamaInquiry, called.id()))
                .hasFieldOrPropertyWithValue("reason", InquiryException.Reason.INVALID);
        assertThatThrownBy(() -> labels.define(member(tama), CenterId.KUBU, "よその"))
                .hasFieldOrPropertyWithValue("reason", InquiryException.Reason.FORBIDDEN);
        assertThatThrownBy(() -> labels.apply(member(kubu), first, "  "))
                .hasFieldOrPropertyWithValue("reason", InquiryException.Reason.INVALID);

        // the list shows and filters by it (page and API); taking it off
        StaffClient.Session session = new StaffClient.Session(port);
        session.login(kubu.username(), StaffClient.PASSWORD);
        String list = session.get("/console?label=" + called.id()).body();
        assertThat(list).contains("検索結果 1 件", name);
        assertThat(kubu.get("/api/inquiries?label=" + called.id()).json().findValuesAsText("id"))
                .containsExactly(String.valueOf(first));
        String page = session.get("/console/inquiries/" + second).body();
        String token = StaffClient.Session.csrfToken(page);
        session.postForm("/console/inquiries/" + second + "/labels", "_csrf=" + token + "&labelId=" + called.id());
        assertThat(kubu.get("/api/inquiries?label=" + called.id()).json().findValuesAsText("id"))
                .containsExactlyInAnyOrder(String.valueOf(first), String.valueOf(second));
        session.postForm("/console/inquiries/" + first + "/labels/" + called.id() + "/remove", "_csrf=" + token);
        assertThat(kubu.get("/api/inquiries?label=" + called.id()).json().findValuesAsText("id"))
                .containsExactly(String.valueOf(second));
        session.postForm("/console/inquiries/" + first + "/labels", "_csrf=" + token + "&name="
                + URLEncoder.encode("訪問調整中", StandardCharsets.UTF_8));
        assertThat(session.get("/console/inquiries/" + first).body()).contains("訪問調整中", "ラベル「訪問調整中」を外す");
        assertThat(audit.about("inquiry", String.valueOf(first))).extracting(e -> e.action())
                .contains("LABEL_ADD", "LABEL_REMOVE");
    }
}
