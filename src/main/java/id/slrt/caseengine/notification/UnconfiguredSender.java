package id.slrt.caseengine.notification;

/** Stands in for a real provider whose settings are missing: every send fails with a retryable error. */
class UnconfiguredSender implements MessageSender {

    private final String provider;
    private final String settings;

    UnconfiguredSender(String provider, String settings) {
        this.provider = provider;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "unconfigured";
    }

    @Override
    public String send(OutboundMessage message) throws SendFailure {
        throw new SendFailure(provider + " is not configured: set " + settings, false);
    }
}
