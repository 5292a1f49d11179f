package id.slrt.caseengine.casefile;

import id.slrt.caseengine.identity.RegionDirectory;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.system.NotFoundException;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CaseViewService {

    private final CaseAccess access;

    private final CaseFileRepository cases;
    private final CasePersonRepository people;
    private final CaseEventRepository events;
    private final RegionDirectory regions;
    private final TaskService tasks;
    private final ZoneId zone;
    private final CaseClassificationRepository classifications;
    private final CaseLinkRepository links;
    private final CasePpksRepository ppks;
    private final id.slrt.caseengine.catalogue.PpksTypes ppksTypes;

    public CaseViewService(CaseFileRepository cases, CasePersonRepository people, CaseEventRepository events,
                           RegionDirectory regions, TaskService tasks, OfficeClock clock,
                           CaseClassificationRepository classifications, CaseLinkRepository links, CaseAccess access,
                           CasePpksRepository ppks, id.slrt.caseengine.catalogue.PpksTypes ppksTypes) {
        this.ppks = ppks;
        this.ppksTypes = ppksTypes;
        this.access = access;
        this.classifications = classifications;
        this.links = links;
        this.cases = cases;
        this.people = people;
        this.events = events;
        this.regions = regions;
        this.tasks = tasks;
        this.zone = clock.zone();
    }

    @Transactional(readOnly = true)
    public CaseView view(String registrationNumber) {
        CaseRecord c = cases.findByRegistrationNumber(registrationNumber)
                .filter(access::maySee)
                .orElseThrow(() -> new NotFoundException("Kasus " + registrationNumber + " tidak ditemukan"));
        List<CasePerson> persons = people.findByCase(c.id());
        CaseView.Person subject = persons.stream().filter(p -> c.subjectPersonId() != null && p.id() == c.subjectPersonId())
                .findFirst().map(this::person).orElse(null);
        CaseView.Person reporter = persons.stream().filter(p -> c.reporterPersonId() != null && p.id() == c.reporterPersonId())
                .findFirst().map(this::person).orElse(null);
        List<CaseView.Person> family = persons.stream().filter(p -> p.role() == PersonRole.FAMILY_CONTACT)
                .map(this::person).toList();
        String province = c.regionCode().substring(0, 2);
        CaseView.RegionRef region = new CaseView.RegionRef(c.regionCode(), regions.nameOf(c.regionCode()),
                province, regions.nameOf(province));
        List<CaseView.TaskRef> openTasks = c.processInstanceId() == null ? List.of()
                : tasks.createTaskQuery().processInstanceId(c.processInstanceId()).orderByTaskCreateTime().asc().list()
                .stream()
                .map(t -> new CaseView.TaskRef(t.getId(), t.getName(), t.getTaskDefinitionKey(), t.getAssignee(),
                        time(t.getCreateTime()), time(t.getDueDate())))
                .toList();
        List<CaseView.EventRef> log = events.findByCase(c.id()).stream()
                .map(e -> new CaseView.EventRef(e.occurredAt(), e.type(), e.step(), e.actor(), e.details()))
                .toList();
        CaseClassificationRepository.Classification classification = classifications.of(c.id());
        boolean withhold = classification.reporterConfidential() && !ConfidentialReporter.callerMaySee();
        if (withhold) {
            if (ConfidentialReporter.sameName(subject == null ? null : subject.name(),
                    reporter == null ? null : reporter.name())) {
                subject = new CaseView.Person(null, null, ClassifyCaseDelegate.WITHHELD, null, null, null, null, null, null);
            }
            reporter = null;
            log = log.stream().map(e -> new CaseView.EventRef(e.occurredAt(), e.type(), e.step(), e.actor(),
                    ConfidentialReporter.redact(e.details()))).toList();
        }
        return new CaseView(c.registrationNumber(), c.serviceType(), c.processKey(), c.channel(), region, c.status(),
                c.statusLabel(), c.currentStep(), c.currentDeadline(), c.description(), c.outcome(), c.openedAt(),
                c.closedAt(), c.processInstanceId(), subject, reporter, family, openTasks, log,
                classification.category(), classification.reporterConfidential(), links.linksOf(c.id()),
                ppks.of(c.id()).stream().map(p -> new CaseView.PpksRef(p.code(), ppksTypes.labelOf(p.code()),
                        p.source())).toList());
    }

    private CaseView.Person person(CasePerson p) {
        PersonData d = p.data();
        String nikRegion = d.nik() == null ? null : regions.nameOf(d.nik().substring(0, 6));
        return new CaseView.Person(d.nik(), d.kkNumber(), d.name(), d.birthDate(), d.sex(), d.address(), d.phone(),
                d.relationship(), nikRegion);
    }

    private OffsetDateTime time(Date date) {
        return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), zone);
    }
}
