package id.slrt.caseengine.web;

import id.slrt.caseengine.platform.DatabaseAvailability;
import id.slrt.caseengine.platform.DatabaseFailures;
import id.slrt.caseengine.platform.DatabaseUnavailableFilter;
import id.slrt.caseengine.system.IndonesianDates;
import id.slrt.caseengine.system.OfficeClock;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers 500 for every failure a resource wraps, even when the client sent data a
 * form or a step refuses (a {@link BadUserRequestException} deep in the cause chain), names a task that does not
 * exist, or lost a race for the same data. These mappers answer such requests with 400, 404 and 409, keeping
 * Camunda's JSON error shape.
 */
@Component
public class EngineRestClientErrors implements ResourceConfigCustomizer {

    /** Set once the Spring bean exists; the mappers below are created by Jersey. */
    private static volatile DatabaseAvailability database;
    private static volatile ProcessEngine engine;

    private static volatile ZoneId zone = ZoneId.of("Asia/Jakarta");

    public EngineRestClientErrors(DatabaseAvailability availability, ProcessEngine processEngine,
                                  OfficeClock clock) {
        database = availability;
        engine = processEngine;
        zone = clock.zone();
    }

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(RestExceptionMapper.class);
        config.register(ProcessEngineExceptionMapper.class);
        config.register(UnexpectedExceptionMapper.class);
        config.register(EngineRestProblems.ParameterMapper.class);
        config.register(EngineRestProblems.PagingParameters.class);
        config.register(EngineRestProblems.AsProblems.class);
    }

    static Response map(Throwable error) {
        if (DatabaseFailures.isConnectionFailure(error)) {
            if (database != null) {
                database.reportFailure(error);
            }
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "15")
                    .type("application/problem+json").entity(problemBody()).build();
        }
        BadUserRequestException badRequest = find(error, BadUserRequestException.class);
        if (badRequest != null) {
            return body(Response.Status.BAD_REQUEST, badRequest.getMessage());
        }
        NullValueException missing = find(error, NullValueException.class);
        if (missing != null) {
            // The engine reports "Cannot find task with id ..." as a null value; anything else is a missing parameter.
            if (missing.getMessage() != null && missing.getMessage().contains("Cannot find")) {
                Response completed = alreadyCompleted(missing.getMessage());
                return completed != null ? completed
                        : body(Response.Status.NOT_FOUND, missing.getMessage());
            }
            return body(Response.Status.BAD_REQUEST, missing.getMessage());
        }
        String refusal = modellingRefusal(error);
        if (refusal != null) {
            return body(Response.Status.BAD_REQUEST, refusal);
        }
        if (otherTenant(error)) {
            // The engine's tenant check: the data belongs to another regency. The same answer as for no data.
            return body(Response.Status.NOT_FOUND, "Data ini tidak ada atau bukan milik wilayah Anda");
        }
        if (find(error, NumberFormatException.class) != null || find(error, java.util.NoSuchElementException.class) != null
                || find(error, IllegalArgumentException.class) != null) {
            return body(Response.Status.BAD_REQUEST, "Isi permintaan tidak dapat dibaca: ada nilai yang tidak sesuai jenisnya");
        }
        if (find(error, OptimisticLockingException.class) != null) {
            return body(Response.Status.CONFLICT, "Data ini baru saja diubah oleh pengguna lain; muat ulang lalu coba lagi");
        }
        return ExceptionHandlerHelper.getInstance().getResponse(error);
    }

    /**
     * What the diagram does not allow, which the engine reports as a plain failure: a BPMN error or escalation no
     * event of the diagram catches (the process would otherwise end silently), a task of a running process deleted.
     */
    static String modellingRefusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            if (message.contains("but no error handler was defined")) {
                return "Diagram tidak menangani kesalahan (BPMN error) ini pada langkah tersebut; tidak ada yang berubah";
            }
            if (message.contains("but no escalation handler was defined")) {
                return "Diagram tidak menangani eskalasi ini pada langkah tersebut; tidak ada yang berubah";
            }
            if (message.contains("Password does not match policy")) {
                return "Kata sandi tidak memenuhi kebijakan kata sandi: minimal 10 karakter, dengan huruf besar, huruf "
                        + "kecil, angka dan karakter khusus, tanpa nama atau nama pengguna; tidak ada yang berubah";
            }
            if (message.contains("cannot be deleted because is part of a running")) {
                return "Tugas dari proses yang sedang berjalan tidak dapat dihapus; selesaikan atau alihkan tugasnya";
            }
        }
        return null;
    }

    /** ENGINE-13034: "... because it belongs to no authenticated tenant." */
    static boolean otherTenant(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("ENGINE-13034")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern MISSING_TASK = Pattern.compile("Cannot find task with id ([^\\s:]+)");
    /** Engine REST paths that work a task (relative to the REST root). */
    private static final Pattern TASK_WORK = Pattern.compile("(?:^|/)task/([^/]+)/(?:complete|submit-form|resolve)/?$");

    /**
     * Two people completing (or claiming, or submitting) the same task: the one who comes second, after the first
     * committed, finds no task. That is a conflict, not an unknown id: 409 saying who completed it and when.
     */
    static Response alreadyCompleted(String message) {
        Matcher m = MISSING_TASK.matcher(message);
        return m.find() ? completedTask(m.group(1)) : null;
    }

    /**
     * The same race seen from inside the engine: the second completion read the task just before the first
     * committed and then found its execution gone (Camunda fails with a NullPointerException there). When the
     * request worked a task that has ended in the meantime, that is the lost race: 409 as above.
     */
    static Response lostRaceForTask(String path) {
        Matcher m = path == null ? null : TASK_WORK.matcher(path);
        return m != null && m.find() ? completedTask(m.group(1)) : null;
    }

    private static Response completedTask(String taskId) {
        ProcessEngine processEngine = engine;
        if (processEngine == null) {
            return null;
        }
        IdentityService identity = processEngine.getIdentityService();
        org.camunda.bpm.engine.impl.identity.Authentication caller = identity.getCurrentAuthentication();
        HistoricTaskInstance done;
        try {
            // The caller may not read history; whether the task they just worked on ended is not a secret to them.
            identity.clearAuthentication();
            done = processEngine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished()
                    .singleResult();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
        if (done == null || done.getEndTime() == null) {
            return null;
        }
        String when = IndonesianDates.numericDayTime(done.getEndTime().toInstant().atOffset(java.time.ZoneOffset.UTC),
                zone);
        String by = done.getAssignee() == null ? "" : " oleh " + done.getAssignee();
        return body(Response.Status.CONFLICT, "Tugas ini sudah diselesaikan" + by + " pada " + when + "; muat ulang daftar tugas");
    }

    private static Map<String, Object> problemBody() {
        var problem = DatabaseUnavailableFilter.problem();
        Map<String, Object> dto = new LinkedHashMap<>();
        dto.put("type", problem.getType().toString());
        dto.put("title", problem.getTitle());
        dto.put("status", problem.getStatus());
        dto.put("detail", problem.getDetail());
        return dto;
    }

    private static Response body(Response.Status status, String message) {
        return EngineRestProblems.response(status.getStatusCode(), message);
    }

    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * Every failure of a request that worked a task which has ended in the meantime is the lost race (see
     * {@link #lostRaceForTask}), whatever the engine threw: a wrapped form-check failure on variables the winner
     * removed, an authorization check on candidate links the winner removed, a NullPointerException on the vanished
     * execution. Everything else as {@link #map}.
     */
    static Response toResponse(UriInfo uri, Throwable error) {
        Response lostRace = uri == null ? null : lostRaceForTask(uri.getPath());
        return lostRace != null ? lostRace : map(error);
    }

    @Priority(1)
    public static class RestExceptionMapper implements ExceptionMapper<RestException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(RestException exception) {
            return EngineRestClientErrors.toResponse(uri, exception);
        }
    }

    @Priority(1)
    public static class ProcessEngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return EngineRestClientErrors.toResponse(uri, exception);
        }
    }

    /** Exceptions the engine does not wrap, such as that NullPointerException. */
    @Priority(1)
    public static class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(RuntimeException exception) {
            return EngineRestClientErrors.toResponse(uri, exception);
        }
    }
}
