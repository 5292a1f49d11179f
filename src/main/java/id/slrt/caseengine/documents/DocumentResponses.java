package id.slrt.caseengine.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** How a document leaves the app, and how an uploaded part is read; shared by the API and the pages. */
final class DocumentResponses {

    static final String REGISTRATION_NUMBER = "SLRT-[0-9]{4}-[0-9]{4}-[0-9]{6}";

    private DocumentResponses() {
    }

    /**
     * The original as an attachment, never rendered from the app's origin: nosniff, a sandboxing policy for a
     * browser that opens it anyway, no caching of personal data.
     */
    static ResponseEntity<byte[]> attachment(DocumentContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.document().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content.bytes());
    }

    /** The preview (a JPEG the app made itself), shown inline in the case page and the Tasklist tab. */
    static ResponseEntity<byte[]> preview(DocumentContent content) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("pratinjau.jpg").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content.bytes());
    }

    static void requireRegistrationNumber(String registrationNumber) {
        if (registrationNumber == null || !registrationNumber.matches(REGISTRATION_NUMBER)) {
            throw ContentInspector.refused(HttpStatus.BAD_REQUEST, "registrationNumber", "INVALID_FORMAT",
                    "nomor registrasi berbentuk SLRT-3516-2026-000123");
        }
    }

    /** The uploaded part as an upload; a missing file is the client's mistake, named in Indonesian. */
    static CaseDocuments.Upload upload(MultipartFile file, String kind, String taskId) {
        if (file == null) {
            throw ContentInspector.refused(HttpStatus.BAD_REQUEST, "file", "REQUIRED",
                    "berkas wajib dikirim (multipart/form-data, bagian 'file')");
        }
        try {
            return new CaseDocuments.Upload(kind, file.getOriginalFilename(), file.getBytes(), taskId);
        } catch (IOException e) {
            throw ContentInspector.refused(HttpStatus.BAD_REQUEST, "file", "UNREADABLE",
                    "berkas tidak terbaca sampai selesai; kirim ulang");
        }
    }
}
