package id.slrt.caseengine.channel;

/**
 * Fetches the file of a WhatsApp media message (image or document) by its media id: the Cloud API
 * ({@link CloudApiWhatsAppMedia}) or, on the embedded default, the local stand-in
 * (integration/LocalWhatsAppMediaStandIn).
 */
public interface WhatsAppMedia {

    /** The file's bytes and the type the provider declares (the documents feature reads the real type itself). */
    record Media(String mimeType, byte[] bytes) {
    }

    /** Thrown when the media cannot be fetched (provider down, expired id, too large). */
    class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }

    Media fetch(String mediaId);
}
