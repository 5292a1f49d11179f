package id.slrt.caseengine.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.notification.OutboxDispatcher;
import id.slrt.caseengine.support.IntegrationTest;
import id.slrt.caseengine.support.Phones;
import id.slrt.caseengine.support.WhatsAppPayloads;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class WhatsAppWebhookTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    id.slrt.caseengine.platform.Encryption encryption;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void theVerificationHandshakeEchoesTheChallengeOnlyForTheRightToken() {
        ResponseEntity<String> ok = http.getForEntity("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token="
                + ChannelSecrets.DEV_WHATSAPP_VERIFY_TOKEN + "&hub.challenge=1158201444", String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getBody()).isEqualTo("1158201444");

        ResponseEntity<String> wrong = http.getForEntity(
                "/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444", String.class);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(wrong.getBody()).doesNotContain("1158201444");
    }

    @Test
    void aSignedFirstMessageOpensACaseAndTheReplyCarriesTheRegistrationNumber() throws Exception {
        String from = Phones.randomWhatsAppId();
        String payload = WhatsAppPayloads.textMessage(WhatsAppPayloads.newMessageId(), from, "Bu Siti",
                "Bantuan PKH saya belum cair sejak Maret");

        ResponseEntity<String> response = WhatsAppPayloads.post(http, payload);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode handled = json.readTree(response.getBody()).get("messages").get(0);
        assertThat(handled.get("outcome").asText()).isEqualTo("CASE_OPENED");
        String number = handled.get("registrationNumber").asText();
        CaseRecord opened = cases.findByRegistrationNumber(number).orElseThrow();
        assertThat(opened.channel()).isEqualTo("WHATSAPP");
        assertThat(opened.serviceType()).isEqualTo("COMPLAINT");
        assertThat(opened.description()).isEqualTo("Bantuan PKH saya belum cair sejak Maret");
        assertThat(opened.createdBy()).isEqualTo("whatsapp");
        assertThat(opened.currentStep()).isEqualTo("Triase pengaduan");
        assertThat(jdbc.sql("select name, phone from slrt.case_person where id = ?")
                .param(opened.reporterPersonId()).query((rs, n) -> encryption.openText(rs.getString(1)) + "|"
                        + rs.getString(2)).single()).isEqualTo("Bu Siti|+" + from);

        List<String> replies = jdbc.sql("select channel || '|' || recipient || '|' || body from slrt.notification_outbox "
                + "where case_id = ? order by id").param(opened.id()).query(String.class).list();
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0)).startsWith("WHATSAPP|+" + from + "|").contains(number);

        // Other tests leave messages in the outbox too: drain it all, oldest first, so this reply is sent.
        int sent = 0;
        for (OutboxDispatcher.Result round = dispatcher.dispatchOnce(); round.claimed() > 0; round = dispatcher.dispatchOnce()) {
            sent += round.sent();
        }
        assertThat(sent).isPositive();
        JsonNode recorded = json.readTree(http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/notifications/local-sent?registrationNumber=" + number, String.class).getBody());
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).get("recipient").asText()).isEqualTo("+" + from);
        assertThat(recorded.get(0).get("body").asText()).contains(number);
    }

    @Test
    void theSamePayloadDeliveredAgainCreatesNothingNew() throws Exception {
        String payload = WhatsAppPayloads.textMessage(WhatsAppPayloads.newMessageId(), Phones.randomWhatsAppId(),
                "Pak Darto", "Kursi roda untuk anak saya rusak");
        String number = json.readTree(WhatsAppPayloads.post(http, payload).getBody()).get("messages").get(0)
                .get("registrationNumber").asText();
        long cases = count("slrt.case_file");
        long outbox = count("slrt.notification_outbox");
        long events = count("slrt.case_event");

        ResponseEntity<String> again = WhatsAppPayloads.post(http, payload);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode handled = json.readTree(again.getBody()).get("messages").get(0);
        assertThat(handled.get("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(handled.get("registrationNumber").asText()).isEqualTo(number);
        assertThat(count("slrt.case_file")).isEqualTo(cases);
        assertThat(count("slrt.notification_outbox")).isEqualTo(outbox);
        assertThat(count("slrt.case_event")).isEqualTo(events);
    }

    @Test
    void aWrongOrMissingSignatureIsRefusedWith401AndWritesNothing() {
        String payload = WhatsAppPayloads.textMessage(WhatsAppPayloads.newMessageId(), Phones.randomWhatsAppId(),
                "Penyusup", "Pesan palsu");
        String signedOther = WhatsAppPayloads.textMessage(WhatsAppPayloads.newMessageId(), Phones.randomWhatsAppId(),
                "Penyusup", "Pesan lain");
        long cases = count("slrt.case_file");
        long inbound = count("slrt.inbound_message");
        long outbox = count("slrt.notification_outbox");

        List<String> signatures = new ArrayList<>();
        signatures.add(id.slrt.caseengine.channel.WebhookSignature.sign("not-the-app-secret",
                payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        signatures.add(id.slrt.caseengine.channel.WebhookSignature.sign(ChannelSecrets.DEV_WHATSAPP_APP_SECRET,
                signedOther.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        signatures.add("sha256=deadbeef");
        signatures.add(null);
        for (String signature : signatures) {
            ResponseEntity<String> response = WhatsAppPayloads.post(http, payload, signature);
            assertThat(response.getStatusCode()).as(String.valueOf(signature)).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(count("slrt.case_file")).isEqualTo(cases);
        assertThat(count("slrt.inbound_message")).isEqualTo(inbound);
        assertThat(count("slrt.notification_outbox")).isEqualTo(outbox);
    }

    @Test
    void concurrentDuplicateDeliveriesOpenExactlyOneCase() throws Exception {
        String messageId = WhatsAppPayloads.newMessageId();
        String text = "Lansia sebatang kara butuh bantuan " + messageId;
        String payload = WhatsAppPayloads.textMessage(messageId, Phones.randomWhatsAppId(), "Bu Ning", text);
        int deliveries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        CountDownLatch ready = new CountDownLatch(deliveries);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<ResponseEntity<String>>> results = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                Callable<ResponseEntity<String>> delivery = () -> {
                    ready.countDown();
                    go.await();
                    return WhatsAppPayloads.post(http, payload);
                };
                results.add(pool.submit(delivery));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            Set<String> numbers = new java.util.HashSet<>();
            for (Future<ResponseEntity<String>> result : results) {
                ResponseEntity<String> response = result.get(60, TimeUnit.SECONDS);
                assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
                JsonNode handled = json.readTree(response.getBody()).get("messages").get(0);
                outcomes.add(handled.get("outcome").asText());
                numbers.add(handled.get("registrationNumber").asText());
            }
            assertThat(outcomes.stream().filter("CASE_OPENED"::equals).count()).isEqualTo(1);
            assertThat(outcomes.stream().filter("DUPLICATE"::equals).count()).isEqualTo(deliveries - 1);
            assertThat(numbers).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(casesDescribed(text)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from slrt.inbound_message where external_id = ?").param(messageId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void statusIsAnsweredInIndonesianOnlyToTheReportersOwnNumber() throws Exception {
        String from = Phones.randomWhatsAppId();
        String number = open(from, "Bantuan BPNT tidak diterima bulan ini");

        String stranger = Phones.randomWhatsAppId();
        WhatsAppPayloads.post(http, WhatsAppPayloads.textMessage(WhatsAppPayloads.newMessageId(), from, "Bu Rina",
                "STATUS " + number));
        WhatsAppPayloads.post(http, WhatsAppPayloads.textMessage(WhatsAppPayloads.newMessageId(), stranger, "Orang lain",
                "status " + number.toLowerCase()));
        WhatsAppPayloads.post(http, WhatsAppPayloads.textMessage(WhatsAppPayloads.newMessageId(), stranger, "Orang lain",
                "STATUS SLRT-3516-2026-999999"));

        String own = lastReplyTo("+" + from);
        assertThat(own).startsWith("Status Pengaduan " + number + ": Sedang diverifikasi oleh petugas Dinas Sosial.")
                .contains("Tahap saat ini: Triase pengaduan, target selesai ");
        List<String> strangerReplies = jdbc.sql("select body from slrt.notification_outbox where recipient = ? order by id")
                .param("+" + stranger).query(String.class).list();
        assertThat(strangerReplies).containsExactly(
                "Nomor registrasi " + number + " tidak ditemukan untuk nomor Anda. Periksa kembali nomor registrasi, atau hubungi Dinas Sosial.",
                "Nomor registrasi SLRT-3516-2026-999999 tidak ditemukan untuk nomor Anda. Periksa kembali nomor registrasi, atau hubungi Dinas Sosial.");
        assertThat(casesDescribed("STATUS " + number)).isZero();
    }

    @Test
    void aFollowUpIsAddedToTheOpenCaseAndBaruOpensANewOne() throws Exception {
        String from = Phones.randomWhatsAppId();
        String number = open(from, "Rumah kami rusak terkena angin");

        JsonNode followUp = json.readTree(WhatsAppPayloads.post(http, WhatsAppPayloads.textMessage(
                WhatsAppPayloads.newMessageId(), from, "Pak Joko", "Foto kerusakan sudah saya kirim ke RT")).getBody());
        assertThat(followUp.get("messages").get(0).get("outcome").asText()).isEqualTo("ADDED_TO_CASE");
        assertThat(followUp.get("messages").get(0).get("registrationNumber").asText()).isEqualTo(number);
        long caseId = cases.findByRegistrationNumber(number).orElseThrow().id();
        assertThat(jdbc.sql("select details->>'text' from slrt.case_event where case_id = ? and event_type = 'CITIZEN_MESSAGE'")
                .param(caseId).query(String.class).single()).isEqualTo("Foto kerusakan sudah saya kirim ke RT");
        assertThat(lastReplyTo("+" + from)).contains("tambahkan ke " + number);

        JsonNode second = json.readTree(WhatsAppPayloads.post(http, WhatsAppPayloads.textMessage(
                WhatsAppPayloads.newMessageId(), from, "Pak Joko", "BARU Ibu saya butuh kursi roda")).getBody());
        assertThat(second.get("messages").get(0).get("outcome").asText()).isEqualTo("CASE_OPENED");
        String newNumber = second.get("messages").get(0).get("registrationNumber").asText();
        assertThat(newNumber).isNotEqualTo(number);
        assertThat(cases.findByRegistrationNumber(newNumber).orElseThrow().description()).isEqualTo("Ibu saya butuh kursi roda");
    }

    @Test
    void anEmptyOrNonTextMessageGetsHelpAndNoCase() throws Exception {
        String from = Phones.randomWhatsAppId();
        String image = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{"messaging_product":"whatsapp",
                "metadata":{"display_phone_number":"6281211124799","phone_number_id":"106540352242922"},
                "contacts":[{"profile":{"name":"Bu Ani"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"%s","timestamp":"1764122400","type":"image","image":{"id":"2754859441498128","mime_type":"image/jpeg"}}]},
                "field":"messages"}]}]}""".formatted(from, from, WhatsAppPayloads.newMessageId());
        JsonNode handled = json.readTree(WhatsAppPayloads.post(http, image).getBody()).get("messages").get(0);
        assertThat(handled.get("outcome").asText()).isEqualTo("HELP_SENT");
        assertThat(lastReplyTo("+" + from)).contains("Tulis pengaduan Anda dalam satu pesan teks");
    }

    @Test
    void deliveryStatusNotificationsAreAcknowledgedAndIgnored() throws Exception {
        String statuses = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"value":{"messaging_product":"whatsapp",
                "metadata":{"display_phone_number":"6281211124799","phone_number_id":"106540352242922"},
                "statuses":[{"id":"wamid.X","status":"delivered","timestamp":"1764122400","recipient_id":"6281300000000"}]},
                "field":"messages"}]}]}""";
        long inbound = count("slrt.inbound_message");
        ResponseEntity<String> response = WhatsAppPayloads.post(http, statuses);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody()).get("messages")).isEmpty();
        assertThat(count("slrt.inbound_message")).isEqualTo(inbound);
    }

    @Test
    void aSignedButMalformedBodyIsAClientError() {
        ResponseEntity<String> response = WhatsAppPayloads.post(http, "{\"object\":");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void recordedMessagesAreForSupervisorsOnly() {
        assertThat(http.withBasicAuth("peksos", "demo").getForEntity("/api/notifications/local-sent", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/notifications/local-sent", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("supervisor", "demo").getForEntity("/api/notifications/local-sent", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String open(String from, String text) throws Exception {
        return json.readTree(WhatsAppPayloads.post(http, WhatsAppPayloads.textMessage(WhatsAppPayloads.newMessageId(),
                from, "Pelapor", text)).getBody()).get("messages").get(0).get("registrationNumber").asText();
    }

    private String lastReplyTo(String recipient) {
        return jdbc.sql("select body from slrt.notification_outbox where recipient = ? order by id desc limit 1")
                .param(recipient).query(String.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Case files with this description (sealed at rest, so compared after opening). */
    private long casesDescribed(String description) {
        return jdbc.sql("select description from slrt.case_file").query(String.class).list().stream()
                .map(encryption::openText).filter(description::equals).count();
    }
}
