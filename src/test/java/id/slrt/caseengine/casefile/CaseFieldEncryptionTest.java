package id.slrt.caseengine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.intake.Sex;
import id.slrt.caseengine.platform.Encryption;
import id.slrt.caseengine.platform.EncryptionProperties;
import id.slrt.caseengine.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people of a case and its description are sealed in the database, read back in the clear through the API,
 * found by NIK and KK number, and re-sealed when the key rotates.
 */
@IntegrationTest
class CaseFieldEncryptionTest {

    /** The embedded default's published development key (platform/Encryption). */
    static final String DEV = "dev:" + Base64.getEncoder().encodeToString(
            "slrt-development-key-not-secret!".getBytes(StandardCharsets.US_ASCII));
    static final String NEXT = "k2027:" + Base64.getEncoder().encodeToString(
            "another-32-byte-key-for-rotation".getBytes(StandardCharsets.US_ASCII));

    static final String NIK = "3516015203850417";
    static final String KK = "3516011503200417";

    @Autowired
    IntakeService intake;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SensitiveFieldSealer sealer;
    @Autowired
    Encryption encryption;

    @Test
    void aPersonsIdentityAndTheCaseDescriptionAreSealedInTheDatabaseAndReadInTheClear() throws Exception {
        String number = open(NIK, KK, "Sri Rahayu", "Gangguan jiwa berat, dirawat di RSJ Lawang");

        Map<String, Object> row = jdbc.sql("""
                        select p.nik, p.kk_number, p.name, p.birth_date, p.address, p.nik_hash, p.sealed_with, c.description
                          from slrt.case_file c join slrt.case_person p on p.id = c.subject_person_id
                         where c.registration_number = ?""").param(number).query().singleRow();
        String stored = row.toString();
        assertThat(stored).doesNotContain(NIK).doesNotContain(KK).doesNotContain("Sri Rahayu")
                .doesNotContain("1985-03-12").doesNotContain("Sooko").doesNotContain("RSJ");
        assertThat((String) row.get("nik")).startsWith("enc:");
        assertThat(encryption.isCurrent(row.get("nik"))).isTrue();
        assertThat(row.get("sealed_with")).isEqualTo("dev");
        assertThat((String) row.get("nik_hash")).startsWith("dev:").doesNotContain(NIK);

        JsonNode view = json.readTree(http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/cases/" + number, String.class).getBody());
        assertThat(view.at("/subject/nik").asText()).isEqualTo(NIK);
        assertThat(view.at("/subject/kkNumber").asText()).isEqualTo(KK);
        assertThat(view.at("/subject/name").asText()).isEqualTo("Sri Rahayu");
        assertThat(view.at("/subject/birthDate").asText()).isEqualTo("1985-03-12");
        assertThat(view.at("/subject/address").asText()).isEqualTo("Jl. RA Basuni 8, Sooko");
        assertThat(view.at("/description").asText()).contains("RSJ Lawang");

        assertThat(search("nik=" + NIK)).containsExactly(number);
        assertThat(search("kkNumber=" + KK)).containsExactly(number);
        assertThat(json.readTree(http.withBasicAuth("peksos", "demo")
                .getForEntity("/api/cases?registrationNumber=" + number, String.class).getBody())
                .get(0).get("subjectName").asText()).isEqualTo("Sri Rahayu");
    }

    @Test
    void rowsWrittenBeforeEncryptionAreSealedAtStartAndStillFound() {
        String number = open("3516015203850418", null, "Ani Lestari", "Laporan lama");
        long personId = subjectOf(number);
        // As a row looked before V220: clear text, no hash, not sealed.
        jdbc.sql("update slrt.case_person set nik = '3516015203850418', name = 'Ani Lestari', birth_date = '1985-03-12', "
                + "nik_hash = null, sealed_with = null where id = ?").param(personId).update();
        jdbc.sql("update slrt.case_file set description = 'Laporan lama', description_sealed_with = null "
                + "where registration_number = ?").param(number).update();
        assertThat(search("nik=3516015203850418")).isEmpty();

        SensitiveFieldSealer.Counts counts = sealer.sealPending();

        assertThat(counts.people()).isEqualTo(1);
        assertThat(counts.cases()).isEqualTo(1);
        assertThat(jdbc.sql("select name from slrt.case_person where id = ?").param(personId).query(String.class)
                .single()).startsWith("enc:").doesNotContain("Ani");
        assertThat(jdbc.sql("select count(*) from slrt.case_person where sealed_with is distinct from 'dev'")
                .query(Long.class).single()).isZero();
        assertThat(search("nik=3516015203850418")).containsExactly(number);
    }

    @Test
    void aKeyRotationReSealsEveryRowWithTheNewKeyAndSearchWorksThroughout() {
        String number = open("3516015203850419", "3516011503200419", "Wati", "Anak berhadapan dengan hukum");
        long personId = subjectOf(number);
        Encryption rotated = encryption(DEV + "," + NEXT, "k2027");
        CaseSearch searchDuringRotation = new CaseSearch(jdbc, rotated);
        try {
            // Mid-rotation: the new key is current, nothing re-sealed yet; the search still finds the case.
            assertThat(searchDuringRotation.find(byNik("3516015203850419"), null, 0, 10))
                    .extracting(CaseSearch.CaseSummary::registrationNumber).containsExactly(number);

            SensitiveFieldSealer.Counts counts = new SensitiveFieldSealer(jdbc, rotated, transactions).sealPending();

            long people = jdbc.sql("select count(*) from slrt.case_person").query(Long.class).single();
            long cases = jdbc.sql("select count(*) from slrt.case_file").query(Long.class).single();
            assertThat(counts.people()).isEqualTo(people);
            assertThat(counts.cases()).isEqualTo(cases);
            assertThat(jdbc.sql("select count(*) from slrt.case_person where sealed_with <> 'k2027' "
                    + "or nik_hash like 'dev:%' or kk_hash like 'dev:%'").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select nik from slrt.case_person where nik is not null").query(String.class).list())
                    .allMatch(rotated::isCurrent);
            String name = jdbc.sql("select name from slrt.case_person where id = ?").param(personId)
                    .query(String.class).single();
            assertThat(rotated.openText(name)).isEqualTo("Wati");
            // Only now may the old key go: data sealed with the new key opens with it alone.
            assertThat(encryption(NEXT, "").openText(name)).isEqualTo("Wati");
            assertThat(new CasePersonRepository(jdbc, encryption(NEXT, "")).findByCase(caseIdOf(number)))
                    .filteredOn(p -> p.role() == PersonRole.SUBJECT)
                    .extracting(p -> p.data().kkNumber()).containsExactly("3516011503200419");
            assertThat(new CaseSearch(jdbc, encryption(NEXT, "")).find(byNik("3516015203850419"), null, 0, 10))
                    .extracting(CaseSearch.CaseSummary::registrationNumber).containsExactly(number);
        } finally {
            // Back to the application's own key for the other tests sharing this database.
            new SensitiveFieldSealer(jdbc, encryption(DEV + "," + NEXT, "dev"), transactions).sealPending();
        }
        assertThat(search("nik=3516015203850419")).containsExactly(number);
    }

    private String open(String nik, String kk, String name, String description) {
        return intake.open(new CaseIntakeRequest("COMPLAINT", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(nik, kk, name, LocalDate.of(1985, 3, 12), Sex.F, "Jl. RA Basuni 8, Sooko"),
                new CaseIntakeRequest.Reporter("Pelapor", null), description), "operator").registrationNumber();
    }

    private long subjectOf(String number) {
        return jdbc.sql("select subject_person_id from slrt.case_file where registration_number = ?").param(number)
                .query(Long.class).single();
    }

    private long caseIdOf(String number) {
        return jdbc.sql("select id from slrt.case_file where registration_number = ?").param(number)
                .query(Long.class).single();
    }

    private List<String> search(String query) {
        try {
            return json.readTree(http.withBasicAuth("supervisor", "demo")
                    .getForEntity("/api/cases?" + query, String.class).getBody()).findValuesAsText("registrationNumber");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CaseSearch.Criteria byNik(String nik) {
        return new CaseSearch.Criteria(null, nik, null, null, null, null, null, null, null, null, null);
    }

    private static Encryption encryption(String keys, String current) {
        EncryptionProperties properties = new EncryptionProperties();
        properties.setKeys(keys);
        properties.setCurrentKey(current);
        return new Encryption(properties, new MockEnvironment().withProperty("spring.datasource.url", "jdbc:x"));
    }
}
