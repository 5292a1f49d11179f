package id.slrt.caseengine.system;

/** A resource that does not exist or that the caller may not see (answered the same way: 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
