package id.slrt.caseengine.documents;

import id.slrt.caseengine.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents section of the staff case page ({@code /app/cases/{n}}): its upload form, downloads and removal.
 * A refused file answers a 4xx page naming the reason, with the way back; nothing is stored.
 */
@Controller
@RequestMapping("/app/cases/{registrationNumber}/documents")
@PreAuthorize("hasAnyAuthority('front-office','caseworker','supervisor','opd-liaison','camunda-admin')")
public class CaseDocumentPageController {

    private final CaseDocuments documents;

    public CaseDocumentPageController(CaseDocuments documents) {
        this.documents = documents;
    }

    @PostMapping
    @PreAuthorize("hasAnyAuthority('front-office','caseworker','supervisor','camunda-admin')")
    public String upload(@PathVariable String registrationNumber,
                         @RequestPart(value = "file", required = false) MultipartFile file,
                         @RequestParam(value = "kind", required = false) String kind,
                         @RequestParam(value = "taskId", required = false) String taskId) {
        DocumentResponses.requireRegistrationNumber(registrationNumber);
        if (file != null && file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
            file = null;
        }
        documents.upload(registrationNumber, DocumentResponses.upload(file, kind, taskId));
        return "redirect:/app/cases/" + registrationNumber + "?dokumen=tersimpan#dokumen";
    }

    @GetMapping("/{documentId}")
    public ResponseEntity<byte[]> download(@PathVariable String registrationNumber, @PathVariable long documentId) {
        DocumentResponses.requireRegistrationNumber(registrationNumber);
        return DocumentResponses.attachment(documents.open(registrationNumber, documentId, false));
    }

    @GetMapping("/{documentId}/preview")
    public ResponseEntity<byte[]> preview(@PathVariable String registrationNumber, @PathVariable long documentId) {
        DocumentResponses.requireRegistrationNumber(registrationNumber);
        return DocumentResponses.preview(documents.open(registrationNumber, documentId, true));
    }

    @PostMapping("/{documentId}/removal")
    @PreAuthorize("hasAnyAuthority('caseworker','supervisor','camunda-admin')")
    public String remove(@PathVariable String registrationNumber, @PathVariable long documentId,
                         @RequestParam(value = "reason", required = false) String reason) {
        DocumentResponses.requireRegistrationNumber(registrationNumber);
        documents.remove(registrationNumber, documentId, reason);
        return "redirect:/app/cases/" + registrationNumber + "?dokumen=dihapus#dokumen";
    }

    @ExceptionHandler(DocumentRefusedException.class)
    public String refused(DocumentRefusedException e, HttpServletRequest request, Model model,
                          HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("title", "Dokumen tidak disimpan");
        model.addAttribute("message", e.issue().message());
        java.util.regex.Matcher number = java.util.regex.Pattern
                .compile("/app/cases/(" + DocumentResponses.REGISTRATION_NUMBER + ")/").matcher(request.getRequestURI());
        model.addAttribute("registrationNumber", number.find() ? number.group(1) : null);
        return "documents/refused";
    }

    @ExceptionHandler(NotFoundException.class)
    public String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("title", "Tidak ditemukan");
        model.addAttribute("message", e.getMessage() + ". Kasus di luar wilayah kerja Anda juga tidak ditampilkan.");
        model.addAttribute("registrationNumber", null);
        return "documents/refused";
    }
}
