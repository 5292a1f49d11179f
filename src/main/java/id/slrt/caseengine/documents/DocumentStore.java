package id.slrt.caseengine.documents;

/**
 * Where the (already sealed) bytes of a document and its preview live. The PostgreSQL store keeps them in the
 * transaction of the metadata; another store (an S3-compatible object store) would implement the same contract.
 */
public interface DocumentStore {

    /** The store's name as recorded on each document ({@code POSTGRES}, {@code S3}). */
    String name();

    /** Keeps the bytes of a new document; {@code preview} may be null. Returns the storage key, if the store has one. */
    String put(long documentId, byte[] bytes, byte[] preview);

    /** The bytes of a document; null when erased. */
    byte[] get(long documentId);

    /** The preview of a document; null when it has none or it was erased. */
    byte[] preview(long documentId);

    /** Removes the bytes and the preview for good (retention); returns whether there was anything. */
    boolean erase(long documentId);
}
