package id.slrt.caseengine.channel;

/**
 * One text message from a citizen. {@code sender} is the number as the provider gives it; {@code senderName}
 * the WhatsApp profile name when there is one.
 */
public record InboundMessage(String channel, String externalId, String sender, String senderName, String text,
                             Attachment attachment) {

    /** A WhatsApp media message's file: the provider's media id, declared type, file name (documents only). */
    public record Attachment(String mediaId, String mimeType, String fileName, boolean image) {
    }

    public InboundMessage(String channel, String externalId, String sender, String senderName, String text) {
        this(channel, externalId, sender, senderName, text, null);
    }
}
