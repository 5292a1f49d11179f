package id.slrt.caseengine.channel;

/**
 * One text message from a citizen. {@code sender} is the number as the provider gives it; {@code senderName}
 * the WhatsApp profile name when there is one.
 */
public record InboundMessage(String channel, String externalId, String sender, String senderName, String text) {
}
