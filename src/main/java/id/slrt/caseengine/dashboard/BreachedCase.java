package id.slrt.caseengine.dashboard;

import java.time.OffsetDateTime;

/**
 * An open case with a step past its deadline: the earliest-due such step, with links to the task in Tasklist,
 * the process instance in Cockpit and the case page (paths on this server).
 */
public record BreachedCase(String registrationNumber, String serviceType, String serviceName, String unitCode,
                           String unitName, String status, String statusLabel, String step, String assignee,
                           OffsetDateTime dueAt, OffsetDateTime breachedAt, long hoursOverdue, String taskId,
                           String processInstanceId, String caseUrl, String tasklistUrl, String cockpitUrl) {

    static String tasklistUrl(String taskId) {
        return taskId == null ? null : "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    static String cockpitUrl(String processInstanceId) {
        return processInstanceId == null ? null
                : "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
    }
}
