package id.slrt.caseengine.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
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

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(RestExceptionMapper.class);
        config.register(ProcessEngineExceptionMapper.class);
    }

    static Response map(Throwable error) {
        BadUserRequestException badRequest = find(error, BadUserRequestException.class);
        if (badRequest != null) {
            return body(Response.Status.BAD_REQUEST, "BadUserRequestException", badRequest.getMessage());
        }
        NullValueException missing = find(error, NullValueException.class);
        if (missing != null) {
            // The engine reports "Cannot find task with id ..." as a null value; anything else is a missing parameter.
            return missing.getMessage() != null && missing.getMessage().contains("Cannot find")
                    ? body(Response.Status.NOT_FOUND, "NotFoundException", missing.getMessage())
                    : body(Response.Status.BAD_REQUEST, "BadUserRequestException", missing.getMessage());
        }
        if (find(error, OptimisticLockingException.class) != null) {
            return body(Response.Status.CONFLICT, "OptimisticLockingException",
                    "Data ini baru saja diubah oleh pengguna lain; muat ulang lalu coba lagi");
        }
        return ExceptionHandlerHelper.getInstance().getResponse(error);
    }

    private static Response body(Response.Status status, String type, String message) {
        Map<String, Object> dto = new LinkedHashMap<>();
        dto.put("type", type);
        dto.put("message", message);
        return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @Priority(1)
    public static class RestExceptionMapper implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return map(exception);
        }
    }

    @Priority(1)
    public static class ProcessEngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return map(exception);
        }
    }
}
