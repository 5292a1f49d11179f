package id.slrt.caseengine.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code slrt.http.*}: limits of what the application accepts over HTTP. */
@ConfigurationProperties("slrt.http")
public class WebProperties {

    /** Largest request body accepted (413 beyond it); uploads have their own limits. */
    private DataSize maxBodySize = DataSize.ofKilobytes(256);

    public DataSize getMaxBodySize() {
        return maxBodySize;
    }

    public void setMaxBodySize(DataSize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }
}
