package id.slrt.caseengine.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code slrt.http.*}: limits of what the application accepts over HTTP. */
@ConfigurationProperties("slrt.http")
public class WebProperties {

    /** Largest request body accepted (413 beyond it); uploads have their own limits. */
    private DataSize maxBodySize = DataSize.ofKilobytes(256);

    /** Largest multipart/form-data body (file uploads, documents/); the upload's own per-file limit is smaller. */
    private DataSize maxUploadSize = DataSize.ofMegabytes(21);

    public DataSize getMaxUploadSize() {
        return maxUploadSize;
    }

    public void setMaxUploadSize(DataSize maxUploadSize) {
        this.maxUploadSize = maxUploadSize;
    }

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }
}
