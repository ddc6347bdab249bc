package jp.tokyo.mcc.admin;

/** One version's text of a file. */
public record FileText(String path, int version, String content) {
}
