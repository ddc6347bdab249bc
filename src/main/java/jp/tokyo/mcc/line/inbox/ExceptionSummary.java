package jp.tokyo.mcc.line.inbox;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * What may be logged of an exception met while handling a family's event: its class (and its causes' classes), the
 * place in our code, the path of a JSON field; never its message, which can quote values (Jackson quotes the input,
 * H2 and PostgreSQL the rejected value).
 */
final class ExceptionSummary {

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_]{1,40}");

    private ExceptionSummary() {
    }

    /** e.g. "IllegalStateException at jp.tokyo.mcc.conversation.Turn.next:42, caused by SQLException". */
    static String of(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("jp.tokyo.mcc.")) {
                sb.append(" at ").append(frame.getClassName()).append('.').append(frame.getMethodName())
                        .append(':').append(frame.getLineNumber());
                break;
            }
        }
        int depth = 0;
        for (Throwable cause = e.getCause(); cause != null && cause != e && depth < 5; cause = cause.getCause(), depth++) {
            sb.append(", caused by ").append(cause.getClass().getSimpleName());
        }
        return sb.toString();
    }

    /** The JSON path where the LINE SDK's model could not read a stored event, e.g. "message.text". */
    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(FIELD_NAME.matcher(ref.getFieldName()).matches() ? ref.getFieldName() : "?");
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "the event" : sb.toString();
    }
}
