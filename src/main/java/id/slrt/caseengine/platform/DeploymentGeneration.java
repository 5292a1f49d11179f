package id.slrt.caseengine.platform;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** Counts the deployments made on this node, so caches of "the latest version" know when to look again. */
@Component
public class DeploymentGeneration {

    private final AtomicLong generation = new AtomicLong();

    public void deployed() {
        generation.incrementAndGet();
    }

    public long current() {
        return generation.get();
    }
}
