package id.slrt.caseengine.letters;

import id.slrt.caseengine.audit.CaseAudit;
import id.slrt.caseengine.casefile.CaseFileRepository;
import id.slrt.caseengine.casefile.CaseRecord;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.system.Groups;
import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.InvalidInputException;
import id.slrt.caseengine.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The letters of a case for staff: the list ({@code /app/cases/{n}/surat}), each PDF to download or print
 * ({@code /app/cases/{n}/surat/{id}.pdf}, inline; {@code ?unduh=1} as an attachment), and the way in from a
 * Tasklist task ({@code /app/tasks/{taskId}/surat}). Access as the case's (regional scoping, restricted cases);
 * every read is recorded in the case's access audit (a PDF's by the case documents it is stored in).
 */
@Controller
@PreAuthorize("hasAnyAuthority('front-office','caseworker','supervisor','opd-liaison','camunda-admin')")
public class LetterPageController {

    public record LetterRow(long id, String number, String title, String issuedOn, String issuedBy, String replacesNumber,
                            String replacedByNumber, String sha256) {
    }

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final CaseAudit audit;
    private final LetterRegister register;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final LetterService letters;

    public LetterPageController(CaseFileRepository cases, CaseAccess access, CaseAudit audit, LetterRegister register,
                                TaskService tasks, RuntimeService runtime, LetterService letters) {
        this.letters = letters;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.register = register;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    @GetMapping("/app/cases/{registrationNumber}/surat")
    public String list(@PathVariable String registrationNumber, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        CaseRecord c = visibleCase(registrationNumber);
        List<LetterRow> rows = register.ofCase(c.id()).stream().map(l -> new LetterRow(l.id(), l.letterNumber(),
                l.title(), IndonesianDates.day(l.issuedOn()), l.issuedBy(), l.replacesNumber(), l.replacedByNumber(),
                l.sha256())).toList();
        audit.read(CaseAudit.Action.VIEW, List.of(c.registrationNumber()), Map.of("letters", rows.size()));
        model.addAttribute("registrationNumber", c.registrationNumber());
        model.addAttribute("letters", rows);
        model.addAttribute("mayCorrect", access.currentStaff()
                .map(p -> p.inGroup(Groups.SUPERVISOR) || p.inGroup(Groups.ADMIN)).orElse(false));
        return "letters/list";
    }

    @GetMapping("/app/cases/{registrationNumber}/surat/{id}.pdf")
    @ResponseBody
    public ResponseEntity<byte[]> pdf(@PathVariable String registrationNumber, @PathVariable long id,
                                      @RequestParam(name = "unduh", required = false) String download) {
        CaseRecord c = visibleCase(registrationNumber);
        LetterRegister.Letter letter = register.find(id).filter(l -> l.caseId() == c.id())
                .orElseThrow(() -> new NotFoundException("Surat tidak ditemukan pada kasus " + registrationNumber));
        byte[] pdf = letters.pdf(letter, c.registrationNumber());
        ContentDisposition disposition = (download == null ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(letter.fileName()).build();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-SHA256", letter.sha256())
                .body(pdf);
    }

    /**
     * A supervisor corrects a letter: a new letter of the same type from the case file as it is now, naming the one
     * it replaces, which the verification page then shows as replaced. The reason is required and kept.
     */
    @PostMapping("/app/cases/{registrationNumber}/surat/{id}/koreksi")
    @PreAuthorize("hasAnyAuthority('supervisor','camunda-admin')")
    public String correct(@PathVariable String registrationNumber, @PathVariable long id,
                          @RequestParam(name = "alasan", required = false) String reason) {
        CaseRecord c = visibleCase(registrationNumber);
        LetterRegister.Letter letter = register.find(id).filter(l -> l.caseId() == c.id())
                .orElseThrow(() -> new NotFoundException("Surat tidak ditemukan pada kasus " + registrationNumber));
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 500) {
            throw new InvalidInputException("alasan", why.isEmpty() ? "REQUIRED" : "INVALID_LENGTH",
                    "alasan koreksi wajib diisi, 5 sampai 500 karakter");
        }
        LetterRegister.Letter correction = letters.correct(letter.id(), null, why);
        return "redirect:/app/cases/" + c.registrationNumber() + "/surat?koreksi=" + correction.id();
    }

    @ExceptionHandler(InvalidInputException.class)
    public String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("message", e.issues().stream().map(i -> i.message())
                .collect(java.util.stream.Collectors.joining("; ")));
        return "letters/refused";
    }

    /** From a task in Tasklist to its case's letters. */
    @GetMapping("/app/tasks/{taskId}/surat")
    public String fromTask(@PathVariable String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        String processInstanceId = task == null ? null : task.getProcessInstanceId();
        var instance = processInstanceId == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        String number = instance == null ? null : instance.getBusinessKey();
        if (number == null) {
            throw new NotFoundException("Tugas ini tidak termasuk kasus");
        }
        return "redirect:/app/cases/" + visibleCase(number).registrationNumber() + "/surat";
    }

    private CaseRecord visibleCase(String registrationNumber) {
        return cases.findByRegistrationNumber(registrationNumber).filter(access::maySee)
                .orElseThrow(() -> new NotFoundException("Kasus " + registrationNumber + " tidak ditemukan"));
    }

    @ExceptionHandler(NotFoundException.class)
    public String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", e.getMessage());
        return "casefile/not-found";
    }
}
