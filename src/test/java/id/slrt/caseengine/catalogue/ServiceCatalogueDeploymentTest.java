package id.slrt.caseengine.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.intake.CaseIntakeRequest;
import id.slrt.caseengine.intake.Channel;
import id.slrt.caseengine.intake.IntakeService;
import id.slrt.caseengine.support.IntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The catalogue is deployed and checked like the diagrams: an entry naming something that does not exist is
 * refused at deploy time; an entry an analyst adds appears in the OpenAPI document, the start form and the citizen
 * page, and opens cases, with no code change.
 */
@IntegrationTest
class ServiceCatalogueDeploymentTest {

    static final String BURIAL_AID = """
                  <rule id="rule_burial_aid">
                    <inputEntry id="ie_burial_aid"><text>"BURIAL_AID"</text></inputEntry>
                    <outputEntry id="oe_burial_aid_1"><text>"service-referral"</text></outputEntry>
                    <outputEntry id="oe_burial_aid_2"><text>"Santunan kematian warga tidak mampu"</text></outputEntry>
                    <outputEntry id="oe_burial_aid_3"><text>"Santunan bagi ahli waris warga tidak mampu yang meninggal dunia."</text></outputEntry>
                    <outputEntry id="oe_burial_aid_4"><text>"FAKIR_MISKIN"</text></outputEntry>
                    <outputEntry id="oe_burial_aid_5"><text>"KTP: fotokopi KTP ahli waris; KK: fotokopi Kartu Keluarga; LETTER: surat keterangan kematian dari kepala desa/lurah"</text></outputEntry>
                    <outputEntry id="oe_burial_aid_6"><text>"Bidang Perlindungan dan Jaminan Sosial"</text></outputEntry>
                    <outputEntry id="oe_burial_aid_7"><text>"DISDUKCAPIL"</text></outputEntry>
                    <outputEntry id="oe_burial_aid_8"><text>%s</text></outputEntry>
                    <outputEntry id="oe_burial_aid_9"><text>"P5D"</text></outputEntry>
                    <outputEntry id="oe_burial_aid_10"><text>"P7D"</text></outputEntry>
                    <outputEntry id="oe_burial_aid_11"><text>"subject.nik"</text></outputEntry>
                  </rule>
            """;

    @Autowired
    RepositoryService repository;
    @Autowired
    CatalogueProperties properties;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    IntakeService intake;
    @Autowired
    ServiceCatalogue catalogue;

    @AfterEach
    void restore() throws Exception {
        properties.setLettersDir("");
        if (catalogue.find("BURIAL_AID").isPresent()) {
            repository.createDeployment().name("catalogue-restore").addString("service-routing.dmn", original()).deploy();
        }
    }

    @Test
    void anEntryNamingAnUnknownDocumentKindAgencyLetterOrPpksTypeIsRefusedAtDeployTime(@TempDir Path letters)
            throws Exception {
        Files.writeString(letters.resolve("rekomendasi-pip-kip.html"), "<p>surat</p>");
        properties.setLettersDir(letters.toString());
        String bad = with(BURIAL_AID.formatted("\"surat-tidak-ada\"")
                .replace("\"FAKIR_MISKIN\"", "\"ORANG_KAYA\"")
                .replace("KTP: fotokopi KTP ahli waris", "SURAT_SAKTI: surat sakti")
                .replace("\"DISDUKCAPIL\"", "\"DINAS_RAHASIA\""));
        long versions = repository.createDecisionDefinitionQuery().decisionDefinitionKey("serviceProcess").count();

        assertThatThrownBy(() -> repository.createDeployment().addString("service-routing.dmn", bad).deploy())
                .hasMessageContaining("BURIAL_AID: jenis PPKS 'ORANG_KAYA' tidak ada di bpmn/ppks-types.dmn")
                .hasMessageContaining("BURIAL_AID: jenis dokumen 'SURAT_SAKTI' tidak ada di bpmn/document-kinds.dmn")
                .hasMessageContaining("BURIAL_AID: instansi 'DINAS_RAHASIA' tidak ada di tabel slrt.agency")
                .hasMessageContaining("BURIAL_AID: surat 'surat-tidak-ada' tidak punya templat letters/surat-tidak-ada.html")
                .as("the letters bundled in letters/ are known").hasMessageNotContaining("surat 'surat-rekomendasi'")
                .hasMessageNotContaining("surat 'surat-pengantar'");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("serviceProcess").count())
                .as("nothing deployed").isEqualTo(versions);
    }

    @Test
    void aLetterWithATemplateInTheLettersFolderIsAccepted(@TempDir Path letters) throws Exception {
        for (ServiceCatalogue.Entry entry : catalogue.all()) {
            if (entry.letter() != null) {
                Files.writeString(letters.resolve(entry.letter() + ".html"), "<p>surat</p>");
            }
        }
        Files.writeString(letters.resolve("santunan-kematian.html"), "<p>surat</p>");
        properties.setLettersDir(letters.toString());
        repository.createDeployment().addString("service-routing.dmn",
                with(BURIAL_AID.formatted("\"santunan-kematian\""))).deploy();
        assertThat(catalogue.find("BURIAL_AID").orElseThrow().letter()).isEqualTo("santunan-kematian");
    }

    @Test
    void aServiceAddedToTheCatalogueAppearsInTheApiTheStartFormAndTheCitizenPageAndOpensCases() throws Exception {
        repository.createDeployment().addString("service-routing.dmn", with(BURIAL_AID.formatted(""))).deploy();

        JsonNode serviceType = json.readTree(http.getForEntity("/v3/api-docs", String.class).getBody())
                .at("/components/schemas/CaseIntakeRequest/properties/serviceType/enum");
        assertThat(StreamSupport.stream(serviceType.spliterator(), false).map(JsonNode::asText))
                .contains("BURIAL_AID", "PIP_KIP_RECOMMENDATION", "COMPLAINT");

        JsonNode form = json.readTree(http.withBasicAuth("operator", "demo")
                .getForEntity("/engine-rest/process-definition/key/service-referral/deployed-start-form", String.class)
                .getBody());
        JsonNode select = StreamSupport.stream(form.get("components").spliterator(), false)
                .filter(c -> "serviceType".equals(c.path("key").asText())).findFirst().orElseThrow();
        assertThat(select.get("values").findValuesAsText("value")).contains("BURIAL_AID", "RTLH_REFERRAL")
                .doesNotContain("COMPLAINT");
        assertThat(select.get("values").findValuesAsText("label")).contains("Santunan kematian warga tidak mampu");

        String page = http.getForEntity("/layanan", String.class).getBody();
        assertThat(page).contains("Santunan kematian warga tidak mampu")
                .contains("surat keterangan kematian dari kepala desa/lurah").contains("7 hari kerja")
                .contains("Dinas Kependudukan dan Pencatatan Sipil");

        CaseIntakeRequest noNik = new CaseIntakeRequest("BURIAL_AID", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(null, null, "Ahli waris", null, null, null), null, "Santunan kematian");
        assertThatThrownBy(() -> intake.open(noNik, "operator")).hasMessageContaining("NIK penerima layanan wajib diisi");
        String number = intake.open(ServiceReferralProcessTest.request("BURIAL_AID"), "operator").registrationNumber();
        assertThat(number).startsWith("SLRT-3516-");
    }

    @Test
    void theShippedCatalogueNamesOnlyExistingThingsAndOffersTheCitizenEveryService() {
        List<ServiceCatalogue.Entry> all = catalogue.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(22);
        assertThat(all).allSatisfy(e -> assertThat(e.ppksTypes()).as(e.serviceType()).isNotEmpty());
        String page = http.getForEntity("/layanan", String.class).getBody();
        assertThat(page).contains("Rekomendasi Program Indonesia Pintar (PIP/KIP)").contains("Pemulangan orang terlantar")
                .contains("Surat Keterangan Tidak Mampu (SKTM) dari desa/kelurahan").contains("Pengaduan");
    }

    private static String with(String rule) throws Exception {
        String dmn = original();
        return dmn.replace("    </decisionTable>", rule + "    </decisionTable>");
    }

    private static String original() throws Exception {
        try (InputStream in = ServiceCatalogueDeploymentTest.class.getResourceAsStream("/bpmn/service-routing.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
