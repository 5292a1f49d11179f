package id.slrt.caseengine.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.integration.LocalWhatsAppMediaStandIn;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.support.Phones;
import id.slrt.caseengine.support.WhatsAppPayloads;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WhatsApp media messages (Cloud API "image" and "document"): the citizen's photo is fetched (the local stand-in on
 * the embedded default) and attached to their open case as a document from WhatsApp; a file that is no allowed type
 * is not stored and the citizen is told why.
 */
@IntegrationTest
class WhatsAppMediaTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LocalWhatsAppMediaStandIn media;

    @Test
    void aPhotoSentAfterTheReportIsAttachedToTheCitizensCase() throws Exception {
        String from = Phones.randomWhatsAppId();
        String number = json.readTree(WhatsAppPayloads.post(http, WhatsAppPayloads.textMessage(
                WhatsAppPayloads.newMessageId(), from, "Bu Sumi", "Ada orang terlantar di depan pasar")).getBody())
                .get("messages").get(0).get("registrationNumber").asText();

        JsonNode handled = json.readTree(WhatsAppPayloads.post(http, mediaMessage(from, "image",
                "{\"id\":\"1048596220012\",\"mime_type\":\"image/jpeg\",\"sha256\":\"x\",\"caption\":\"Ini fotonya\"}"))
                .getBody()).get("messages").get(0);

        assertThat(handled.get("outcome").asText()).isEqualTo("ADDED_TO_CASE");
        assertThat(handled.get("registrationNumber").asText()).isEqualTo(number);
        List<String> documents = jdbc.sql("""
                        select d.kind || '|' || d.origin || '|' || d.content_type || '|' || d.added_by || '|' || d.has_preview
                          from slrt.case_document d join slrt.case_file c on c.id = d.case_id
                         where c.registration_number = ?""").param(number).query(String.class).list();
        assertThat(documents).containsExactly("PHOTO|WHATSAPP|image/jpeg|whatsapp|true");
        assertThat(replies(number)).anyMatch(r -> r.contains("telah kami lampirkan ke kasus Anda"));
    }

    @Test
    void aWebPageSentAsAPdfIsNotStoredAndTheCitizenIsTold() throws Exception {
        String from = Phones.randomWhatsAppId();
        String number = json.readTree(WhatsAppPayloads.post(http, WhatsAppPayloads.textMessage(
                WhatsAppPayloads.newMessageId(), from, "Pak Darto", "Kursi roda anak saya rusak")).getBody())
                .get("messages").get(0).get("registrationNumber").asText();
        media.prepare("2048596220099", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        long before = jdbc.sql("select count(*) from slrt.case_document").query(Long.class).single();

        JsonNode handled = json.readTree(WhatsAppPayloads.post(http, mediaMessage(from, "document",
                "{\"id\":\"2048596220099\",\"mime_type\":\"application/pdf\",\"filename\":\"../../surat dokter.pdf\"}"))
                .getBody()).get("messages").get(0);

        assertThat(handled.get("outcome").asText()).isEqualTo("ADDED_TO_CASE");
        assertThat(jdbc.sql("select count(*) from slrt.case_document").query(Long.class).single()).isEqualTo(before);
        assertThat(replies(number)).anyMatch(r -> r.contains("tidak dapat kami terima: isi berkas bukan PDF"));
        // The message itself is kept: its text went to the case's event log.
        assertThat(jdbc.sql("select count(*) from slrt.case_event e join slrt.case_file c on c.id = e.case_id "
                + "where c.registration_number = ? and e.event_type = 'CITIZEN_MESSAGE'").param(number)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCitizensFileNameLosesItsPath() {
        assertThat(InboundMessageService.fileName(new InboundMessage.Attachment("1", "application/pdf",
                "..\\..\\surat\u202Edokter.pdf", false), null, "wamid.ABC12345678")).isEqualTo("suratdokter.pdf");
        assertThat(InboundMessageService.fileName(new InboundMessage.Attachment("1", "image/jpeg", null, true),
                "image/jpeg", "wamid.ABC12345678")).isEqualTo("whatsapp-foto-12345678.jpg");
    }

    static String mediaMessage(String from, String type, String media) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"6281211124799","phone_number_id":"106540352242922"},
                "contacts":[{"profile":{"name":"Warga"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"%s","timestamp":"1764122400","type":"%s","%s":%s}]},
                "field":"messages"}]}]}""".formatted(from, from, WhatsAppPayloads.newMessageId(), type, type, media);
    }

    List<String> replies(String number) {
        return jdbc.sql("select o.body from slrt.notification_outbox o join slrt.case_file c on c.id = o.case_id "
                + "where c.registration_number = ? order by o.id").param(number).query(String.class).list();
    }
}
