package id.slrt.caseengine.documents;

/** A document with its bytes (the original or the preview), opened from the store. */
public record DocumentContent(StoredDocument document, String contentType, byte[] bytes) {
}
