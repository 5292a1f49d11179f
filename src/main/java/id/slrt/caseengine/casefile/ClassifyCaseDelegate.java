package id.slrt.caseengine.casefile;

import id.slrt.caseengine.catalogue.CaseCategories;
import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.CaseVariables;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.step.StepInputs;
import id.slrt.caseengine.system.OfficeClock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Tetapkan kategori" (bean {@code classifyCase}). Input: {@code category} (a code of the DMN table
 * {@code caseCategory}; empty: nothing to do, the category is not known yet). Records the category on the case
 * file; when the table marks it confidential (misuse of social aid) the reporter's identity is from then on
 * shown to the supervisor group only, and the process variable {@code reporterConfidential} is set for forms.
 */
@Component("classifyCase")
@GenericStep(accepts = "category", produces = {"reporterConfidential", CaseVariables.SUBJECT_NAME})
public class ClassifyCaseDelegate implements JavaDelegate {

    public static final String REPORTER_CONFIDENTIAL = "reporterConfidential";
    /** What forms show instead of a protected name. */
    public static final String WITHHELD = "(dirahasiakan)";

    private final CaseCategories categories;
    private final CaseClassificationRepository classifications;
    private final CaseFileRepository cases;
    private final CasePersonRepository people;
    private final CaseStatusService statuses;
    private final OfficeClock clock;

    public ClassifyCaseDelegate(CaseCategories categories, CaseClassificationRepository classifications,
                                CaseFileRepository cases, CasePersonRepository people, CaseStatusService statuses,
                                OfficeClock clock) {
        this.categories = categories;
        this.classifications = classifications;
        this.cases = cases;
        this.people = people;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = StepInputs.optional(execution, "category");
        if (code == null || code.isBlank()) {
            return;
        }
        long caseId = CaseContext.caseId(execution);
        CaseRecord record = cases.findById(caseId).orElseThrow();
        CaseCategories.Category category = categories.find(record.serviceType(), code.trim())
                .orElseThrow(() -> new IllegalStateException("Category '" + code + "' is not in case-categories.dmn for "
                        + record.serviceType()));
        OffsetDateTime now = clock.now();
        String step = execution.getCurrentActivityName();
        CaseClassificationRepository.Classification before = classifications.of(caseId);
        if (!Objects.equals(before.category(), category.code())) {
            classifications.setCategory(caseId, category.code(), now);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("category", category.code());
            details.put("label", category.label());
            if (before.category() != null) {
                details.put("previousCategory", before.category());
            }
            statuses.record(caseId, "CASE_CATEGORIZED", step, details);
        }
        if (category.reporterConfidential() && classifications.protectReporter(caseId, now)) {
            statuses.record(caseId, "REPORTER_PROTECTED", step, Map.of("reason", category.label()));
        }
        if (classifications.of(caseId).reporterConfidential()) {
            DelegateExecution instance = execution.getProcessInstance();
            instance.setVariable(REPORTER_CONFIDENTIAL, true);
            if (subjectIsReporter(record)) {
                instance.setVariable(CaseVariables.SUBJECT_NAME, WITHHELD);
            }
        }
    }

    /** A reporter who reports about themselves would be named through the subject. */
    private boolean subjectIsReporter(CaseRecord record) {
        if (record.subjectPersonId() == null || record.reporterPersonId() == null) {
            return false;
        }
        PersonData subject = null;
        PersonData reporter = null;
        for (CasePerson p : people.findByCase(record.id())) {
            if (p.id() == record.subjectPersonId()) {
                subject = p.data();
            }
            if (p.id() == record.reporterPersonId()) {
                reporter = p.data();
            }
        }
        return subject != null && reporter != null && subject.name() != null
                && subject.name().equalsIgnoreCase(reporter.name() == null ? "" : reporter.name());
    }
}
