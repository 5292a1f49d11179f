package id.slrt.caseengine.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/cases/{registrationNumber}/documents")
@Tag(name = "Documents")
public class CaseDocumentController {

    private final CaseDocuments documents;

    public CaseDocumentController(CaseDocuments documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyAuthority('front-office','caseworker','supervisor','camunda-admin')")
    @Operation(summary = "Attach a document (PDF, JPEG, PNG, WEBP) to a case",
            description = "Parts: file, kind (a code of bpmn/document-kinds.dmn), taskId (optional: the open task "
                    + "that asked for it). The type is read from the bytes; limits per file and per case. 201 with "
                    + "the stored document; 400/413/415 problem+json and nothing stored otherwise.")
    public ResponseEntity<StoredDocument> upload(@PathVariable String registrationNumber,
                                                 @RequestPart(value = "file", required = false) MultipartFile file,
                                                 @RequestParam(value = "kind", required = false) String kind,
                                                 @RequestParam(value = "taskId", required = false) String taskId) {
        DocumentResponses.requireRegistrationNumber(registrationNumber);
        StoredDocument stored = documents.upload(registrationNumber, DocumentResponses.upload(file, kind, taskId));
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The documents of a case (removed ones marked)", description = "Recorded in the case's access audit.")
    public List<StoredDocument> list(@PathVariable String registrationNumber) {
        DocumentResponses.requireRegistrationNumber(registrationNumber);
        return documents.list(registrationNumber);
    }

    @GetMapping("/{documentId}/content")
    @Operation(summary = "Download a document's original bytes",
            description = "Served as an attachment with X-Content-Type-Options: nosniff; recorded in the access audit.")
    public ResponseEntity<byte[]> download(@PathVariable String registrationNumber, @PathVariable long documentId) {
        DocumentResponses.requireRegistrationNumber(registrationNumber);
        return DocumentResponses.attachment(documents.open(registrationNumber, documentId, false));
    }

    @GetMapping("/{documentId}/preview")
    @Operation(summary = "The downscaled preview of an image document (JPEG)")
    public ResponseEntity<byte[]> preview(@PathVariable String registrationNumber, @PathVariable long documentId) {
        DocumentResponses.requireRegistrationNumber(registrationNumber);
        return DocumentResponses.preview(documents.open(registrationNumber, documentId, true));
    }

    @DeleteMapping(value = "/{documentId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyAuthority('caseworker','supervisor','camunda-admin')")
    @Operation(summary = "Remove a document (soft delete with a reason)",
            description = "The document leaves the case's list of what is attached; its bytes are kept until the "
                    + "retention rule erases them. Generated documents (issued letters) cannot be removed (409).")
    public StoredDocument remove(@PathVariable String registrationNumber, @PathVariable long documentId,
                                 @RequestParam(value = "reason", required = false) String reason) {
        DocumentResponses.requireRegistrationNumber(registrationNumber);
        return documents.remove(registrationNumber, documentId, reason);
    }
}
