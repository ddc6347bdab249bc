package jp.tokyo.mcc.line;

/** A message that would break one of LINE's limits; it is refused before anything is stored or sent. */
public class MessageLimitException extends IllegalArgumentException {

    public MessageLimitException(String message) {
        super(message);
    }
}
