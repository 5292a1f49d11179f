package id.slrt.caseengine.documents;

import java.time.OffsetDateTime;

/**
 * A document of a case as stored: what it is ({@code kind}, a code of bpmn/document-kinds.dmn), its file name, the
 * content type read from its bytes, size and SHA-256 of the original bytes, who added it when, and from which task
 * or step. {@code immutable}: a system-generated file (an issued letter) that nobody removes. {@code fileName} is
 * null once the retention rule has erased the document.
 */
public record StoredDocument(long id, long caseId, String kind, String kindLabel, String fileName, String contentType,
                             long sizeBytes, String sha256, Origin origin, boolean immutable, String taskId,
                             String step, String addedBy, OffsetDateTime addedAt, boolean hasPreview,
                             OffsetDateTime removedAt, String removedBy, String removalReason,
                             OffsetDateTime erasedAt) {

    /** How the document reached the case. */
    public enum Origin { UPLOAD, GENERATED, WHATSAPP }

    public boolean removed() {
        return removedAt != null;
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** A row as read, before the kind's label is looked up. */
    record Row(long id, long caseId, String kind, String fileName, String contentType, long sizeBytes, String sha256,
               Origin origin, boolean immutable, String taskId, String step, String addedBy, OffsetDateTime addedAt,
               boolean hasPreview, OffsetDateTime removedAt, String removedBy, String removalReason,
               OffsetDateTime erasedAt) {

        StoredDocument labelled(String label) {
            return new StoredDocument(id, caseId, kind, label, fileName, contentType, sizeBytes, sha256, origin,
                    immutable, taskId, step, addedBy, addedAt, hasPreview, removedAt, removedBy, removalReason,
                    erasedAt);
        }
    }
}
