package id.slrt.caseengine.notification;

/**
 * Delivers one message over one channel. Implementations: {@link WhatsAppCloudSender},
 * {@link SmsGatewaySender} and the embedded default's {@link LocalRecordingSender}.
 */
public interface MessageSender {

    /** Short name for logs and the outbox view, for example {@code whatsapp-cloud}. */
    String name();

    /** @return the provider's message id, or null when the provider gives none */
    String send(OutboundMessage message) throws SendFailure;
}
