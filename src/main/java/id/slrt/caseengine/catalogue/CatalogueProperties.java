package id.slrt.caseengine.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code slrt.catalogue.*}: where the service catalogue's letters are checked at deploy time. */
@ConfigurationProperties("slrt.catalogue")
public class CatalogueProperties {

    /**
     * A folder of letter templates ({@code CODE.html}) besides those shipped on the classpath under {@code letters/};
     * empty: the classpath only. With neither, the catalogue's letters are not checked (the letters feature is
     * not installed).
     */
    private String lettersDir = "";

    public String getLettersDir() {
        return lettersDir;
    }

    public void setLettersDir(String lettersDir) {
        this.lettersDir = lettersDir;
    }
}
