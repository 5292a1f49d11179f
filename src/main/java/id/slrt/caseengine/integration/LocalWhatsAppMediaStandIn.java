package id.slrt.caseengine.integration;

import id.slrt.caseengine.channel.WhatsAppMedia;
import id.slrt.caseengine.channel.WhatsAppMediaMode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Local stand-in for the WhatsApp Cloud API's media download, on the embedded default: a media id the demo (or a
 * test) has {@link #prepare prepared} gives that file; any other gives a generated JPEG "photo", as if the
 * citizen had sent one. Never calls out.
 */
@Component
@Conditional(WhatsAppMediaMode.Local.class)
public class LocalWhatsAppMediaStandIn implements WhatsAppMedia {

    private final Map<String, Media> prepared = new ConcurrentHashMap<>();

    /** What the next fetch of this media id returns. */
    public void prepare(String mediaId, String mimeType, byte[] bytes) {
        prepared.put(mediaId, new Media(mimeType, bytes));
    }

    @Override
    public Media fetch(String mediaId) {
        if (mediaId == null || mediaId.isBlank()) {
            throw new Unavailable("no media id");
        }
        Media media = prepared.remove(mediaId);
        return media != null ? media : new Media("image/jpeg", photo(mediaId));
    }

    private static byte[] photo(String mediaId) {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 120, 90));
        g.fillRect(0, 0, 800, 600);
        g.setColor(Color.WHITE);
        g.drawString("Foto dari WhatsApp (stand-in) " + mediaId.substring(0, Math.min(20, mediaId.length())), 40, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
