package jp.tokyo.mcc.conversation;

import java.util.Optional;

/** Reads a flow file's text into a {@link FlowPreview} (for the administrators' diagram and preview). */
public interface FlowPreviews {

    /** The preview of a text as the flow file {@code fileName}; empty when it is no flow file or cannot be read. */
    Optional<FlowPreview> preview(String fileName, String content);
}
