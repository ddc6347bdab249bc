package jp.tokyo.mcc.console.web;

import jp.tokyo.mcc.inquiry.InquiryException;

/** Japanese wording of refused actions for the console's pages. */
final class ConsoleMessages {

    private ConsoleMessages() {
    }

    static String of(InquiryException e) {
        return switch (e.code()) {
            case "claimed" -> "ほかの相談員が担当しています。";
            case "closed" -> "この相談は終了しています。";
            case "empty" -> "本文が空です。";
            case "too_long" -> "LINEで送れるのは5000文字までです。短くしてください。";
            case "line_limit" -> "LINEの制限のため送れません。";
            case "center" -> "移す先のセンターを選んでください。";
            default -> "できませんでした。";
        };
    }
}
