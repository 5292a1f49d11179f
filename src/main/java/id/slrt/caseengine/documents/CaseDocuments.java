package id.slrt.caseengine.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.slrt.caseengine.audit.CaseAudit;
import id.slrt.caseengine.catalogue.DocumentKinds;
import id.slrt.caseengine.platform.Encryption;
import id.slrt.caseengine.security.region.CaseAccess;
import id.slrt.caseengine.system.CurrentActor;
import id.slrt.caseengine.system.Groups;
import id.slrt.caseengine.system.NotFoundException;
import id.slrt.caseengine.system.OfficeClock;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a case: the one way to store, list, open and remove them. Staff calls (by registration number)
 * see a case's documents exactly when they may see the case ({@link CaseAccess}: regency, restricted children's
 * cases; documents a protected reporter sent only for supervisors) and every list, view and download is written to
 * the case's access audit. Bytes are sealed ({@link Encryption}) and stored in the same transaction as the
 * metadata; a refused file leaves nothing behind.
 */
@Service
public class CaseDocuments {

    /** What a staff member sends: the kind code, the file's name and bytes, optionally the task that asked for it. */
    public record Upload(String kind, String fileName, byte[] bytes, String taskId) {
    }

    private final DocumentRepository documents;
    private final DocumentStore store;
    private final ContentInspector inspector;
    private final DocumentKinds kinds;
    private final DocumentsProperties properties;
    private final Encryption encryption;
    private final CaseAccess access;
    private final CaseAudit audit;
    private final CurrentActor actor;
    private final OfficeClock clock;
    private final TaskService tasks;
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    public CaseDocuments(DocumentRepository documents, DocumentStore store, ContentInspector inspector,
                         DocumentKinds kinds, DocumentsProperties properties, Encryption encryption,
                         CaseAccess access, CaseAudit audit, CurrentActor actor, OfficeClock clock,
                         TaskService tasks, JdbcClient jdbc, ObjectMapper json) {
        this.documents = documents;
        this.store = store;
        this.inspector = inspector;
        this.kinds = kinds;
        this.properties = properties;
        this.encryption = encryption;
        this.access = access;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A file the system made (an issued letter, a signed record): stored in the caller's transaction, checked like
     * any file (content type from the bytes, the per-file limit), counted in the case's total but never refused
     * for it, and immutable: nobody removes it.
     */
    @Transactional
    public StoredDocument storeGenerated(long caseId, String kind, String fileName, byte[] bytes, String addedBy) {
        DocumentCase c = documents.caseById(caseId)
                .orElseThrow(() -> new NotFoundException("Kasus " + caseId + " tidak ditemukan"));
        return store(c, kind, fileName, bytes, null, null, StoredDocument.Origin.GENERATED, true, addedBy);
    }

    /**
     * A file a citizen sent on a channel (WhatsApp media), attached to their case by the system. A refusal is
     * decided before anything is written, so it leaves the caller's transaction (the message's) usable.
     */
    @Transactional(noRollbackFor = DocumentRefusedException.class)
    public StoredDocument storeFromCitizen(long caseId, String kind, String fileName, byte[] bytes, String channel) {
        DocumentCase c = documents.caseById(caseId)
                .orElseThrow(() -> new NotFoundException("Kasus " + caseId + " tidak ditemukan"));
        return store(c, kind, fileName, bytes, null, null, StoredDocument.Origin.WHATSAPP, false, channel);
    }

    /** A staff member's upload to a case they may see; optionally for one of the case's open tasks. */
    @Transactional
    public StoredDocument upload(String registrationNumber, Upload upload) {
        DocumentCase c = visibleCase(registrationNumber);
        if (c.closed()) {
            throw ContentInspector.refused(HttpStatus.CONFLICT, "registrationNumber", "CASE_CLOSED",
                    "kasus " + c.registrationNumber() + " sudah ditutup; dokumen tidak dapat ditambahkan");
        }
        String taskId = upload.taskId() == null || upload.taskId().isBlank() ? null : upload.taskId().strip();
        String step = null;
        if (taskId != null) {
            Task task = c.processInstanceId() == null ? null
                    : tasks.createTaskQuery().taskId(taskId).processInstanceId(c.processInstanceId()).singleResult();
            if (task == null) {
                throw ContentInspector.refused(HttpStatus.BAD_REQUEST, "taskId", "NOT_A_TASK_OF_CASE",
                        "tugas " + taskId + " bukan tugas terbuka kasus " + c.registrationNumber());
            }
            step = task.getTaskDefinitionKey();
        }
        return store(c, upload.kind(), upload.fileName(), upload.bytes(), taskId, step, StoredDocument.Origin.UPLOAD,
                false, actor.name());
    }

    /** The documents of a case the current staff member may see, removed ones included (marked); audited. */
    @Transactional
    public List<StoredDocument> list(String registrationNumber) {
        DocumentCase c = visibleCase(registrationNumber);
        List<StoredDocument> visible = visibleDocuments(c);
        audit.read(CaseAudit.Action.VIEW, List.of(c.registrationNumber()),
                Map.of("documents", "list", "count", visible.size()));
        return visible;
    }

    /** A document's original bytes (or its preview) for a staff member who may see the case; audited. */
    @Transactional
    public DocumentContent open(String registrationNumber, long documentId, boolean preview) {
        DocumentCase c = visibleCase(registrationNumber);
        StoredDocument document = visibleDocuments(c).stream().filter(d -> d.id() == documentId).findFirst()
                .filter(d -> !d.erased())
                .orElseThrow(() -> new NotFoundException("Dokumen " + documentId + " tidak ditemukan pada kasus "
                        + c.registrationNumber()));
        if (preview && !document.hasPreview()) {
            throw new NotFoundException("Dokumen " + documentId + " tidak mempunyai pratinjau");
        }
        byte[] sealed = preview ? store.preview(documentId) : store.get(documentId);
        if (sealed == null) {
            throw new NotFoundException("Isi dokumen " + documentId + " tidak ada lagi");
        }
        audit.read(CaseAudit.Action.VIEW, List.of(c.registrationNumber()),
                Map.of("document", documentId, "kind", document.kind(), "as", preview ? "preview" : "download"));
        return new DocumentContent(document, preview ? "image/jpeg" : document.contentType(), encryption.open(sealed));
    }

    /** Soft delete: the document leaves the list of what is attached; its bytes stay until retention erases them. */
    @Transactional
    public StoredDocument remove(String registrationNumber, long documentId, String reason) {
        DocumentCase c = visibleCase(registrationNumber);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 500) {
            throw ContentInspector.refused(HttpStatus.BAD_REQUEST, "reason", why.isEmpty() ? "REQUIRED" : "LENGTH",
                    "alasan penghapusan wajib diisi, 5 sampai 500 karakter");
        }
        StoredDocument document = visibleDocuments(c).stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Dokumen " + documentId + " tidak ditemukan pada kasus "
                        + c.registrationNumber()));
        if (document.immutable()) {
            throw ContentInspector.refused(HttpStatus.CONFLICT, "documentId", "IMMUTABLE",
                    "dokumen buatan sistem (misalnya surat yang sudah terbit) tidak dapat dihapus");
        }
        if (document.removed()) {
            throw ContentInspector.refused(HttpStatus.CONFLICT, "documentId", "ALREADY_REMOVED",
                    "dokumen ini sudah dihapus pada " + document.removedAt());
        }
        String by = actor.name();
        documents.remove(documentId, by, clock.now(), why);
        event(c.id(), "DOCUMENT_REMOVED", document.step(), by, Map.of("document", documentId, "kind", document.kind()));
        return documents.find(c.id(), documentId).map(this::labelled).orElseThrow();
    }

    /** Kinds attached (not removed) to a case; for requirement checks, without access check or audit (metadata only). */
    @Transactional(readOnly = true)
    public Set<String> attachedKinds(long caseId) {
        return documents.ofCase(caseId).stream().filter(d -> d.removedAt() == null && d.erasedAt() == null)
                .map(StoredDocument.Row::kind).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The case id of a registration number, if the case exists (for steps that know the business key only). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> caseIdOf(String registrationNumber) {
        return documents.caseByNumber(registrationNumber).map(DocumentCase::id);
    }

    /** The kinds analysts list, in table order: code and label. */
    public List<DocumentKinds.Kind> kinds() {
        return kinds.all();
    }

    private StoredDocument store(DocumentCase c, String kind, String fileName, byte[] bytes, String taskId,
                                 String step, StoredDocument.Origin origin, boolean immutable, String addedBy) {
        DocumentKinds.Kind known = kinds.find(kind == null ? null : kind.strip()).orElseThrow(() ->
                ContentInspector.refused(HttpStatus.BAD_REQUEST, "kind", kind == null || kind.isBlank()
                        ? "REQUIRED" : "UNKNOWN_KIND", "jenis dokumen wajib salah satu dari: "
                        + kinds.all().stream().map(DocumentKinds.Kind::code).collect(Collectors.joining(", "))));
        String name = inspector.fileName(fileName);
        if (bytes != null && bytes.length > properties.maxFileSize().toBytes()) {
            throw ContentInspector.refused(HttpStatus.PAYLOAD_TOO_LARGE, "file", "TOO_LARGE",
                    "berkas " + megabytes(bytes.length) + " melebihi batas " + megabytes(properties.maxFileSize().toBytes())
                            + " per berkas");
        }
        String contentType = inspector.contentType(name, bytes);
        byte[] preview = inspector.previewOf(contentType, bytes);
        documents.lockCase(c.id());
        long held = documents.bytesOfCase(c.id());
        // What the office issues itself (letters) is not refused for a full folder: a refusal would stop the
        // diagram's step and leave an incident; the per-file limit and the content check still apply.
        if (origin != StoredDocument.Origin.GENERATED && held + bytes.length > properties.maxCaseSize().toBytes()) {
            throw ContentInspector.refused(HttpStatus.PAYLOAD_TOO_LARGE, "file", "CASE_LIMIT",
                    "dokumen kasus ini sudah " + megabytes(held) + "; dengan berkas ini melebihi batas "
                            + megabytes(properties.maxCaseSize().toBytes()) + " per kasus");
        }
        long id = documents.insert(c.id(), known.code(), name, contentType, bytes.length, sha256(bytes), origin,
                immutable, taskId, step, addedBy, clock.now(), preview != null, store.name());
        documents.storageKey(id, store.put(id, encryption.seal(bytes), preview == null ? null : encryption.seal(preview)));
        event(c.id(), "DOCUMENT_ADDED", step, addedBy, Map.of("document", id, "kind", known.code(),
                "contentType", contentType, "sizeBytes", bytes.length));
        return documents.find(c.id(), id).map(this::labelled).orElseThrow();
    }

    /** The case, if the current staff member may see it; unknown and not visible answer alike (404). */
    private DocumentCase visibleCase(String registrationNumber) {
        return documents.caseByNumber(registrationNumber == null ? "" : registrationNumber)
                .filter(access::maySee)
                .orElseThrow(() -> new NotFoundException("Kasus " + registrationNumber + " tidak ditemukan"));
    }

    /** Documents a protected reporter sent (WhatsApp) are shown to supervisors only, as the reporter is. */
    private List<StoredDocument> visibleDocuments(DocumentCase c) {
        boolean seesReporter = !c.reporterConfidential() || access.currentStaff()
                .map(p -> p.inGroup(Groups.SUPERVISOR) || p.inGroup(Groups.ADMIN)).orElse(true);
        return documents.ofCase(c.id()).stream()
                .filter(d -> seesReporter || d.origin() != StoredDocument.Origin.WHATSAPP)
                .map(this::labelled).toList();
    }

    private StoredDocument labelled(StoredDocument.Row row) {
        return row.labelled(kinds.find(row.kind()).map(DocumentKinds.Kind::label).orElse(row.kind()));
    }

    private void event(long caseId, String type, String step, String by, Map<String, ?> details) {
        try {
            jdbc.sql("""
                            insert into slrt.case_event (case_id, occurred_at, event_type, step, actor, details)
                            values (?, ?, ?, ?, ?, cast(? as jsonb))""")
                    .params(caseId, clock.now(), type, step, by, json.writeValueAsString(new LinkedHashMap<>(details)))
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0).replace('.', ',');
    }
}
