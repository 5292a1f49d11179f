package id.slrt.caseengine.notification;

import java.util.Map;

/** The sender for each channel ({@code WHATSAPP}, {@code SMS}). */
public class MessageSenders {

    private final Map<String, MessageSender> byChannel;

    public MessageSenders(Map<String, MessageSender> byChannel) {
        this.byChannel = Map.copyOf(byChannel);
    }

    /** @throws SendFailure (permanent) for a channel nobody can send on */
    public MessageSender forChannel(String channel) throws SendFailure {
        MessageSender sender = byChannel.get(channel);
        if (sender == null) {
            throw new SendFailure("No sender for channel " + channel, true);
        }
        return sender;
    }

    public Map<String, String> describe() {
        Map<String, String> names = new java.util.TreeMap<>();
        byChannel.forEach((channel, sender) -> names.put(channel, sender.name()));
        return names;
    }
}
