package id.slrt.caseengine.verification;

import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CasePerson;
import id.slrt.caseengine.casefile.CasePersonRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.casefile.CaseStatusService;
import id.slrt.caseengine.casefile.PersonData;
import id.slrt.caseengine.step.CaseContext;
import id.slrt.caseengine.step.GenericStep;
import id.slrt.caseengine.system.OfficeClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step "Periksa data secara otomatis" (bean {@code verifyCaseData}): runs the checks the diagram lists in the
 * input {@code checks} ({@code camunda:list} of codes, see {@link VerificationCheck} beans) and writes the
 * result for the next steps: {@code findingsVariable} (default {@code verificationFindings}, one reason per
 * line in Indonesian, empty when all pass) and {@code passedVariable} (default {@code verificationPassed}).
 * The case log records the codes found (not the data).
 */
@Component("verifyCaseData")
@GenericStep(requires = "checks", accepts = {"findingsVariable", "passedVariable"},
        produces = {"verificationFindings", "verificationPassed"})
public class VerifyCaseDataDelegate implements JavaDelegate {

    private final Map<String, VerificationCheck> checks;
    private final CaseFileRepository cases;
    private final CasePersonRepository people;
    private final CaseStatusService statuses;
    private final OfficeClock clock;

    public VerifyCaseDataDelegate(List<VerificationCheck> checks, CaseFileRepository cases,
                                  CasePersonRepository people, CaseStatusService statuses, OfficeClock clock) {
        this.checks = checks.stream().collect(Collectors.toMap(VerificationCheck::code, Function.identity()));
        this.cases = cases;
        this.people = people;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseContext.caseId(execution);
        CaseRecord record = cases.findById(caseId).orElseThrow();
        PersonData subject = record.subjectPersonId() == null ? null : people.findByCase(caseId).stream()
                .filter(p -> p.id() == record.subjectPersonId()).findFirst().map(CasePerson::data).orElse(null);
        VerificationContext context = new VerificationContext(execution, record, subject, clock.now().toLocalDate());

        List<Finding> findings = new ArrayList<>();
        for (String code : requestedChecks(execution)) {
            VerificationCheck check = checks.get(code);
            if (check == null) {
                throw new IllegalStateException("Step '" + execution.getCurrentActivityName() + "' asks for the unknown "
                        + "check '" + code + "'; known checks: " + checks.keySet());
            }
            findings.addAll(check.check(context));
        }
        String findingsVariable = context.input("findingsVariable", "verificationFindings");
        String passedVariable = context.input("passedVariable", "verificationPassed");
        DelegateExecution instance = execution.getProcessInstance();
        instance.setVariable(findingsVariable, findings.stream().map(f -> "- " + f.message())
                .collect(Collectors.joining("\n")));
        instance.setVariable(passedVariable, findings.isEmpty());

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("passed", findings.isEmpty());
        details.put("findings", findings.stream().map(Finding::code).toList());
        statuses.record(caseId, "AUTOMATIC_VERIFICATION", execution.getCurrentActivityName(), details);
    }

    private static List<String> requestedChecks(DelegateExecution execution) {
        Object value = execution.getVariableLocal("checks");
        if (value instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(String::valueOf).map(String::strip).toList();
        }
        if (value instanceof String text && !text.isBlank()) {
            return List.of(text.split("\\s*,\\s*"));
        }
        throw new IllegalStateException("Step '" + execution.getCurrentActivityName()
                + "' needs the input parameter 'checks' (a list of check codes)");
    }
}
