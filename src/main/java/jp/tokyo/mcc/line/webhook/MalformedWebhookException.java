package jp.tokyo.mcc.line.webhook;

/** A correctly signed body that is not a LINE webhook body. */
class MalformedWebhookException extends RuntimeException {

    MalformedWebhookException(String message) {
        super(message);
    }
}
