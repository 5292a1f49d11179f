package id.slrt.caseengine.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The public survey pages: one answer per link or code, clear pages for bad links, everything escaped. */
@IntegrationTest
class SurveyPageTest {

    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    SurveyResponseService responses;
    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theLinkOpensTheNineQuestionsWithTheRegulationsAnswers() {
        String token = fixtures.linkForNewClosedCase();

        ResponseEntity<String> page = http.getForEntity("/survei/" + token, String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        String html = page.getBody();
        assertThat(html).contains("<html lang=\"id\"", "Survei Kepuasan Masyarakat", "Dinas Sosial Kabupaten Mojokerto",
                "Pengaduan", "name=\"viewport\"");
        for (SurveyElement element : SurveyElement.values()) {
            assertThat(html).contains(element.question());
            for (String answer : element.answers()) {
                assertThat(html).contains(">" + answer + "<");
            }
        }
        assertThat(html).contains("Tidak sesuai", "Kurang sesuai", "Sangat sesuai", "Gratis", "Dikelola dengan baik");
        assertThat(html).contains("name=\"ageGroup\"", "name=\"sex\"", "name=\"education\"", "name=\"occupation\"",
                "name=\"comment\"");
        assertThat(page.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
    }

    @Test
    void anAnswerIsStoredOnceAndTheLinkThenSaysSo() {
        String token = fixtures.linkForNewClosedCase();
        long before = fixtures.responses();
        MultiValueMap<String, String> form = answers("3");
        form.set("u4", "4");
        form.set("ageGroup", "AGE_30_39");
        form.set("sex", "F");
        form.set("education", "SMA");
        form.set("occupation", "WIRAUSAHA");
        form.set("comment", "Petugas ramah");

        // TestRestTemplate follows the redirect (Post/Redirect/Get) to the thank-you page.
        ResponseEntity<String> first = post("/survei/" + token, form);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody()).contains("Jawaban Anda sudah kami terima");
        assertThat(fixtures.responses()).isEqualTo(before + 1);
        Map<String, Object> stored = jdbc.sql("select * from slrt.survey_response order by id desc limit 1").query().singleRow();
        assertThat(stored).containsEntry("u1", 3).containsEntry("u4", 4)
                .containsEntry("age_group", "AGE_30_39").containsEntry("sex", "F").containsEntry("education", "SMA")
                .containsEntry("occupation", "WIRAUSAHA").containsEntry("comment", "Petugas ramah")
                .containsEntry("region_code", "3516").containsEntry("service_type", "COMPLAINT");
        assertThat(stored).doesNotContainKeys("case_id", "invitation_id");

        ResponseEntity<String> second = post("/survei/" + token, answers("1"));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody()).contains("Survei ini sudah diisi");
        assertThat(http.getForEntity("/survei/" + token, String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(fixtures.responses()).isEqualTo(before + 1);
    }

    @Test
    void twoConcurrentSubmissionsOfOneLinkStoreExactlyOneAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                String token = fixtures.linkForNewClosedCase();
                long before = fixtures.responses();
                SurveyAnswers answers = SurveyAnswers.parse(answers("4").toSingleValueMap()).answers();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    attempts.add(pool.submit(() -> {
                        start.await();
                        try {
                            responses.answer(SurveyKey.link(token), answers);
                            return true;
                        } catch (SurveyLinkException e) {
                            assertThat(e.reason()).isEqualTo(SurveyLinkException.Reason.ANSWERED);
                            return false;
                        }
                    }));
                }
                start.countDown();
                int stored = 0;
                for (Future<Boolean> attempt : attempts) {
                    stored += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(stored).as("round %d", round).isEqualTo(1);
                assertThat(fixtures.responses()).isEqualTo(before + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoConcurrentHttpSubmissionsGiveOneThankYouAndOneAlreadyAnsweredPage() throws Exception {
        String token = fixtures.linkForNewClosedCase();
        long before = fixtures.responses();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpStatus>> posts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                posts.add(pool.submit(() -> {
                    start.await();
                    return HttpStatus.valueOf(post("/survei/" + token, answers("2")).getStatusCode().value());
                }));
            }
            start.countDown();
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> p : posts) {
                statuses.add(p.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
            assertThat(fixtures.responses()).isEqualTo(before + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTamperedOrMalformedLinkGetsAClearPageNotATrace() {
        String token = fixtures.linkForNewClosedCase();
        String tampered = token.substring(0, 20) + (token.charAt(20) == 'x' ? 'y' : 'x') + token.substring(21);
        for (String bad : List.of(tampered, "abc", token + "A", "<img src=x onerror=alert(1)>")) {
            ResponseEntity<String> page = http.getForEntity("/survei/" + bad, String.class);
            assertThat(page.getStatusCode()).as(bad).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
            assertThat(page.getBody()).contains("Tautan atau kode survei tidak dikenal")
                    .doesNotContain("Exception", "at id.slrt", "onerror");
            ResponseEntity<String> submit = post("/survei/" + bad, answers("4"));
            assertThat(submit.getStatusCode()).as(bad).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void anExpiredLinkGetsAClearPage() {
        String token = fixtures.linkForNewClosedCase();
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(31))));

        ResponseEntity<String> page = http.getForEntity("/survei/" + token, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(page.getBody()).contains("Masa berlaku survei sudah habis").doesNotContain("Exception");
        long before = fixtures.responses();
        assertThat(post("/survei/" + token, answers("4")).getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(fixtures.responses()).isEqualTo(before);
        assertThatThrownBy(() -> responses.answer(SurveyKey.link(token),
                SurveyAnswers.parse(answers("4").toSingleValueMap()).answers()))
                .isInstanceOfSatisfying(SurveyLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(SurveyLinkException.Reason.EXPIRED));
    }

    @Test
    void missingAnswersComeBackWithTheReasonsAndWhatWasTypedEscaped() {
        String token = fixtures.linkForNewClosedCase();
        MultiValueMap<String, String> form = answers("3");
        form.remove("u3");
        form.set("comment", "<script>alert('x')</script> & \"kutip\"");

        ResponseEntity<String> page = post("/survei/" + token, form);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("Pertanyaan 3 (Waktu Penyelesaian) belum dijawab")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;kutip&quot;")
                .doesNotContain("<script>alert");
        assertThat(page.getBody()).containsPattern("name=\"u1\" value=\"3\"\\s+required checked");
        assertThat(http.getForEntity("/survei/" + token, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aPrintedCodeOpensTheSurveyOnceHoweverItIsTyped() throws Exception {
        CaseRecord walkIn = fixtures.closedCase(Channel.WALK_IN, null);
        String code = json.readTree(http.withBasicAuth("operator", "demo").postForEntity(
                "/api/cases/" + walkIn.registrationNumber() + "/survey-invitation/printed-code", null, String.class)
                .getBody()).get("code").asText();
        String typed = code.toLowerCase().replace("-", " ");

        assertThat(http.getForEntity("/survei", String.class).getBody()).contains("Masukkan kode survei");
        MultiValueMap<String, String> open = new LinkedMultiValueMap<>();
        open.set("kode", typed);
        ResponseEntity<String> form = post("/survei", open);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains(SurveyElement.U9.question(), "action=\"/survei/jawab\"",
                "name=\"kode\" value=\"" + typed + "\"");

        MultiValueMap<String, String> answer = answers("4");
        answer.set("kode", typed);
        long before = fixtures.responses();
        assertThat(post("/survei/jawab", answer).getBody()).contains("Jawaban Anda sudah kami terima");
        assertThat(fixtures.responses()).isEqualTo(before + 1);
        assertThat(post("/survei/jawab", answer).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("/survei", open).getBody()).contains("Survei ini sudah diisi");

        ResponseEntity<String> afterAnswer = http.withBasicAuth("operator", "demo").postForEntity(
                "/api/cases/" + walkIn.registrationNumber() + "/survey-invitation/printed-code", null, String.class);
        assertThat(afterAnswer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aMistypedCodeIsExplained() {
        MultiValueMap<String, String> open = new LinkedMultiValueMap<>();
        open.set("kode", "ABCD-EFGH");
        ResponseEntity<String> shortCode = post("/survei", open);
        assertThat(shortCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(shortCode.getBody()).contains("12 huruf dan angka").contains("value=\"ABCD-EFGH\"");

        open.set("kode", "ABCD-EFGH-JKMN");
        ResponseEntity<String> unknown = post("/survei", open);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("tidak dikenal");

        assertThat(post("/survei/jawab", answers("4")).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    static MultiValueMap<String, String> answers(String score) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (SurveyElement element : SurveyElement.values()) {
            form.set(element.field(), score);
        }
        return form;
    }

    private ResponseEntity<String> post(String path, MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.postForEntity(path, new HttpEntity<>(form, headers), String.class);
    }
}
