package id.slrt.caseengine.platform;

import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A listener a feature adds to every user task of every deployed diagram, so diagrams need none of their own (the
 * server-side form check, the case file's step tracking, the SLA clock). A bean implementing this is picked up by
 * {@link UserTaskListenersPlugin}; within an event, lower {@link #order()} runs first.
 */
public interface BuiltInTaskListener extends TaskListener {

    /** The task events it listens to ({@link TaskListener#EVENTNAME_CREATE} and so on). */
    Set<String> events();

    default int order() {
        return 0;
    }
}
