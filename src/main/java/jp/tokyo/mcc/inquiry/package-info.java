/**
 * Inquiries handed off to counsellors: the structured inquiry and its transcript, numbering per center and year,
 * routing to a center, the first-answer due time, the lifecycle (NEW, IN_PROGRESS, WAITING_FAMILY, CLOSED) with a
 * claim lock, staff replies through the outbox, internal notes, transfer, closing, and the audit of every view and
 * change. Implements the conversation's {@link jp.tokyo.mcc.conversation.CounsellorDesk}; the router hands a family's
 * events to their open inquiry through {@link jp.tokyo.mcc.inquiry.OpenInquiries}; staff use
 * {@link jp.tokyo.mcc.inquiry.Inquiries}; changes are published as {@link jp.tokyo.mcc.inquiry.InquiryChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inquiries")
package jp.tokyo.mcc.inquiry;
