package id.slrt.caseengine.intake;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseLinkRepository;
import id.slrt.caseengine.casefile.CasePerson;
import id.slrt.caseengine.casefile.CasePersonRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.casefile.PersonData;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.OfficeClock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a new case of another service for the same person and links both cases, for example when a homeless
 * person turns out to need the ODGJ service. The new case goes through the ordinary intake (validation, case
 * file, registration number, its own process); the person's data is copied from the case file tables of the
 * source case, never taken from process variables. Both case logs record the link. Opening again for the same
 * source case, service and link type returns the case opened the first time.
 */
@Service
public class LinkedCaseService {

    /** Link types a new case may be opened with (the values {@code slrt.case_link} allows for this purpose). */
    public static final Set<String> OPENING_LINK_TYPES = Set.of("HANDED_OVER");

    public record LinkedCase(long caseId, String registrationNumber, boolean newlyOpened) {
    }

    private final IntakeService intake;
    private final CaseFileRepository cases;
    private final CasePersonRepository people;
    private final CaseLinkRepository links;
    private final CaseStatusService statuses;
    private final OfficeClock clock;

    public LinkedCaseService(IntakeService intake, CaseFileRepository cases, CasePersonRepository people,
                             CaseLinkRepository links, CaseStatusService statuses, OfficeClock clock) {
        this.intake = intake;
        this.cases = cases;
        this.people = people;
        this.links = links;
        this.statuses = statuses;
        this.clock = clock;
    }

    /**
     * @param description what the new case is about (null: the source case's description)
     * @param step        the step of the source process that opens the case, for its event log
     * @throws BadUserRequestException when the new service refuses the person's data (the reasons in Indonesian)
     */
    @Transactional
    public LinkedCase open(long sourceCaseId, String serviceType, String linkType, String description, String step,
                           String actor) {
        if (!OPENING_LINK_TYPES.contains(linkType)) {
            throw new IllegalStateException("Link type '" + linkType + "' cannot open a new case; allowed: "
                    + OPENING_LINK_TYPES + " (a new type needs a migration of slrt.case_link and this list)");
        }
        CaseRecord source = cases.findById(sourceCaseId).orElseThrow(() ->
                new IllegalStateException("Case " + sourceCaseId + " does not exist"));
        if (source.closedAt() != null) {
            throw new IllegalStateException("Case " + source.registrationNumber() + " is closed: it cannot hand over");
        }
        Optional<CaseRecord> existing = links.linksOf(sourceCaseId).stream()
                .filter(l -> l.linkType().equals(linkType) && l.direction().equals("OUTGOING"))
                .map(l -> cases.findByRegistrationNumber(l.registrationNumber()).orElseThrow())
                .filter(c -> c.serviceType().equals(serviceType))
                .findFirst();
        if (existing.isPresent()) {
            return new LinkedCase(existing.get().id(), existing.get().registrationNumber(), false);
        }

        PersonData subject = person(source, source.subjectPersonId());
        PersonData reporter = person(source, source.reporterPersonId());
        CaseIntakeRequest request = new CaseIntakeRequest(serviceType, Channel.valueOf(source.channel()),
                source.regionCode(),
                subject == null ? null : new CaseIntakeRequest.Subject(subject.nik(), subject.kkNumber(),
                        subject.name(), subject.birthDate(), subject.sex() == null ? null : Sex.valueOf(subject.sex()),
                        subject.address()),
                reporter == null ? null : new CaseIntakeRequest.Reporter(reporter.name(), reporter.phone()),
                description == null || description.isBlank() ? source.description() : description.strip());
        IntakeResult opened;
        try {
            opened = intake.open(request, actor);
        } catch (InvalidInputException e) {
            throw new BadUserRequestException("Kasus baru layanan " + serviceType + " untuk "
                    + source.registrationNumber() + " tidak dapat dibuka: " + e.issues().stream()
                    .map(FieldIssue::message).collect(Collectors.joining("; ")), e);
        }
        CaseRecord target = cases.findByRegistrationNumber(opened.registrationNumber()).orElseThrow();
        links.link(sourceCaseId, target.id(), linkType, clock.now());

        Map<String, Object> outgoing = new LinkedHashMap<>();
        outgoing.put("linkedCase", target.registrationNumber());
        outgoing.put("serviceType", serviceType);
        outgoing.put("linkType", linkType);
        statuses.record(sourceCaseId, "LINKED_CASE_OPENED", step, outgoing);
        Map<String, Object> incoming = new LinkedHashMap<>();
        incoming.put("linkedCase", source.registrationNumber());
        incoming.put("serviceType", source.serviceType());
        incoming.put("linkType", linkType);
        statuses.record(target.id(), "OPENED_FROM_LINKED_CASE", null, incoming);
        return new LinkedCase(target.id(), target.registrationNumber(), true);
    }

    private PersonData person(CaseRecord source, Long personId) {
        if (personId == null) {
            return null;
        }
        return people.findByCase(source.id()).stream().filter(p -> p.id() == personId).findFirst()
                .map(CasePerson::data).orElse(null);
    }
}
