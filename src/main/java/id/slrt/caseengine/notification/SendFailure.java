package id.slrt.caseengine.notification;

/**
 * A send that did not go through. {@code permanent} failures (the provider refused the message itself, for
 * example an invalid recipient) are not retried; all others are retried with backoff.
 */
public class SendFailure extends Exception {

    private final boolean permanent;

    public SendFailure(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    public SendFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
