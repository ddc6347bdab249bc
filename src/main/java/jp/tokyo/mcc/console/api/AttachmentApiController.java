package jp.tokyo.mcc.console.api;

import java.nio.charset.StandardCharsets;

import jp.tokyo.mcc.inquiry.Inquiries;
import jp.tokyo.mcc.inquiry.InquiryAttachment;
import jp.tokyo.mcc.inquiry.InquiryAttachments;
import jp.tokyo.mcc.staff.CurrentStaff;
import jp.tokyo.mcc.staff.StaffMember;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/inquiries/{id}/attachments/{attachmentId}}: the bytes a family sent, with the content type they were
 * found to be (docs/contract.md), under the inquiry's visibility rules, each read audited. Pictures are shown inline
 * (the console's thumbnails), everything else is a download; the browser never guesses a type
 * ({@code X-Content-Type-Options: nosniff}) and runs nothing of it (a sandboxing Content-Security-Policy). The ETag is
 * the bytes' SHA-256: a browser that has them is answered 304 (not audited: nothing was read). {@code private,
 * no-cache}: no shared cache keeps them, the browser asks each time.
 */
@RestController
class AttachmentApiController {

    private final Inquiries inquiries;
    private final InquiryAttachments attachments;
    private final CurrentStaff current;

    AttachmentApiController(Inquiries inquiries, InquiryAttachments attachments, CurrentStaff current) {
        this.inquiries = inquiries;
        this.attachments = attachments;
        this.current = current;
    }

    @GetMapping("/api/inquiries/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> get(@PathVariable String id, @PathVariable long attachmentId,
                               @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        StaffMember actor = current.require();
        long inquiryId = inquiries.resolve(actor, id);
        InquiryAttachment described = attachments.describe(actor, inquiryId, attachmentId);
        String etag = "\"" + described.sha256() + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache()).build();
        }
        InquiryAttachments.Content content = attachments.read(actor, inquiryId, attachmentId);
        InquiryAttachment a = content.attachment();
        ContentDisposition disposition = (a.isPicture() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName(a), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(content.bytes().length)
                .eTag(etag)
                .cacheControl(cache())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
                .body(content.bytes());
    }

    private static CacheControl cache() {
        return CacheControl.noCache().cachePrivate();
    }

    /** The family's file name for a file (without path or control characters), else one made of the ids. */
    private static String fileName(InquiryAttachment a) {
        if (a.fileName() != null) {
            String name = a.fileName().replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
            if (!name.isEmpty()) {
                return name;
            }
        }
        return "attachment-" + a.id() + extension(a.contentType());
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/gif" -> ".gif";
            case "image/webp" -> ".webp";
            case "image/heic" -> ".heic";
            case "application/pdf" -> ".pdf";
            case "video/mp4" -> ".mp4";
            case "video/quicktime" -> ".mov";
            case "video/3gpp" -> ".3gp";
            case "audio/mp4" -> ".m4a";
            case "audio/mpeg" -> ".mp3";
            default -> "";
        };
    }
}
