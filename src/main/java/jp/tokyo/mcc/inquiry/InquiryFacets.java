package jp.tokyo.mcc.inquiry;

import java.util.List;

/** The values the list's filters offer, from the inquiries the actor may see. */
public record InquiryFacets(List<String> categories, List<String> municipalities, List<Assignee> assignees) {

    /** A counsellor who holds or held inquiries. */
    public record Assignee(String username, String name) {
    }

    public InquiryFacets {
        categories = List.copyOf(categories);
        municipalities = List.copyOf(municipalities);
        assignees = List.copyOf(assignees);
    }
}
