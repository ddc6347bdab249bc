package jp.tokyo.mcc.inquiry;

import jp.tokyo.mcc.shared.Language;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.records.ErasureReport;
import jp.tokyo.mcc.staff.StaffMember;

/**
 * What staff do with inquiries, with the access rules in one place: a counsellor (STAFF) only their own center's
 * inquiries (others are "not found"), an administrator all. Every view and change is written to the audit log.
 */
public interface Inquiries {

    /**
     * Inquiries visible to {@code actor}, newest first.
     *
     * @param center null: every center the actor may see; another center than a counsellor's own is FORBIDDEN
     * @param status null: any status
     * @param mine   only those the actor holds
     */
    List<Inquiry> list(StaffMember actor, CenterId center, InquiryStatus status, boolean mine);

    StatusCounts counts(StaffMember actor, CenterId center);

    /**
     * Inquiries visible to {@code actor} that match the query (words and filters), newest first; another center
     * than a counsellor's own is FORBIDDEN.
     */
    List<Inquiry> search(StaffMember actor, InquiryQuery query);

    /** What the list's filters offer: categories, municipalities and holders among the visible inquiries. */
    InquiryFacets facets(StaffMember actor, CenterId center);

    /** Resolves a database id or an inquiry number (K-2026-0001) that the actor may see. */
    long resolve(StaffMember actor, String idOrNumber);

    /** One inquiry with its transcript (audited as a view; the actor has read it up to now). */
    InquiryDetails get(StaffMember actor, long id);

    /** The language the inquiry's family reads (Japanese once erased), for the counsellor's label. */
    default Language familyLanguage(StaffMember actor, long id) {
        return Language.JA;
    }

    /**
     * The same for a page already open that updates itself (a live refresh): not audited again, since nobody opened
     * anything; the actor has read it up to now.
     */
    InquiryDetails refresh(StaffMember actor, long id);

    /** Of these inquiries, those the actor holds that have family messages the actor has not opened yet. */
    Set<Long> unread(StaffMember actor, Collection<Long> ids);

    /** Takes the inquiry; exactly one owner: CONFLICT when someone else holds it. */
    Inquiry claim(StaffMember actor, long id);

    /** Sends a text to the family through the outbox and records it (claims an unclaimed inquiry). */
    InquiryMessage reply(StaffMember actor, long id, String text);

    /** An internal note, never sent to the family. */
    InquiryMessage note(StaffMember actor, long id, String text);

    /** Moves the inquiry to the other center (unclaimed, NEW), noting why; the family is told kindly. */
    Inquiry transfer(StaffMember actor, long id, CenterId to, String note);

    /** Closes with an outcome; the family is told and the bot's menu is theirs again. */
    Inquiry close(StaffMember actor, long id, String outcome);

    /**
     * Erases the family behind the inquiry, as on their own request on LINE (a request made by phone): every module's
     * records of them, this inquiry and their others made anonymous; the family is told on LINE. Administrators only
     * (FORBIDDEN for counsellors); CONFLICT when the inquiry was already made anonymous (nobody is behind it any more).
     */
    ErasureReport erase(StaffMember actor, long id);

    /** Prepared replies (administrator file). */
    List<CannedReply> cannedReplies();

    /** Display name of a center, e.g. 東京都医療的ケア児支援センター（区部）. */
    String centerName(CenterId center);
}
