package id.slrt.caseengine.casefile;

import id.slrt.caseengine.security.region.StaffDistricts;
import id.slrt.caseengine.system.CurrentActor;
import id.slrt.caseengine.system.FieldIssue;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a new case file (number, people, first events) in the caller's transaction. */
@Service
public class CaseRegistrationService {

    public record RegisteredCase(long caseId, String registrationNumber) {
    }

    private final RegistrationNumberAllocator numbers;
    private final CaseFileRepository cases;
    private final CasePersonRepository people;
    private final CaseEventRepository events;
    private final OfficeClock clock;
    private final CurrentActor actor;
    private final ApplicationEventPublisher publisher;
    private final StaffDistricts staffDistricts;
    private final CasePpksRepository ppks;

    public CaseRegistrationService(RegistrationNumberAllocator numbers, CaseFileRepository cases,
                                   CasePersonRepository people, CaseEventRepository events, OfficeClock clock,
                                   CurrentActor actor, ApplicationEventPublisher publisher,
                                   StaffDistricts staffDistricts, CasePpksRepository ppks) {
        this.staffDistricts = staffDistricts;
        this.ppks = ppks;
        this.numbers = numbers;
        this.cases = cases;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.actor = actor;
        this.publisher = publisher;
    }

    @Transactional
    public RegisteredCase register(NewCase newCase, List<FieldIssue> warnings) {
        OffsetDateTime now = clock.now();
        String number = numbers.next(newCase.regionCode(), now.getYear());
        long caseId = cases.insert(number, newCase, "REGISTERED", now);
        Long subjectId = insertPerson(caseId, PersonRole.SUBJECT, newCase.subject());
        Long reporterId = insertPerson(caseId, PersonRole.REPORTER, newCase.reporter());
        cases.linkPeople(caseId, subjectId, reporterId);
        String district = districtOf(newCase);
        if (district != null) {
            cases.setDistrict(caseId, district);
        }
        if (newCase.ppksTypes() != null && !newCase.ppksTypes().isEmpty()) {
            ppks.add(caseId, newCase.ppksTypes(), newCase.ppksSource(), actor.name(), now);
        }

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("serviceType", newCase.serviceType());
        details.put("channel", newCase.channel());
        details.put("regionCode", newCase.regionCode());
        details.put("ppksTypes", newCase.ppksTypes() == null ? java.util.List.of() : newCase.ppksTypes());
        events.append(caseId, now, "CASE_REGISTERED", null, actor.name(), details);
        for (FieldIssue warning : warnings) {
            events.append(caseId, now, "INTAKE_WARNING", null, actor.name(),
                    Map.of("field", warning.field(), "code", warning.code(), "message", warning.message()));
        }
        publisher.publishEvent(new CaseRegisteredEvent(caseId, number, newCase.serviceType(), newCase.channel(),
                newCase.regionCode(), now));
        return new RegisteredCase(caseId, number);
    }

    /** @throws IllegalStateException when the case file already belongs to a process */
    @Transactional
    public void attachProcess(long caseId, String processInstanceId, String processKey) {
        OffsetDateTime now = clock.now();
        if (!cases.linkProcessInstance(caseId, processInstanceId, now)) {
            throw new IllegalStateException("Case " + caseId + " already belongs to a process");
        }
        events.append(caseId, now, "PROCESS_STARTED", null, actor.name(),
                Map.of("processKey", processKey, "processInstanceId", processInstanceId));
    }

    /**
     * The case's district: a district-scoped operator's own (the subject's NIK district if it is one of them, else
     * the first of the case's regency), so the Puskesos that registers a case keeps seeing it; otherwise the
     * district of the subject's NIK when it lies in the case's regency (a NIK names where it was issued, the best
     * the intake knows). Null when neither is known; district-scoped staff do not see such a case.
     */
    private String districtOf(NewCase newCase) {
        String regency = newCase.regionCode();
        String nik = newCase.subject() == null ? null : newCase.subject().nik();
        String nikDistrict = nik != null && nik.strip().length() >= 6 ? nik.strip().substring(0, 6) : null;
        var own = staffDistricts.of(actor.name()).map(set -> set.stream().filter(d -> d.startsWith(regency)).toList())
                .filter(list -> !list.isEmpty());
        if (own.isPresent()) {
            return own.get().contains(nikDistrict) ? nikDistrict : own.get().get(0);
        }
        return nikDistrict != null && nikDistrict.startsWith(regency) && cases.isDistrict(nikDistrict)
                ? nikDistrict : null;
    }

    private Long insertPerson(long caseId, PersonRole role, PersonData person) {
        if (person == null || person.isEmpty()) {
            return null;
        }
        return people.insert(caseId, role, person);
    }
}
