package id.slrt.caseengine.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code slrt.documents.*}: {@code maxFileSize} per document, {@code maxCaseSize} for all documents of a case
 * (removed ones count until erased: their bytes are still kept), {@code maxImagePixels} the largest image accepted
 * (width x height, read from the header before any decoding), {@code previewMaxSide} the preview's longest side in
 * pixels, {@code store} where bytes live ({@code postgres}, the default; {@code s3} is not built yet).
 */
@ConfigurationProperties("slrt.documents")
public record DocumentsProperties(DataSize maxFileSize, DataSize maxCaseSize, Long maxImagePixels,
                                  Integer previewMaxSide, String store) {

    public DocumentsProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxCaseSize = maxCaseSize == null ? DataSize.ofMegabytes(100) : maxCaseSize;
        maxImagePixels = maxImagePixels == null ? 40_000_000L : maxImagePixels;
        previewMaxSide = previewMaxSide == null ? 480 : previewMaxSide;
        store = store == null || store.isBlank() ? "postgres" : store.strip();
    }
}
