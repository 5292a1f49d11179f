package id.slrt.caseengine.documents;

import id.slrt.caseengine.platform.CaseRecordEraser;
import id.slrt.caseengine.system.OfficeClock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Retention for documents: the bytes, previews and file names of a case's documents go; a trace row stays. */
@Component
public class DocumentEraser implements CaseRecordEraser {

    private final DocumentRepository documents;
    private final DocumentStore store;
    private final OfficeClock clock;

    public DocumentEraser(DocumentRepository documents, DocumentStore store, OfficeClock clock) {
        this.documents = documents;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String part() {
        return "documents";
    }

    @Override
    public int erase(long caseId) {
        List<Long> erased = documents.eraseMetadata(caseId, clock.now());
        erased.forEach(store::erase);
        return erased.size();
    }
}
