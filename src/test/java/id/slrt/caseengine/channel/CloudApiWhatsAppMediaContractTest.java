package id.slrt.caseengine.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The Cloud API media adapter against a local server speaking the Cloud API's media contract: the lookup
 * ({@code GET /v25.0/{media-id}} with the bearer token: url, mime_type, file_size), then the download from that url
 * with the same token; a file over the limit, an unknown id and a missing token are refused as unavailable.
 */
class CloudApiWhatsAppMediaContractTest {

    static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};

    HttpServer server;
    String base;
    final List<String> authorizations = new ArrayList<>();

    @BeforeEach
    void aCloudApi() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/v25.0/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String id = exchange.getRequestURI().getPath().substring("/v25.0/".length());
            byte[] body = switch (id) {
                case "1048596220012" -> ("{\"url\":\"" + base + "/files/1048596220012\",\"mime_type\":\"image/jpeg\","
                        + "\"sha256\":\"x\",\"file_size\":" + PHOTO.length + ",\"id\":\"1048596220012\","
                        + "\"messaging_product\":\"whatsapp\"}").getBytes(StandardCharsets.UTF_8);
                case "huge" -> ("{\"url\":\"" + base + "/files/huge\",\"mime_type\":\"application/pdf\","
                        + "\"file_size\":99999999}").getBytes(StandardCharsets.UTF_8);
                default -> null;
            };
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.createContext("/files/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(200, PHOTO.length);
            exchange.getResponseBody().write(PHOTO);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    CloudApiWhatsAppMedia adapter(String token) {
        ChannelProperties properties = new ChannelProperties();
        properties.getWhatsapp().setGraphBaseUrl(base);
        properties.getWhatsapp().setAccessToken(token);
        properties.getWhatsapp().setMaxMediaSize(DataSize.ofMegabytes(1));
        return new CloudApiWhatsAppMedia(properties, new ObjectMapper());
    }

    @Test
    void aPhotoIsLookedUpThenDownloadedWithTheToken() {
        WhatsAppMedia.Media media = adapter("EAAG-test").fetch("1048596220012");
        assertThat(media.mimeType()).isEqualTo("image/jpeg");
        assertThat(media.bytes()).isEqualTo(PHOTO);
        assertThat(authorizations).containsExactly("Bearer EAAG-test", "Bearer EAAG-test");
    }

    @Test
    void tooLargeUnknownOrUnconfiguredIsUnavailable() {
        assertThatThrownBy(() -> adapter("EAAG-test").fetch("huge")).isInstanceOf(WhatsAppMedia.Unavailable.class)
                .hasMessageContaining("over the limit");
        assertThatThrownBy(() -> adapter("EAAG-test").fetch("404404")).isInstanceOf(WhatsAppMedia.Unavailable.class)
                .hasMessageContaining("404");
        assertThatThrownBy(() -> adapter("").fetch("1048596220012")).isInstanceOf(WhatsAppMedia.Unavailable.class)
                .hasMessageContaining("WHATSAPP_ACCESS_TOKEN");
        assertThatThrownBy(() -> adapter("EAAG-test").fetch("../../me")).isInstanceOf(WhatsAppMedia.Unavailable.class);
        assertThat(authorizations).doesNotContain("Bearer ");
    }
}
