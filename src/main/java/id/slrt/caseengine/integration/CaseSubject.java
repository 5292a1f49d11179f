package id.slrt.caseengine.integration;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CasePerson;
import id.slrt.caseengine.casefile.CasePersonRepository;
import id.slrt.caseengine.casefile.PersonData;
import java.util.Optional;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.springframework.stereotype.Component;

/**
 * The subject of the case an external task belongs to, read from the case file through the task's
 * {@code caseId} variable: identity numbers never travel as process variables.
 */
@Component
public class CaseSubject {

    private final CaseFileRepository cases;
    private final CasePersonRepository people;

    public CaseSubject(CaseFileRepository cases, CasePersonRepository people) {
        this.cases = cases;
        this.people = people;
    }

    public Optional<PersonData> of(LockedExternalTask task) {
        Object caseId = task.getVariables().get("caseId");
        if (!(caseId instanceof Number id)) {
            throw new IllegalStateException("External task " + task.getTopicName() + " has no caseId variable");
        }
        return cases.findById(id.longValue()).map(c -> c.subjectPersonId()).flatMap(subjectId ->
                people.findByCase(id.longValue()).stream().filter(p -> p.id() == subjectId).findFirst())
                .map(CasePerson::data);
    }
}
