package id.slrt.caseengine.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * WhatsApp Cloud API media: {@code GET /{version}/{media-id}} gives a short-lived URL and the declared type, then
 * {@code GET url}, both with the business's access token. The download is cut off past
 * {@code slrt.channels.whatsapp.max-media-size}, so a huge file is never held in memory.
 */
@Component
@Conditional(WhatsAppMediaMode.Cloud.class)
public class CloudApiWhatsAppMedia implements WhatsAppMedia {

    private final ChannelProperties.WhatsApp settings;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public CloudApiWhatsAppMedia(ChannelProperties properties, ObjectMapper json) {
        this.settings = properties.getWhatsapp();
        this.json = json;
    }

    @Override
    public Media fetch(String mediaId) {
        if (mediaId == null || !mediaId.matches("[A-Za-z0-9_.-]{1,100}")) {
            throw new Unavailable("media id tidak valid");
        }
        if (settings.getAccessToken() == null || settings.getAccessToken().isBlank()) {
            throw new Unavailable("WHATSAPP_ACCESS_TOKEN is not set");
        }
        try {
            HttpResponse<byte[]> meta = http.send(request(URI.create(settings.getGraphBaseUrl().replaceAll("/+$", "")
                    + "/" + settings.getApiVersion() + "/" + mediaId)), HttpResponse.BodyHandlers.ofByteArray());
            if (meta.statusCode() != 200) {
                throw new Unavailable("media lookup answered " + meta.statusCode());
            }
            JsonNode info = json.readTree(meta.body());
            long declared = info.path("file_size").asLong(0);
            long limit = settings.getMaxMediaSize().toBytes();
            if (declared > limit) {
                throw new Unavailable("media of " + declared + " bytes is over the limit");
            }
            String url = info.path("url").asText("");
            if (!url.startsWith("https://") && !url.startsWith(settings.getGraphBaseUrl())) {
                throw new Unavailable("media lookup gave no usable url");
            }
            HttpResponse<InputStream> file = http.send(request(URI.create(url)), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = file.body()) {
                if (file.statusCode() != 200) {
                    throw new Unavailable("media download answered " + file.statusCode());
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (bytes.length > limit) {
                    throw new Unavailable("media is over the limit");
                }
                return new Media(info.path("mime_type").asText(null), bytes);
            }
        } catch (IOException e) {
            throw new Unavailable("media could not be fetched: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + settings.getAccessToken()).GET().build();
    }
}
