package id.slrt.caseengine.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.slrt.caseengine.casefile.CaseEvent;
import id.slrt.caseengine.casefile.CaseEventRepository;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseLinkRepository;
import id.slrt.caseengine.casefile.CasePerson;
import id.slrt.caseengine.casefile.CasePersonRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.PersonRole;
import id.slrt.caseengine.support.IntegrationTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service behind the {@code openLinkedCase} step: a beggar with a disability found by outreach is handed over
 * to the assistive-device service. The new case goes through the ordinary intake with the person's data from the
 * case file; refused data leaves nothing behind.
 */
@IntegrationTest
class LinkedCaseServiceTest {

    static final String NIK = "3516016507790006";

    @Autowired
    LinkedCaseService linkedCases;
    @Autowired
    IntakeService intake;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    CasePersonRepository people;
    @Autowired
    CaseLinkRepository links;
    @Autowired
    CaseEventRepository events;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void theNewCaseGetsThePersonFromTheCaseFileAndBothCasesShowTheLink() {
        CaseRecord source = gepengCase(NIK, "Dsn. Kedungsari RT 2 RW 1, Kemlagi");

        LinkedCaseService.LinkedCase opened = tx.execute(s -> linkedCases.open(source.id(), "ASSISTIVE_DEVICE",
                "HANDED_OVER", "Kaki kiri diamputasi, perlu kursi roda", "Asesmen", "peksos"));

        assertThat(opened.newlyOpened()).isTrue();
        CaseRecord target = cases.findById(opened.caseId()).orElseThrow();
        assertThat(target.serviceType()).isEqualTo("ASSISTIVE_DEVICE");
        assertThat(target.registrationNumber()).isEqualTo(opened.registrationNumber()).isNotEqualTo(source.registrationNumber());
        assertThat(target.description()).isEqualTo("Kaki kiri diamputasi, perlu kursi roda");
        assertThat(target.regionCode()).isEqualTo("3516");
        assertThat(target.createdBy()).isEqualTo("peksos");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(target.registrationNumber())
                .processDefinitionKey("assistive-device").count()).isEqualTo(1);
        CasePerson subject = subject(target);
        assertThat(subject.data().nik()).isEqualTo(NIK);
        assertThat(subject.data().name()).isEqualTo("Sulastri");
        assertThat(subject.data().sex()).isEqualTo("F");
        assertThat(subject.data().address()).isEqualTo("Dsn. Kedungsari RT 2 RW 1, Kemlagi");
        assertThat(people.findByCase(target.id())).filteredOn(p -> p.role() == PersonRole.REPORTER).singleElement()
                .satisfies(p -> assertThat(p.data().phone()).isEqualTo("+6281234500077"));
        // The person's data never became a process variable of the new case.
        assertThat(runtime.createVariableInstanceQuery().variableName("subjectNik").count()).isZero();

        assertThat(links.linksOf(source.id())).singleElement().satisfies(link -> {
            assertThat(link.registrationNumber()).isEqualTo(target.registrationNumber());
            assertThat(link.linkType()).isEqualTo("HANDED_OVER");
            assertThat(link.direction()).isEqualTo("OUTGOING");
        });
        assertThat(links.linksOf(target.id())).singleElement().satisfies(link -> {
            assertThat(link.registrationNumber()).isEqualTo(source.registrationNumber());
            assertThat(link.direction()).isEqualTo("INCOMING");
        });
        assertThat(events.findByCase(source.id())).filteredOn(e -> e.type().equals("LINKED_CASE_OPENED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.step()).isEqualTo("Asesmen");
                    assertThat(e.details()).containsEntry("linkedCase", target.registrationNumber())
                            .containsEntry("serviceType", "ASSISTIVE_DEVICE");
                });
        assertThat(events.findByCase(target.id())).extracting(CaseEvent::type)
                .contains("CASE_REGISTERED", "PROCESS_STARTED", "OPENED_FROM_LINKED_CASE");

        // Opening again (a retried step) returns the case opened the first time.
        LinkedCaseService.LinkedCase again = tx.execute(s -> linkedCases.open(source.id(), "ASSISTIVE_DEVICE",
                "HANDED_OVER", null, "Asesmen", "peksos"));
        assertThat(again.newlyOpened()).isFalse();
        assertThat(again.registrationNumber()).isEqualTo(target.registrationNumber());
        assertThat(links.linksOf(source.id())).hasSize(1);
    }

    @Test
    void dataTheNewServiceRefusesLeavesNothingBehind() {
        CaseRecord source = gepengCase(null, null);
        long casesBefore = count("slrt.case_file");
        long linksBefore = count("slrt.case_link");
        long eventsBefore = count("slrt.case_event");

        assertThatThrownBy(() -> tx.execute(s -> linkedCases.open(source.id(), "ASSISTIVE_DEVICE", "HANDED_OVER",
                "Perlu kursi roda", "Asesmen", "peksos")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("ASSISTIVE_DEVICE").hasMessageContaining(source.registrationNumber())
                .hasMessageContaining("Alamat untuk pengantaran alat wajib diisi");

        assertThat(count("slrt.case_file")).isEqualTo(casesBefore);
        assertThat(count("slrt.case_link")).isEqualTo(linksBefore);
        assertThat(count("slrt.case_event")).isEqualTo(eventsBefore);
    }

    @Test
    void onlyAHandOverOpensANewCase() {
        CaseRecord source = gepengCase(null, "Kemlagi");
        assertThatThrownBy(() -> tx.execute(s -> linkedCases.open(source.id(), "ASSISTIVE_DEVICE", "POSSIBLE_DUPLICATE",
                null, "Asesmen", "peksos")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HANDED_OVER");
    }

    private CaseRecord gepengCase(String nik, String address) {
        String number = intake.open(new CaseIntakeRequest("GEPENG_HANDLING", Channel.WALK_IN, "3516",
                new CaseIntakeRequest.Subject(nik, null, "Sulastri", null, Sex.F, address),
                new CaseIntakeRequest.Reporter("Tim Penjangkauan Dinsos", "081234500077"),
                "Mengemis di Pasar Kemlagi, berjalan dengan tongkat"), "operator").registrationNumber();
        return cases.findByRegistrationNumber(number).orElseThrow();
    }

    private CasePerson subject(CaseRecord record) {
        return people.findByCase(record.id()).stream().filter(p -> p.id() == record.subjectPersonId()).findFirst()
                .orElseThrow();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
